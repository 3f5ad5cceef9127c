import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import { parseHtml, sanitizerWindow, type DomLibrary } from '../../scripts/lib/parse-html';
import { HOSTILE_STORY_URL, hostileStoryPage, storyTemplate } from './hostile-story';
import { XSS_PAYLOADS } from './xss-payloads';

const SEED_DIR = resolve(__dirname, '../fixtures/seed');

/** Pages whose cleaning touches a lot: teasers and duplicate captions (seed), lazy images, hostile markup. */
const PAGES: Array<[string, string]> = [
  ...readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(resolve(SEED_DIR, name), 'utf8')] as [string, string]),
  ['hostile story', hostileStoryPage(XSS_PAYLOADS)],
  [
    'lazy images',
    storyTemplate().replace(
      /<img src="\/images\/ferry-terminal.jpg"[^>]*>/,
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/images/ferry-terminal.jpg" data-srcset="/images/ferry-terminal-2x.jpg 2x" alt="The ferry terminal">' +
        '<noscript><img src="/images/ferry-terminal.jpg" alt="The ferry terminal"></noscript>',
    ),
  ],
];

describe.each(['linkedom', 'jsdom'] as DomLibrary[])('the engine never modifies the page it reads (%s)', (library) => {
  it.each(PAGES)('%s', (_name, html) => {
    const page = parseHtml(html, HOSTILE_STORY_URL, library);
    const before = page.document.documentElement.outerHTML;
    const nodesBefore = page.document.querySelectorAll('*').length;
    const result = extractStory(page.document, { url: HOSTILE_STORY_URL, sanitizeHtml: (markup) => sanitizeStoryHtml(markup, sanitizerWindow()) });
    expect(result.ok).toBe(true);
    expect(page.document.documentElement.outerHTML).toBe(before);
    expect(page.document.querySelectorAll('*').length).toBe(nodesBefore);
  });
});
