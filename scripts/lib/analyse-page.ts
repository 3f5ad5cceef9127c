import { extractStory } from '../../lib/story/extract-story';
import { parseHtml } from './parse-html';

/**
 * The whole pipeline for one page in Node: parse, extract the story, then (as those stages land)
 * the language half. Returns the flat object the CLI prints.
 */
export function analyseStory(html: string, url?: string): Record<string, unknown> {
  const page = parseHtml(html, url);
  const result = extractStory(page.document, { url, window: page.window });
  if (!result.ok) return { ...result };
  return { ok: true, ...result.story };
}
