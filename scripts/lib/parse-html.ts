import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parseDocument } from './parse5-linkedom';

export interface ParsedPage {
  document: Document;
  /** Frees the parser's memory (jsdom keeps a window alive until closed). */
  close(): void;
}

/**
 * - `linkedom`: the page parsed by parse5 (the HTML5 tree-construction algorithm, as in a browser) into
 *   linkedom's DOM (scripts/lib/parse5-linkedom.ts). The default: the CLI, the benchmarks and the tests.
 * - `jsdom`: parse5 into jsdom's DOM, the reference DOM Readability is developed on (slower).
 * - `linkedom-htmlparser2`: linkedom's own parser, which is *not* browser-equal (a page without <body>
 *   ends up inside <head>). Kept only so that `npm run bench:parse` can measure what it replaced.
 */
export type DomLibrary = 'linkedom' | 'jsdom' | 'linkedom-htmlparser2';

/**
 * Parse a page in Node without running its scripts or fetching anything, into the tree a browser
 * tab builds from the same bytes (scripting on, as in the tab the extension reads; see docs/parsing.md).
 *
 * linkedom is the DOM, chosen by measurement on the 181 scrapinghub pages (see README): it ran
 * Readability ~3x faster than jsdom 29 and gave the same benchmark score — and jsdom threw on one page
 * while parsing a style sheet (SCSS `calc($a - $b)` left in a <style>). tests/story/dom-parity.test.ts
 * runs the fixtures under both DOMs and requires the same story; tests/story/parse-parity.test.ts
 * requires the same tree as headless Chromium on malformed pages.
 */
export function parseHtml(html: string, url = 'https://example.invalid/', library: DomLibrary = 'linkedom'): ParsedPage {
  // A browser's decoder removes a byte order mark; left in, it is text before the doctype (quirks mode).
  if (html.charCodeAt(0) === 0xfeff) html = html.slice(1);
  if (library === 'jsdom') {
    const virtualConsole = new VirtualConsole();
    let dom: JSDOM;
    try {
      dom = new JSDOM(html, { url, virtualConsole, contentType: 'text/html' });
    } catch {
      // jsdom's CSS parser throws on some broken style sheets; styles play no part in extraction.
      dom = new JSDOM(html.replace(/<style\b[\s\S]*?<\/style>/gi, ''), { url, virtualConsole, contentType: 'text/html' });
    }
    return { document: dom.window.document, close: () => dom.window.close() };
  }
  if (library === 'linkedom-htmlparser2') {
    const { document } = parseHTML(html);
    return { document: document as unknown as Document, close: () => undefined };
  }
  return { document: parseDocument(html), close: () => undefined };
}

let purifyWindow: Window & typeof globalThis | undefined;

/**
 * The window DOMPurify sanitises with in Node. DOMPurify does not support linkedom (it reports
 * itself unsupported and would return its input unchanged), so the story HTML — a small string —
 * is sanitised in one long-lived, empty jsdom window, as it would be in the extension page.
 */
export function sanitizerWindow(): Window & typeof globalThis {
  purifyWindow ??= new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: new VirtualConsole() }).window as unknown as Window & typeof globalThis;
  return purifyWindow;
}
