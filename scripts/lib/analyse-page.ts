import { analyseStory as analyseStoryText } from '../../lib/language/analyse-story';
import { extractStory } from '../../lib/story/extract-story';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import { parseHtml } from './parse-html';

/**
 * The whole pipeline for one page in Node: parse, extract the story, then the language half
 * (summary, actors, quotes). Returns the flat object the CLI prints.
 */
export function analyseStory(html: string, url?: string): Record<string, unknown> {
  const page = parseHtml(html, url);
  const result = extractStory(page.document, { url, sanitizeHtml: (markup) => sanitizeStoryHtml(markup, page.window) });
  if (!result.ok) return { ...result };
  return { ok: true, ...result.story, ...analyseStoryText(result.story) };
}
