/**
 * The second reading (lib/story/second-reading.ts): when Readability's conditional cleaning takes
 * most of the container it chose, the page is read again without it. The page here is the kind that
 * needs it: a buying guide whose picks each link to the product, which Readability drops as "a
 * little linky", keeping only the introduction.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../helpers/dom';
import { parseHtml } from '../../scripts/lib/parse-html';
import { runReadability } from '../../lib/story/run-readability';
import { runCleaningRules, BEFORE_READABILITY } from '../../lib/story/clean/run-cleaning-rules';
import { isOverCleaned } from '../../lib/story/second-reading';
import { chosenContainer } from '../../lib/story/story-container';
import { findBody } from '../../lib/story/clean/dom-utils';

const pick = (n: number) =>
  `<div class="pick"><h3>Pick ${n}: a cast-iron pot</h3><p>Our pick number ${n} is <a href="/shop/pot-${n}">the enamelled cast-iron pot from the harbour shop</a>, which holds heat well and bakes an even crust on every loaf we tried in the test kitchen this spring.</p></div>`;
const intro = [1, 2, 3, 4]
  .map((n) => `<p>Intro ${n}: we baked forty loaves in eight pots over six weeks to find the best one for bread at home, and here is what we found about heat, weight and price.</p>`)
  .join('');
const guide = `<!doctype html><html><head><title>The best pots for bread</title></head><body><div class="guide">${intro}${[1, 2, 3, 4, 5, 6, 7, 8].map(pick).join('')}</div><footer><p>About us</p></footer></body></html>`;

const readabilityText = (html: string, cleanConditionally?: boolean) => {
  const page = parseHtml(html, 'https://news.example/guide');
  return (runReadability(page.document, { cleanConditionally })?.content.textContent ?? '').replace(/\s+/g, ' ');
};

describe('second reading without conditional cleaning', () => {
  it('Readability drops the linked picks by default and keeps them with conditional cleaning off (the pinned version\u2019s flag works)', () => {
    expect(readabilityText(guide)).not.toContain('Our pick number 1');
    expect(readabilityText(guide, false)).toContain('Our pick number 1');
  });

  it('keeps every pick of the guide, and records removals once', () => {
    const result = extractFromHtml(guide, 'https://news.example/guide');
    if (!result.ok) throw new Error(result.reason);
    for (let n = 1; n <= 8; n++) expect(result.story.text).toContain(`Our pick number ${n} is the enamelled`);
    expect(result.story.text).toContain('Intro 1:');
    expect(result.story.text).not.toContain('About us');
    const texts = result.story.removed.map((r) => r.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('does not read a news story again: Readability kept most of its container', () => {
    const seed = readFileSync(resolve(__dirname, '../fixtures/seed/seed-alaska-talks.html'), 'utf8');
    const page = parseHtml(seed, 'https://www.juneauempire.com/news/white-house-sets-low-expectations-for-china-talks-in-alaska/');
    const body = findBody(page.document)!;
    const index = runCleaningRules(BEFORE_READABILITY, body, { title: '', description: '', author: '', removed: [], found: {} }, {}, true);
    const article = runReadability(page.document)!;
    expect(isOverCleaned(chosenContainer(article.content, index))).toBe(false);
  });
});
