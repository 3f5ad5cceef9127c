import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import type { ExtractResult } from '../../lib/story/types';
import { parseHtml, sanitizerWindow, type DomLibrary } from '../../scripts/lib/parse-html';
import { extractFromHtml } from '../helpers/dom';
import { BROKEN_PAGES, type BrokenPage } from './broken-pages';

/** Pages too big to parse quickly with jsdom in a unit test; linkedom covers them (and the bench times them). */
const LINKEDOM_ONLY = new Set(['20,000 nested divs', '120,000 elements', 'a 6 MB page with thousands of comments', 'one huge text node (2 MB, no tags)']);

function expectOutcome(page: BrokenPage, result: ExtractResult): void {
  // An internal error caught by the engine is still a crash of the engine: it must not happen.
  expect(result.ok || result.reason, JSON.stringify(result.ok ? 'story' : result)).not.toBe('extraction failed');
  if (page.expect === 'story') expect(result.ok).toBe(true);
  else if (page.expect !== 'either') expect(result.ok ? 'story' : result.reason).toBe(page.expect);
  if (result.ok && page.storyContains) expect(result.story.text).toContain(page.storyContains);
}

describe.each(['linkedom', 'jsdom'] as DomLibrary[])('broken input under %s: a reason or a story, never a throw', (library) => {
  const pages = BROKEN_PAGES.filter((page) => library === 'linkedom' || !LINKEDOM_ONLY.has(page.id));
  it.each(pages.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    expectOutcome(page, extractFromHtml(page.html(), 'https://news.example/page', library));
  });
});

describe('pages built by script rather than parsed', () => {
  it('20,000 nested divs built with the DOM (as a page script can) are refused as too large', () => {
    // Browsers' parsers stop nesting at 512, but a page script can nest deeper. (jsdom cannot be used
    // here: its parser overflows the stack on 20,000 nested tags and its appendChild is quadratic in depth.)
    const doc = parseHtml('<!doctype html><html><head><title>Deep</title></head><body></body></html>', 'https://news.example/', 'linkedom').document;
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.textContent = 'The innermost paragraph of a page built to be deep.';
    const result = extractStory(doc, { sanitizeHtml: (html) => sanitizeStoryHtml(html, sanitizerWindow()) });
    expect(result).toMatchObject({ ok: false, reason: 'page too large' });
  });

  it('a document with no root element at all is an empty document', () => {
    const { window } = new JSDOM('');
    const doc = window.document;
    doc.removeChild(doc.documentElement);
    expect(extractStory(doc, { sanitizeHtml: (html) => html })).toMatchObject({ ok: false, reason: 'empty document' });
  });

  it('an XML document (a feed or an SVG opened in a tab) is not HTML', () => {
    const { window } = new JSDOM('<rss><channel><title>Feed</title><item><title>Council votes</title></item></channel></rss>', { contentType: 'application/xml' });
    expect(extractStory(window.document, { sanitizeHtml: (html) => html })).toMatchObject({ ok: false, reason: 'not html' });
  });
});
