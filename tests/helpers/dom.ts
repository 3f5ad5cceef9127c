import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFromPage } from '../../scripts/lib/analyse-page';
import type { DomLibrary } from '../../scripts/lib/parse-html';
import type { ExtractResult } from '../../lib/story/types';

/** ../shared, beside the project root (read-only data: never copied into the repo). */
export const SHARED_DIR = resolve(__dirname, '../../../shared');
export const hasShared = existsSync(SHARED_DIR);

/** Parse an HTML string and run the engine on it, as the CLI does (linkedom unless told otherwise). */
export function extractFromHtml(html: string, url = 'https://news.example/story', library: DomLibrary = 'linkedom'): ExtractResult {
  return extractFromPage(html, url, library);
}

/** The story engine alone, without the page-type stage: what "Open in reader anyway" reads on a refused page. */
export function extractStoryOnly(html: string, url = 'https://news.example/story'): ExtractResult {
  return extractFromPage(html, url, 'linkedom', false);
}

/** A minimal article page around some body markup, long enough for Readability to accept. */
export function articlePage(body: string, title = 'A test story'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
}
