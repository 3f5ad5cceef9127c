import { analyseStory as analyseStoryText } from '../../lib/language/analyse-story';
import { extractStory } from '../../lib/story/extract-story';
import { pageTypeStage } from '../../lib/story/page-type/node-page-type';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import type { ExtractResult } from '../../lib/story/types';
import { parseHtml, sanitizerWindow, type DomLibrary } from './parse-html';

/** Parse a page and run the story engine on it, exactly as the CLI and the benchmarks do. */
export function extractFromPage(html: string, url?: string, library: DomLibrary = 'linkedom'): ExtractResult {
  const page = parseHtml(html, url, library);
  try {
    return extractStory(page.document, { url, sanitizeHtml: (markup) => sanitizeStoryHtml(markup, sanitizerWindow()), pageType: pageTypeStage });
  } finally {
    page.close();
  }
}

/**
 * The whole pipeline for one page in Node: parse, extract the story, then the language half
 * (summary, actors, quotes). Returns the flat object the CLI prints.
 */
export function analyseStory(html: string, url?: string): Record<string, unknown> {
  const result = extractFromPage(html, url);
  // Every object carries pageType and isNews (the CLI contract), refusals included.
  if (!result.ok) return { ...result, pageType: result.pageType ?? 'article', isNews: result.isNews ?? false };
  return { ok: true, ...result.story, ...analyseStoryText(result.story) };
}
