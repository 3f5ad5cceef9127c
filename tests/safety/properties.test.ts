import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import type { ExtractResult } from '../../lib/story/types';
import { parseHtml, sanitizerWindow } from '../../scripts/lib/parse-html';

/**
 * Property tests over generated pages: trees of the elements news pages are made of (story and
 * boilerplate alike), with words, numbers, punctuation, entities, non-Latin text and odd spacing.
 */
const WORDS = ['council', 'voted', 'Tuesday', 'ferry', '$4.2', 'million', '"We', 'agree,"', 'she', 'said.', 'Bayport', 'déjà', 'Zürich', 'Москва', 'القاهرة', '東京', '&amp;', '&lt;b&gt;', '—', '…', '2026', 'Read', 'more', 'Share', 'Subscribe', 'Most', 'Read'];
const BLOCK_TAGS = ['p', 'div', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'ul', 'li', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'table', 'td'];
const INLINE_TAGS = ['span', 'a', 'b', 'em', 'strong', 'i', 'time'];
const CLASSES = ['', 'story', 'content', 'related', 'teaser', 'caption', 'byline', 'share', 'newsletter', 'most-read', 'comments', 'ad'];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
const attrs = fc.constantFrom(...CLASSES).map((name) => (name ? ` class="${name}"` : ''));

const { node: markup } = fc.letrec<{ node: string; inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...INLINE_TAGS), tie('inline')).map(([tag, inner]) => `<${tag}${tag === 'a' ? ' href="/x"' : ''}>${inner}</${tag}>`),
    fc.constant('<br>'),
    fc.constant('<img src="/images/a.jpg" alt="a photo">'),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('inline'),
    fc.tuple(fc.constantFrom(...BLOCK_TAGS), attrs, fc.array(tie('node'), { maxLength: 6 })).map(([tag, attr, children]) => `<${tag}${attr}>${children.join('')}</${tag}>`),
    fc.constant('<script>document.title = "changed by a script";</script>'),
    fc.constant('<!-- a comment -->'),
    fc.constant('<noscript><img src="/images/b.jpg"></noscript>'),
  ),
}));

const pageArbitrary = fc
  .tuple(text, fc.array(markup, { minLength: 1, maxLength: 8 }))
  .map(([title, body]) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body.join('')}</body></html>`);

const URL = 'https://news.example/story';
const run = (doc: Document): ExtractResult => extractStory(doc, { url: URL, sanitizeHtml: (html) => sanitizeStoryHtml(html, sanitizerWindow()), timeBudgetMs: 60_000 });
/** Text with all spacing removed: paragraphs are rebuilt from blocks, so spacing is not compared. */
const squeeze = (value: string) => value.replace(/[\s\u00a0\u200b]+/g, '');

/** The page's visible text nodes in document order (no scripts, styles, templates or noscript fallbacks). */
function visibleTextNodes(doc: Document): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) texts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(doc.body);
  return texts.map(squeeze).filter(Boolean);
}

/**
 * Is `paragraph` made only of the page's text? It must split into pieces, each a part of one text
 * node of the page, the nodes in document order. The engine drops blocks (so text from either side
 * can meet) and trims text (a dateline), but never invents, reorders or repeats text.
 */
function madeOfPageText(paragraph: string, nodes: string[]): boolean {
  const target = squeeze(paragraph);
  // reach[p] = the first node index a piece starting at character p may come from (or undefined).
  const reach: Array<number | undefined> = [0];
  for (let p = 0; p < target.length; p++) {
    const from = reach[p];
    if (from === undefined) continue;
    for (let j = from; j < nodes.length; j++) {
      // The longest prefix of the rest that occurs in node j (prefixes of a match are matches too).
      let low = 0;
      let high = target.length - p;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (nodes[j].includes(target.slice(p, p + mid))) low = mid;
        else high = mid - 1;
      }
      for (let length = 1; length <= low; length++) {
        const next = p + length;
        if (reach[next] === undefined || (reach[next] as number) > j + 1) reach[next] = j + 1;
      }
    }
  }
  return reach[target.length] !== undefined;
}

describe('engine properties over generated pages', () => {
  it('the "made of page text" check itself accepts dropped blocks and rejects reordered or new text', () => {
    const nodes = ['Thecouncilvoted', 'Photo:AP', 'shesaid.'];
    expect(madeOfPageText('The council voted she said.', nodes)).toBe(true);
    expect(madeOfPageText('council voted', nodes)).toBe(true);
    expect(madeOfPageText('she said. The council voted', nodes)).toBe(false);
    expect(madeOfPageText('The council voted twice', nodes)).toBe(false);
  });

  it('never throws and never fails internally; its text was in the page; it is deterministic; the page is untouched', () => {
    fc.assert(
      fc.property(pageArbitrary, (html) => {
        const page = parseHtml(html, URL);
        const before = page.document.documentElement.outerHTML;
        const first = run(page.document);
        expect(first.ok || first.reason).not.toBe('extraction failed');
        // The page is never modified: the engine works on a clone.
        expect(page.document.documentElement.outerHTML).toBe(before);
        // Same page, same result: on the same Document and on a fresh parse of the same HTML.
        expect(run(page.document)).toEqual(first);
        expect(run(parseHtml(html, URL).document)).toEqual(first);
        if (first.ok) {
          const nodes = visibleTextNodes(page.document);
          for (const paragraph of first.story.text.split('\n\n')) expect(madeOfPageText(paragraph, nodes), paragraph).toBe(true);
        }
      }),
      { numRuns: 100, seed: 20261128 },
    );
  });

  it('never throws on arbitrary strings, under jsdom too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (html) => {
        for (const library of ['linkedom', 'jsdom'] as const) {
          const result = extractStory(parseHtml(html, URL, library).document, { url: URL, sanitizeHtml: (markup) => markup });
          expect(result.ok || result.reason).not.toBe('extraction failed');
        }
      }),
      { numRuns: 60, seed: 20261128 },
    );
  });
});
