/**
 * Golden test: the seed story's summary (../shared/fixtures/seed-alaska-talks-flat.html, the page
 * Lede exists for). The expected story is the 16 paragraphs of the same story in clean semantic
 * markup (seed-alaska-talks.html, its `.entry-content`), so the test does not depend on the
 * engine's output to say what the story is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../lib/language/analyse-story';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractFromHtml, SHARED_DIR } from '../helpers/dom';

const FLAT = resolve(SHARED_DIR, 'fixtures/seed-alaska-talks-flat.html');
const CLEAN = resolve(SHARED_DIR, 'fixtures/seed-alaska-talks.html');
const hasFixtures = existsSync(FLAT) && existsSync(CLEAN);
if (!hasFixtures) console.warn(`summary-seed: skipped, ${FLAT} is missing (../shared is not beside the project)`);

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function cleanPage() {
  const page = parseHtml(readFileSync(CLEAN, 'utf8'), 'https://news.example/story');
  const texts = (selector: string) => [...page.document.querySelectorAll(selector)].map((el) => normalise(el.textContent ?? ''));
  return {
    paragraphs: texts('.entry-content > p'),
    // What must never reach a summary: captions, teaser cards, the subtitle (dek) and the byline.
    notStory: [...texts('figcaption'), ...texts('.teaser'), ...texts('.entry-subtitle'), ...texts('.entry-meta')],
  };
}

describe.skipIf(!hasFixtures)('seed story summary', () => {
  const { paragraphs, notStory } = hasFixtures ? cleanPage() : { paragraphs: [], notStory: [] };
  const result = hasFixtures ? extractFromHtml(readFileSync(FLAT, 'utf8')) : undefined;

  it('reads the expected story from the clean page', () => {
    expect(paragraphs).toHaveLength(16);
  });

  for (const count of [3, 5]) {
    it(`is ${count} sentences of the story, in story order, none from a caption, teaser or byline`, () => {
      expect(result?.ok).toBe(true);
      if (!result?.ok) return;
      const summary = analyseStory(result.story, { summarySentences: count }).summary ?? [];
      expect(summary.length).toBe(count);
      // Where each sentence sits in the story: [paragraph, offset].
      const positions = summary.map((sentence) => {
        const text = normalise(sentence);
        const paragraph = paragraphs.findIndex((p) => p.includes(text));
        expect(paragraph, `not a sentence of the story: ${text}`).toBeGreaterThanOrEqual(0);
        expect(notStory.some((block) => block.includes(text)), `caption/teaser/byline text: ${text}`).toBe(false);
        return paragraph * 10_000 + paragraphs[paragraph].indexOf(text);
      });
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  }
});
