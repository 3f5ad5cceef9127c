/**
 * Pages of shapes older or odder sites have, and DOMs a live page's scripts can leave behind: the
 * engine reads what a browser shows, and never throws (issue 11, part 2). Each page here is written
 * for its kind; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { checkInput } from '../../lib/story/input-guards';
import { cloneDocument, settleDocumentShape } from '../../lib/story/prepare-document';
import { parseHtml, type DomLibrary } from '../../scripts/lib/parse-html';
import { extractFromHtml } from '../helpers/dom';

const URL = 'https://news.example/story';
const LIBRARIES: DomLibrary[] = ['linkedom', 'jsdom'];

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader what happened at the harbour board meeting, who spoke, and what was decided after a long debate.</p>`;
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('\n');

const extract = (doc: Document) => extractStory(doc, { url: URL, sanitizeHtml: (html) => html });

describe('the input guard counts only non-blank text', () => {
  // An old table layout: the first 16 KB (and more) of text nodes are line breaks and indentation.
  const blankLines = '\n'.repeat(4_000) + '  \t  \n'.repeat(4_000);
  const tableLayout = `<html><head><title>Harbour board</title></head><body bgcolor="#ffffff">
    <table width="100%">${'<tr><td>' + blankLines + '</td></tr>'}<tr><td>${blankLines}<font face="Arial">${paragraphs(6)}</font></td></tr></table></body></html>`;

  for (const library of LIBRARIES) {
    it(`accepts a page whose first 16 KB of text is blank lines, and reads its story (${library})`, () => {
      expect(blankLines.length).toBeGreaterThan(16_384);
      const page = parseHtml(tableLayout, URL, library);
      expect(checkInput(page.document)).toEqual({ ok: true });
      const result = extract(page.document);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.story.text).toContain('Paragraph 6 of the story');
    });

    it(`still refuses a page of blank text only (${library})`, () => {
      const page = parseHtml(`<html><body><table><tr><td>${blankLines}</td></tr></table>${'&nbsp;\n'.repeat(50)}</body></html>`, URL, library);
      expect(checkInput(page.document)).toMatchObject({ ok: false, reason: 'empty document' });
    });
  }
});

describe('pages a browser moves into <body>', () => {
  const pages: [string, string][] = [
    ['no <body> tag', `<!doctype html><html><head><title>Harbour board</title></head>${paragraphs(6)}</html>`],
    ['story before </head>', `<html><head><title>Harbour board</title><meta charset="utf-8"><div id="story">${paragraphs(6)}</div></head><body></body></html>`],
    ['no tags around the page at all', `<title>Harbour board</title>\n${paragraphs(6)}`],
    ['story after </html>', `<html><head><title>Harbour board</title></head><body><p>Menu</p></body></html>${paragraphs(6)}`],
  ];
  for (const [name, html] of pages) {
    it(`reads the story: ${name}`, () => {
      const result = extractFromHtml(html, URL);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.story.text).toContain('Paragraph 6 of the story');
    });
  }
});

describe('noscript: markup as text when parsed with scripting on, elements with scripting off', () => {
  const html = `<html><head><title>T</title></head><body><noscript>${paragraphs(3)}</noscript></body></html>`;
  it('the parsed page (scripting on, as in a tab): noscript is markup text, shown only without scripts', () => {
    const page = parseHtml(html, URL, 'linkedom');
    expect(page.document.querySelector('noscript')!.firstElementChild).toBeNull();
    expect(checkInput(page.document)).toEqual({ ok: true, onlyWithoutScripts: true });
  });
  it('jsdom (scripting off, as a tab with JavaScript blocked): noscript holds paragraphs, shown only without scripts', () => {
    const page = parseHtml(html, URL, 'jsdom');
    expect(page.document.querySelector('noscript > p')).not.toBeNull();
    expect(checkInput(page.document)).toEqual({ ok: true, onlyWithoutScripts: true });
  });
});

/**
 * A JavaScript application that prints a copy of its content for browsers without scripts inside
 * <noscript> (forum software does this for whole threads): parsed as a tab parses it (scripting on),
 * nothing is visible; a browser without scripts shows the copy, and so does the engine.
 */
describe('pages whose only content is in <noscript>', () => {
  const thread = Array.from({ length: 5 }, (_, i) => `<div class="post"><span class="author">member_${i}</span>${paragraph(i + 1)}</div>`).join('');
  const app = (visible: string) =>
    `<!doctype html><html><head><title>Ferry terminal repairs - Harbour Forum</title><style>#splash { display: block; }</style></head>` +
    `<body>${visible}<div id="splash"><style>html { overflow: hidden; }</style></div>` +
    `<noscript><header><a href="/">Harbour Forum</a></header><div id="main-outlet"><h1>Ferry terminal repairs</h1>${thread}</div></noscript>` +
    `<noscript><img src="https://tracker.example/pixel.gif" alt=""></noscript><script>startApp();</script></body></html>`;

  for (const library of LIBRARIES) {
    it(`reads the <noscript> copy when nothing else is visible (${library})`, () => {
      const page = parseHtml(app(''), URL, library);
      const before = page.document.documentElement.outerHTML;
      const result = extract(page.document);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.story.text).toContain('Paragraph 5 of the story');
      expect(page.document.documentElement.outerHTML).toBe(before);
    });
  }

  it('the guard says so; a tracking pixel alone in <noscript> is still an empty page', () => {
    expect(checkInput(parseHtml(app(''), URL).document)).toEqual({ ok: true, onlyWithoutScripts: true });
    const pixelOnly = parseHtml('<!doctype html><html><body><noscript><img src="https://tracker.example/p.gif"></noscript></body></html>', URL).document;
    expect(checkInput(pixelOnly)).toMatchObject({ ok: false, reason: 'empty document' });
  });

  it('leaves <noscript> alone when the page shows something else (its scripts would show the rest)', () => {
    const page = parseHtml(app('<p>Loading the forum…</p>'), URL);
    expect(checkInput(page.document)).toEqual({ ok: true });
    const result = extract(page.document);
    if (result.ok) expect(result.story.text).not.toContain('Paragraph 5 of the story');
  });
});

