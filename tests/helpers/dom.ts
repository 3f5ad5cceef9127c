import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractStory } from '../../lib/story/extract-story';
import type { ExtractResult } from '../../lib/story/types';

/** ../shared, beside the project root (read-only data: never copied into the repo). */
export const SHARED_DIR = resolve(__dirname, '../../../shared');
export const hasShared = existsSync(SHARED_DIR);

/** Parse an HTML string and run the engine on it, as the CLI does. */
export function extractFromHtml(html: string, url = 'https://news.example/story'): ExtractResult {
  const page = parseHtml(html, url);
  return extractStory(page.document, { url, sanitizeHtml: (html) => sanitizeStoryHtml(html, page.window) });
}

/** A minimal article page around some body markup, long enough for Readability to accept. */
export function articlePage(body: string, title = 'A test story'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
}
