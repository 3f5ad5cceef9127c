import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage {
  document: Document;
  window: Window & typeof globalThis;
}

/**
 * Parse a page in Node the way a browser would, without running any of its scripts or fetching
 * anything. jsdom is Readability's own reference DOM. Its CSS parser can throw on broken style
 * sheets (seen: SCSS left in a <style>); those errors go to a silent virtual console instead of
 * crashing the run: the engine never needs computed styles.
 */
export function parseHtml(html: string, url = 'https://example.invalid/'): ParsedPage {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole, contentType: 'text/html' });
  return { document: dom.window.document, window: dom.window as unknown as Window & typeof globalThis };
}
