import { describe, expect, it } from 'vitest';
import { articlePage, extractFromHtml } from '../helpers/dom';

describe('metadata from JSON-LD in the body', () => {
  it('survives the cleaning that drops scripts before Readability', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday and argued for hours about the budget, the ferry schedule and the new school, before a narrow vote settled it.</p>`).join('');
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council votes', author: { '@type': 'Person', name: 'Jane Roe' }, datePublished: '2025-02-03T10:00:00Z' })}</script>`;
    const result = extractFromHtml(articlePage(`<article>${jsonLd}<h1>Council votes</h1>${paragraphs}</article><script>var tracking = 1;</script>`));
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.byline).toBe('Jane Roe');
    expect(result.story.publishedTime).toBe('2025-02-03T10:00:00Z');
    expect(result.story.text).not.toContain('tracking');
  });
});
