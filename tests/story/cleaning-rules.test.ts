import { describe, expect, it } from 'vitest';
import { extractFromHtml, extractStoryOnly } from '../helpers/dom';
import { CLEANING_CASES, commentThread } from './cleaning-cases';

describe('cleaning rules, one hand-written page each', () => {
  for (const testCase of CLEANING_CASES) {
    it(testCase.name, () => {
      // The engine's cleaning alone: whether the page-type stage would refuse the page (a page that is a
      // list of cards is a listing) is tested in tests/story/page-type; "Open in reader anyway" reads this.
      const result = extractStoryOnly(testCase.html);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      for (const text of testCase.keeps) expect(result.story.text, `keeps "${text}"`).toContain(text);
      for (const text of testCase.drops) expect(result.story.text, `drops "${text}"`).not.toContain(text);
    });
  }

  it('records every removal with a reason, and moves byline, agency and dateline into metadata', () => {
    const bylineCase = CLEANING_CASES.find((c) => c.name.startsWith('byline'))!;
    const result = extractFromHtml(bylineCase.html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.byline).toBe('Jane Roe (Associated Press)');
    expect(result.story.dateline).toBe('HARBOURTON, Maine (AP)');
    expect(result.story.text.startsWith('The council met on Tuesday')).toBe(true);
    expect(result.story.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['byline', 'dateline']));
  });

  it('keeps one caption with its image in html when the caption was printed twice', () => {
    const captionCase = CLEANING_CASES.find((c) => c.name.startsWith('caption printed twice'))!;
    const result = extractFromHtml(captionCase.html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.removed.filter((r) => r.reason === 'duplicate-caption')).toHaveLength(1);
    expect(result.story.images).toEqual([
      { src: 'https://news.example/big.jpg', alt: '', caption: 'The mayor speaks to reporters at the harbour on Tuesday. (Jane Roe / Daily Paper)' },
    ]);
  });

  it('reads an agency byline with the writer\u2019s beat into the byline and agency', () => {
    const agencyCase = CLEANING_CASES.find((c) => c.name.startsWith('an agency story on a local site'))!;
    const result = extractFromHtml(agencyCase.html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.byline).toBe('Jane Roe (Associated Press)');
    expect(result.story.removed.filter((r) => r.reason === 'boilerplate').map((r) => r.text)).toEqual(expect.arrayContaining(['Image 1 of / 23', 'Caption', 'Close', 'Comments']));
  });

  it('runs only the rules the settings leave on', () => {
    const teaserCase = CLEANING_CASES[0];
    const result = extractFromHtml(teaserCase.html);
    const withoutTeaserRule = extractFromPageWithRules(teaserCase.html);
    if (!result.ok || !withoutTeaserRule.ok) throw new Error('extraction failed');
    expect(result.story.text).not.toContain('Other story number');
    expect(withoutTeaserRule.story.removed.some((r) => r.reason === 'teaser')).toBe(false);
  });
});

import { parseHtml } from '../../scripts/lib/parse-html';
import { extractStory } from '../../lib/story/extract-story';
function extractFromPageWithRules(html: string) {
  const page = parseHtml(html, 'https://news.example/story');
  return extractStory(page.document, { url: 'https://news.example/story', sanitizeHtml: (h) => h, rules: { teasers: false } });
}

describe('caption recognised by its credit even when markup follows it', () => {
  it('takes the caption out of the text when a blank element ends the block', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday and argued for hours about the budget, the ferry schedule and the new school.</p>`).join('');
    const html = `<!doctype html><html><head><title>Council</title></head><body><article><div><img src="https://news.example/a.jpg" alt=""><p>The mayor at the harbour on Tuesday. (Jane Roe / Daily Paper)<span> </span></p></div>${paragraphs}</article></body></html>`;
    const result = extractFromHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.text).not.toContain('Jane Roe');
  });
});

describe('comment threads', () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday and argued for hours about the budget, the ferry schedule and the new school.</p>`).join('');
  const html = (thread: string) => `<!doctype html><html><head><title>Council</title></head><body><article><h1>Council</h1>${paragraphs}</article>${thread}</body></html>`;

  it('takes the thread out before Readability and records it once, its text clipped', () => {
    const result = extractFromHtml(html(commentThread(40)));
    if (!result.ok) throw new Error(result.reason);
    const threads = result.story.removed.filter((r) => r.reason === 'comments');
    expect(threads).toHaveLength(1);
    expect(threads[0]!.text.startsWith('40 comments reader_0 says:')).toBe(true);
    expect(threads[0]!.text.length).toBeLessThanOrEqual(300);
    expect(result.story.text).toContain('Paragraph 5:');
  });

  it('recognises Disqus and WordPress names as whole tokens only', () => {
    for (const container of ['<div id="disqus_thread">', '<section class="site-section comments-section">', '<div class="x"><ol class="commentlist">']) {
      const closing = container.includes('<ol') ? '</ol></div>' : '';
      const result = extractFromHtml(html(commentThread(3, container) + closing));
      if (!result.ok) throw new Error(result.reason);
      expect(result.story.removed.map((r) => r.reason), container).toContain('comments');
    }
    const notAThread = extractFromHtml(html('<div class="no-comments-yet"><p>Be the first to comment.</p></div>'));
    if (!notAThread.ok) throw new Error(notAThread.reason);
    expect(notAThread.story.removed.map((r) => r.reason)).not.toContain('comments');
  });

  it('leaves the thread to Readability when the setting turns the rule off', () => {
    const page = parseHtml(html(commentThread(4)), 'https://news.example/story');
    const result = extractStory(page.document, { url: 'https://news.example/story', sanitizeHtml: (h) => h, rules: { comments: false } });
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.removed.map((r) => r.reason)).not.toContain('comments');
  });
});
