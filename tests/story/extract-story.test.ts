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

  // Pages linkedom (the CLI's parser) builds differently from a browser; both were refused on WCXB.
  it('reads a page without an <html> tag, whose <head> linkedom makes the root element', () => {
    const html = `<!doctype html>\n<head><title>Council votes</title><script>var x = 1;</script></head>\n<body><article>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body>`;
    for (const library of ['linkedom', 'jsdom'] as const) {
      const result = extractFromHtml(html, 'https://news.example/story', library);
      expect(result.ok, library).toBe(true);
      if (result.ok) expect(result.story.text).toContain('Paragraph 5 of the story');
    }
  });

  // The story sits in a block Readability's first pass strips as unlikely ("extra"); its retry restores
  // the body it was given, which was linkedom's inserted empty one, and the story was lost.
  it('reads a page with a script between </head> and <body> (linkedom would insert an empty body)', () => {
    const html = `<!doctype html><html lang="en"><head><title>Council votes</title></head>\n<script>var x = 1;</script>\n<body><p>Council votes on the budget.</p><div class="extra">${[1, 2, 3, 4, 5].map(paragraph).join('')}</div></body></html>`;
    for (const library of ['linkedom', 'jsdom'] as const) {
      const result = extractFromHtml(html, 'https://news.example/story', library);
      expect(result.ok, library).toBe(true);
      if (result.ok) expect(result.story.text).toContain('Paragraph 5 of the story');
    }
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
