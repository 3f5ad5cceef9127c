import { describe, expect, it } from 'vitest';
import { articlePage, extractFromHtml } from '../helpers/dom';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader what happened in the town council meeting, who spoke, and what was decided after a long debate.</p>`;

describe('extractStory', () => {
  it('returns the story paragraphs in order, separated by blank lines', () => {
    const html = articlePage(`<article><h1>Council votes</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>`);
    const result = extractFromHtml(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paragraphs = result.story.text.split('\n\n');
    expect(paragraphs.filter((p) => p.startsWith('Paragraph')).map((p) => p.split(' ')[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(result.story.wordCount).toBeGreaterThan(100);
    expect(result.story.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('says an empty document is not an article instead of throwing', () => {
    const result = extractFromHtml('');
    expect(result.ok).toBe(false);
  });
});

describe('pages that are not a story', () => {
  it('a front page of headline links is "not an article", not a story of headlines', async () => {
    const { homePageOfLinks } = await import('../safety/broken-pages');
    const result = extractFromHtml(homePageOfLinks(300));
    expect(result).toMatchObject({ ok: false, reason: 'not an article' });
  });
});
