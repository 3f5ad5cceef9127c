/**
 * Golden tests: the two seed pages the project exists for (tests/fixtures/seed/, copied from
 * ../shared/fixtures). expected.json says what a correct story holds; see ../shared/docs/data.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractFromHtml } from '../helpers/dom';

const dir = resolve(__dirname, '../fixtures/seed');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as {
  title: string;
  bylineName: string;
  paragraphStarts: string[];
  leadCaptionMarker: string;
  neverInText: string[];
  teaserTexts: string[];
};
const URL = 'https://www.juneauempire.com/news/white-house-sets-low-expectations-for-china-talks-in-alaska/';
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

for (const page of ['seed-alaska-talks-flat.html', 'seed-alaska-talks.html']) {
  describe(`golden: ${page}`, () => {
    const html = readFileSync(resolve(dir, page), 'utf8');
    const result = extractFromHtml(html, URL);
    if (!result.ok) throw new Error(`engine failed: ${result.reason}`);
    const story = result.story;
    const paragraphs = story.text.split('\n\n');

    it('keeps exactly the 16 story paragraphs, in order', () => {
      expect(paragraphs.map((p) => p.slice(0, expected.paragraphStarts[0].length))).toEqual(expected.paragraphStarts);
    });

    it('has the title and the byline in metadata, not in the text', () => {
      expect(story.title).toBe(expected.title);
      expect(story.byline).toBe(`${expected.bylineName} (Associated Press)`);
      expect(story.text).not.toContain(story.title);
      for (const text of expected.neverInText) expect(story.text).not.toContain(text);
    });

    it('prints the lead caption at most once in html and never in text', () => {
      expect(count(story.html, expected.leadCaptionMarker)).toBeLessThanOrEqual(1);
      expect(story.text).not.toContain(expected.leadCaptionMarker);
    });

    it('keeps no teaser caption, headline or dek, and no "Most Read"', () => {
      for (const teaser of expected.teaserTexts) {
        expect(story.text, teaser).not.toContain(teaser);
        expect(story.html, teaser).not.toContain(teaser);
      }
    });

    it('records what it removed', () => {
      expect(story.removed.length).toBeGreaterThan(0);
      const removedText = story.removed.map((r) => r.text).join('\n');
      expect(removedText).toContain('More in News');
    });

    it('is no worse than plain Readability on the story paragraphs', () => {
      const page = parseHtml(html, URL);
      const article = new Readability(page.document).parse();
      const readabilityText = article?.textContent ?? '';
      const storyFound = expected.paragraphStarts.filter((start) => story.text.includes(start)).length;
      const readabilityFound = expected.paragraphStarts.filter((start) => readabilityText.includes(start)).length;
      expect(storyFound).toBeGreaterThanOrEqual(readabilityFound);
      const teasersKept = expected.teaserTexts.filter((t) => story.text.includes(t)).length;
      const readabilityTeasersKept = expected.teaserTexts.filter((t) => readabilityText.includes(t)).length;
      expect(teasersKept).toBeLessThanOrEqual(readabilityTeasersKept);
    });
  });
}

describe('the flat seed page: the lead image keeps its one caption', () => {
  it('joins the caption to the image as a figure', () => {
    const result = extractFromHtml(readFileSync(resolve(dir, 'seed-alaska-talks-flat.html'), 'utf8'), URL);
    if (!result.ok) throw new Error(result.reason);
    expect(count(result.story.html, expected.leadCaptionMarker)).toBe(1);
    expect(result.story.html).toMatch(/<figure>[\s\S]*<img[^>]+blinken-tokyo\.jpg[\s\S]*<figcaption>[^<]*Kiyoshi Ota/);
    expect(result.story.images.map((i) => i.caption)).toEqual([expect.stringContaining(expected.leadCaptionMarker)]);
    expect(result.story.byline).toBe('Aamer Madhani (Associated Press)');
    expect(result.story.removed.filter((r) => r.reason === 'duplicate-caption')).toHaveLength(1);
  });
});