/**
 * A live page's scripts can put elements where no parser does. Readability walks up from its best
 * candidate until <body>: from outside <body> it read `null.tagName` and the engine answered
 * "extraction failed".
 */
describe('DOMs left by scripts: no crash, and what the browser shows is read', () => {
  for (const library of LIBRARIES) {
    const start = () => parseHtml(`<!doctype html><html><head><title>Harbour board</title></head><body><nav><a href="/">Home</a></nav></body></html>`, URL, library).document;

    it(`story in an element added to <html> after <body> (${library})`, () => {
      const doc = start();
      const div = doc.createElement('div');
      div.innerHTML = paragraphs(6);
      doc.documentElement.appendChild(div);
      const result = extract(doc);
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.story.text).toContain('Paragraph 6 of the story');
    });

    it(`paragraphs added to <head>, story in <body> (${library})`, () => {
      const doc = start();
      const stray = doc.createElement('div');
      stray.innerHTML = paragraphs(8).replace(/Paragraph/g, 'Hidden paragraph');
      doc.head.appendChild(stray);
      doc.body.insertAdjacentHTML('beforeend', `<article>${paragraphs(5)}</article>`);
      const result = extract(doc);
      expect(result).toMatchObject({ ok: true });
      if (result.ok) {
        expect(result.story.text).toContain('Paragraph 5 of the story');
        expect(result.story.text).not.toContain('Hidden paragraph');
      }
    });

    it(`<body> removed, story left under <html> (${library})`, () => {
      const doc = start();
      doc.documentElement.removeChild(doc.documentElement.lastElementChild!);
      const div = doc.createElement('div');
      div.innerHTML = paragraphs(6);
      doc.documentElement.appendChild(div);
      const result = extract(doc);
      expect(result).toMatchObject({ ok: true });
    });

    it(`<body> removed and nothing left (${library})`, () => {
      const doc = start();
      doc.documentElement.removeChild(doc.documentElement.lastElementChild!);
      const result = extract(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).not.toBe('extraction failed');
    });
  }

  it('settleDocumentShape moves elements beside <body> into it, in place, and leaves a normal page alone', () => {
    const doc = parseHtml('<!doctype html><html><head><title>T</title></head><body><p>b</p></body></html>', URL, 'jsdom').document;
    const before = doc.documentElement.outerHTML;
    settleDocumentShape(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    const early = doc.createElement('p');
    early.textContent = 'a';
    doc.documentElement.insertBefore(early, doc.body);
    const late = doc.createElement('p');
    late.textContent = 'c';
    doc.documentElement.appendChild(late);
    settleDocumentShape(doc);
    expect(Array.from(doc.body.children, (el) => el.textContent)).toEqual(['a', 'b', 'c']);
    expect(Array.from(doc.documentElement.children, (el) => el.localName)).toEqual(['head', 'body']);
  });
});

describe("the engine's copy of the page leaves out the head's style sheets, and nothing else", () => {
  const page = `<!DOCTYPE html><!-- built 2026 --><html lang="en" class="js"><head><meta charset="utf-8"><title>Harbour board</title>
    <style>body { color: #222 } .story p { margin: 0 }</style><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour board"}</script>
    <link rel="stylesheet" href="/site.css"><style media="print">nav { display: none }</style></head>
    <body><style>.inline { color: red }</style><article>${paragraphs(3)}</article><!-- end --></body></html>`;

  for (const library of LIBRARIES) {
    it(`same nodes as a deep clone but the head's <style>s, owned by the copy; the page untouched (${library})`, () => {
      const { document } = parseHtml(page, URL, library);
      const before = document.documentElement!.outerHTML;
      const deep = document.cloneNode(true) as Document;
      for (const style of Array.from(deep.head!.children)) if (style.localName === 'style') style.remove();
      const copy = cloneDocument(document);

      expect(document.documentElement!.outerHTML).toBe(before);
      expect(copy).not.toBe(document);
      expect(copy.documentElement!.outerHTML).toBe(deep.documentElement!.outerHTML);
      expect(Array.from(copy.childNodes, (node) => node.nodeType)).toEqual(Array.from(document.childNodes, (node) => node.nodeType));
      expect(copy.doctype?.name).toBe('html');
      expect(copy.compatMode).toBe(document.compatMode);
      expect(copy.head!.getElementsByTagName('style')).toHaveLength(0);
      expect(copy.body!.getElementsByTagName('style')).toHaveLength(1);
      expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
      expect(Array.from(copy.getElementsByTagName('*')).every((el) => el.ownerDocument === copy)).toBe(true);
    });
  }

  it('keeps a quirks-mode page in quirks mode', () => {
    const { document } = parseHtml(`<html><head><style>p { color: red }</style></head><body>${paragraphs(2)}</body></html>`, URL, 'linkedom');
    expect(document.compatMode).toBe('BackCompat');
    expect(cloneDocument(document).compatMode).toBe('BackCompat');
  });
});
