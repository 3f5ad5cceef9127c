/**
 * The engine gives the same result in Node (the CLI's path: parse5 into linkedom) as in headless
 * Chromium (the product's DOM), on the seed pages, the cleaning-rule pages and the malformed pages.
 * This runs the very machinery of `npm run bench -- --browser` (scripts/lib/browser/): the engine
 * bundled with esbuild, each page loaded from 127.0.0.1 with its scripts blocked. The bench runs it
 * on the ~900 corpus pages; this file keeps it honest in CI on pages written for the repo.
 *
 * Needs Chromium, as tests/story/parse-parity.test.ts does (it fails, not skips, without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../scripts/lib/chromium-pages';
import { startBrowserSession, type BrowserRun, type BrowserSession } from '../../scripts/lib/browser/run-in-chromium';
import { extractStory } from '../../lib/story/extract-story';
import { parseHtml } from '../../scripts/lib/parse-html';
import { CLEANING_CASES } from './cleaning-cases';
import { MALFORMED_PAGES } from './malformed-pages';

const URL = 'https://news.example/story';
const seedDir = resolve(__dirname, '../fixtures/seed');
const pages: { id: string; html: string }[] = [
  { id: 'seed flat', html: readFileSync(resolve(seedDir, 'seed-alaska-talks-flat.html'), 'utf8') },
  { id: 'seed semantic', html: readFileSync(resolve(seedDir, 'seed-alaska-talks.html'), 'utf8') },
  ...CLEANING_CASES.map((c) => ({ id: `cleaning: ${c.name}`, html: c.html })),
  ...MALFORMED_PAGES.map((p) => ({ id: `malformed: ${p.name}`, html: p.html })),
  // Nothing visible but a <noscript> copy of the content: both read it as a browser without scripts shows it.
  {
    id: 'content only in noscript',
    html: `<!doctype html><html><head><title>Ferry terminal repairs - Harbour Forum</title></head><body><div id="app"></div><noscript><h1>Ferry terminal repairs</h1>${Array.from(
      { length: 5 },
      (_, i) => `<div class="post"><p>Post ${i + 1}: the harbour board met on Tuesday about the ferry terminal, and members argued about the repairs for a long time before voting.</p></div>`,
    ).join('')}</noscript></body></html>`,
  },
  // Blocks hidden by inline styles written the many ways pages write them (Readability drops them in both).
  {
    id: 'inline styles hide a block',
    html: `<!doctype html><html><head><title>Harbour board approves repairs</title></head><body><main><article><div style="display: none !important;">This forum is for discussing the harbour.</div><div style="DISPLAY:None">Hidden mobile copy of the menu.</div><div style="visibility: HIDDEN">Hidden promo line.</div>${Array.from(
      { length: 5 },
      (_, i) => `<p>Paragraph ${i + 1}: the harbour board approved the ferry terminal repairs on Tuesday after a long debate about the cost and the schedule.</p>`,
    ).join('')}</article></main></body></html>`,
  },
  // Streamed rendering: the story waits in a hidden segment for a script that never runs here.
  {
    id: 'streamed segment',
    html: `<!doctype html><html><head><title>Harbour board approves repairs</title></head><body><main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><article>${Array.from(
      { length: 5 },
      (_, i) => `<p>Paragraph ${i + 1}: the harbour board approved the ferry terminal repairs on Tuesday after a long debate about the cost and the schedule.</p>`,
    ).join('')}</article></div></body></html>`,
  },
];

let session: BrowserSession;
let inChromium: Map<string, BrowserRun>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH`);
  session = await startBrowserSession();
  inChromium = new Map((await session.run(pages.map((page) => ({ id: page.id, html: page.html, url: URL })))).map((run) => [run.id, run]));
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('the same story in Node and in Chromium', () => {
  for (const page of pages) {
    it(page.id, () => {
      const chromium = inChromium.get(page.id)!;
      expect(chromium.error).toBeUndefined();
      // As the bundle in the tab runs it (scripts/lib/browser/engine-entry.ts).
      const node = extractStory(parseHtml(page.html, URL).document, { url: URL, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
      expect(chromium.ok).toBe(node.ok);
      if (node.ok) expect(chromium.text).toBe(node.story.text);
      else expect(chromium.reason).toBe(node.reason);
    });
  }

  it('reads real stories, not only refusals (the comparison is not empty)', () => {
    expect([...inChromium.values()].filter((run) => run.ok).length).toBeGreaterThan(10);
  });

  it('no page tried to reach beyond 127.0.0.1', () => {
    expect(session.refused.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
  });
});
