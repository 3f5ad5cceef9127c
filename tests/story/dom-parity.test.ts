/**
 * The CLI and benchmarks parse pages with linkedom (fast); Readability's reference DOM is jsdom, and
 * the extension runs in the browser's own DOM. The engine must not depend on which: the same pages
 * under linkedom and jsdom must give the same story. (The e2e suite checks the browser.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../helpers/dom';
import { CLEANING_CASES } from './cleaning-cases';

const seedDir = resolve(__dirname, '../fixtures/seed');
const pages: [string, string][] = [
  ['seed flat', readFileSync(resolve(seedDir, 'seed-alaska-talks-flat.html'), 'utf8')],
  ['seed semantic', readFileSync(resolve(seedDir, 'seed-alaska-talks.html'), 'utf8')],
  ...CLEANING_CASES.map((c): [string, string] => [c.name, c.html]),
];

describe('same story under linkedom and jsdom', () => {
  for (const [name, html] of pages) {
    it(name, () => {
      const viaLinkedom = extractFromHtml(html, 'https://news.example/story', 'linkedom');
      const viaJsdom = extractFromHtml(html, 'https://news.example/story', 'jsdom');
      expect(viaLinkedom.ok).toBe(viaJsdom.ok);
      if (!viaLinkedom.ok || !viaJsdom.ok) return;
      expect(viaLinkedom.story.text).toBe(viaJsdom.story.text);
      expect(viaLinkedom.story.title).toBe(viaJsdom.story.title);
      expect(viaLinkedom.story.byline).toBe(viaJsdom.story.byline);
      expect(viaLinkedom.story.removed).toEqual(viaJsdom.story.removed);
      expect(viaLinkedom.story.images).toEqual(viaJsdom.story.images);
    });
  }
});
