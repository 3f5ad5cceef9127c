/**
 * Pages rendered by streaming (React 18+: the layout first with loading placeholders, the content
 * later in hidden `S:` segments that an inline script moves into place). Written for this test in the
 * shape that streaming produces; the scripts are left in the markup but never run.
 */
import { describe, expect, it } from 'vitest';
import { revealStreamedSegments } from '../../lib/story/streamed-segments';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractFromHtml } from '../helpers/dom';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader what the harbour board decided about the ferry terminal, who argued for it, and what happens next.</p>`;
const story = `<article><h1>Harbour board approves terminal repairs</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>`;
const layout = (placeholder: string, segments: string) =>
  `<!doctype html><html><head><title>Harbour board approves terminal repairs</title></head><body>` +
  `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main>${placeholder}</main>` +
  `<footer><p>© The Harbour Gazette</p></footer>${segments}</body></html>`;
const rc = (b: string, s: string) => `<script>$RC("${b}","${s}")</script>`;

const bodyOf = (html: string) => {
  const doc = parseHtml(html).document;
  const moved = revealStreamedSegments(doc);
  return { doc, moved, text: doc.body.textContent ?? '' };
};

describe('streamed segments move into their placeholders', () => {
  it('a boundary with its loading content between <!--$?--> and <!--/$-->', () => {
    const html = layout('<!--$?--><template id="B:0"></template><div class="skeleton">Loading the story…</div><!--/$-->', `<div hidden id="S:0">${story}</div>${rc('B:0', 'S:0')}`);
    const { doc, moved, text } = bodyOf(html);
    expect(moved).toBe(1);
    expect(text).not.toContain('Loading the story');
    expect(doc.querySelector('main > article')).not.toBeNull();
    expect(doc.querySelector('[hidden]')).toBeNull();
    expect(Array.from(doc.querySelector('main')!.childNodes, (n) => (n.nodeType === 8 ? `<!--${(n as Comment).data}-->` : (n as Element).localName))).toEqual(['<!--$-->', 'article', '<!--/$-->']);
    const result = extractFromHtml(html);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.story.text).toContain('Paragraph 6 of the story');
  });

  it('nested boundaries: the outer loading content ends at its own <!--/$-->', () => {
    const html = layout(
      '<!--$?--><template id="B:0"></template><div>Loading<!--$--><span>inner</span><!--/$--></div><!--/$--><p>After the boundary.</p>',
      `<div hidden id="S:0">${story}</div>`,
    );
    const { text } = bodyOf(html);
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).not.toContain('inner');
    expect(text).toContain('After the boundary.');
  });

  it('a segment placeholder (P:), and a segment that holds a later one’s placeholder', () => {
    const html = layout(
      '<template id="P:1"></template>',
      `<div hidden id="S:1"><h1>Headline</h1><template id="P:2"></template></div><div hidden id="S:2">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</div><script>$RS("S:1","P:1");$RS("S:2","P:2")</script>`,
    );
    const { doc, moved } = bodyOf(html);
    expect(moved).toBe(2);
    expect(Array.from(doc.querySelector('main')!.children, (el) => el.localName)).toEqual(['h1', 'p', 'p', 'p', 'p', 'p', 'p']);
  });

  it('a saved page that lost the comments and scripts: the content goes where the template was', () => {
    const html = layout('<template id="B:0"></template>', `<div hidden id="S:0">${story}</div>`);
    const { doc } = bodyOf(html);
    expect(doc.querySelector('main > article')).not.toBeNull();
  });

  it('ids with a prefix the site chose, and hexadecimal numbers', () => {
    const html = layout('<!--$?--><template id="app-B:a"></template><!--/$-->', `<div hidden id="app-S:a">${story}</div>`);
    expect(bodyOf(html).moved).toBe(1);
  });

  it('leaves hidden elements alone when they are not segments with a placeholder', () => {
    const html = layout(story, '<div hidden id="S:0"><p>A hidden note for later.</p></div><div hidden id="note"><p>Other hidden text.</p></div>');
    const { doc, moved } = bodyOf(html);
    expect(moved).toBe(0);
    expect(doc.querySelectorAll('[hidden]').length).toBe(2);
    const result = extractFromHtml(html);
    if (result.ok) expect(result.story.text).not.toContain('A hidden note');
  });
});
