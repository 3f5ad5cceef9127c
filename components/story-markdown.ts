import type { Story } from '../lib/story/types';
import type { AnalysisView } from './analysis-view';

const ACTOR_HEADINGS = { person: 'People', organization: 'Organisations', place: 'Places' } as const;

/**
 * The story as Markdown: headline, source, link, summary, key actors and the story body.
 * `bodyMarkdown` is the story HTML already converted (turndown, in the popup), so this stays pure.
 */
export function storyMarkdown(story: Story, url: string, analysis: AnalysisView, bodyMarkdown: string): string {
  const lines: string[] = [`# ${story.title || 'Untitled story'}`, ''];
  const meta = [story.byline, story.siteName, story.publishedTime ? story.publishedTime.slice(0, 10) : ''].filter(Boolean);
  if (meta.length) lines.push(`*${meta.join(' · ')}*`, '');
  if (url) lines.push(`<${url}>`, '');
  if (analysis.summary.length) {
    lines.push('## Summary', '', ...analysis.summary.map((sentence) => `- ${sentence}`), '');
  }
  if (analysis.actors.length) {
    lines.push('## Key actors', '');
    for (const type of ['person', 'organization', 'place'] as const) {
      const group = analysis.actors.filter((actor) => actor.type === type);
      if (!group.length) continue;
      lines.push(`**${ACTOR_HEADINGS[type]}**`, '');
      for (const actor of group) lines.push(`- ${actor.name}${actor.role ? ` — ${actor.role}` : ''} (${actor.mentions}×)`);
      lines.push('');
    }
  }
  if (bodyMarkdown.trim()) lines.push('## Story', '', bodyMarkdown.trim(), '');
  return lines.join('\n');
}
