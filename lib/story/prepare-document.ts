/**
 * Stage 1, prepare: the engine never touches the live page. It works on a clone, and resolves
 * lazy-loaded images on the clone so that each figure holds one real image (lazy loaders keep the
 * real URL in data-src / data-srcset and a copy of the <img> inside <noscript>).
 */
import { documentElementsNamed, findBody, firstDescendantNamed } from './clean/dom-utils';

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** Placeholder images that lazy loaders put in src until the real one scrolls into view. */
const PLACEHOLDER_SRC = /^(data:|about:blank)|(blank|spacer|placeholder|transparent|pixel|grey|gray|lazy)[^/]*\.(gif|png|svg|jpe?g)/i;

const IMG_AND_NOSCRIPT: ReadonlySet<string> = new Set(['img', 'noscript']);

/**
 * The engine's working copy of the page, without the style sheets of its <head>. Readability removes
 * every <style> (and the page index drops the body's), so the copy never needs them; but a browser
 * parses a style sheet as soon as its <style> joins a document, even an inert clone, and on news pages
 * the head's sheets are most of what cloning costs: in headless Chromium on scrapinghub's pages,
 * `document.cloneNode(true)` took 167–188 ms in all against 34–40 ms without them (`npm run bench:stages`
 * shows the stage). Those <style> elements are left out; every other node is copied (importNode) as
 * cloneNode(true) would copy it.
 */
export function cloneDocument(doc: Document): Document {
  const clone = doc.cloneNode(false) as Document;
  // childNodes, not nextSibling: in linkedom a doctype's nextSibling is undefined.
  for (const child of Array.from(doc.childNodes)) {
    clone.appendChild(child === doc.documentElement ? cloneRoot(clone, child as Element) : clone.importNode(child, true));
  }
  return clone;
}

/** The copy of <html>: its <head> without <style> children, everything else deep. */
function cloneRoot(clone: Document, root: Element): Node {
  const copy = clone.importNode(root, false);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === 'head') {
      const head = clone.importNode(child, false);
      for (let inHead = child.firstChild; inHead; inHead = inHead.nextSibling) {
        if (inHead.nodeType !== 1 || (inHead as Element).localName !== 'style') head.appendChild(clone.importNode(inHead, true));
      }
      copy.appendChild(head);
    } else {
      copy.appendChild(clone.importNode(child, true));
    }
  }
  return copy;
}

/**
 * Show the clone as a browser without scripts shows the page: every <noscript> of the body gives way
 * to its content. Parsed as a tab parses (scripting on) that content is markup as text, parsed here;
 * parsed with scripting off it is elements already. Only for pages with nothing else visible
 * (input-guards.ts `onlyWithoutScripts`): Readability drops <noscript> elements. The markup is parsed
 * in the clone, which has no browsing context: nothing in it runs or loads.
 */
export function showNoscriptContent(doc: Document): number {
  const body = findBody(doc);
  if (!body) return 0;
  let shown = 0;
  for (const noscript of Array.from(body.getElementsByTagName('noscript'))) {
    if (!noscript.isConnected) continue;
    let content: Node[];
    if (noscript.firstElementChild) {
      content = Array.from(noscript.childNodes);
    } else {
      const holder = doc.createElement('div');
      holder.innerHTML = noscript.textContent ?? '';
      content = Array.from(holder.childNodes);
    }
    noscript.replaceWith(...content);
    shown++;
  }
  return shown;
}

/** What a browser's parser keeps in <head>; the browser never shows any of it. */
const HEAD_CONTENT: ReadonlySet<string> = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * Give the clone the shape Readability assumes: one <html> whose <body> holds everything the page
 * shows. Readability walks up from its best candidate until it meets BODY; from a candidate outside
 * <body> it walks past <html> and reads `null.tagName` ("extraction failed", seen on a real page).
 * The parser always puts content in <body>, but a live page's scripts can add elements to <html>
 * beside <body> (the browser shows them: they move into <body>, in place) or to <head> (never
 * shown: they are dropped), or remove <body> (an empty one is added). Only the clone is changed.
 */
export function settleDocumentShape(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  let body: Element | null = null;
  let head: Element | null = null;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (!body && child.localName === 'body') body = child;
    else if (!head && child.localName === 'head') head = child;
  }
  if (head) {
    for (const child of Array.from(head.children)) if (!HEAD_CONTENT.has(child.localName)) child.remove();
  }
  const strays = Array.from(root.childNodes).filter(
    (node) => node !== head && node !== body && (node.nodeType === 1 ? (node as Element).localName !== 'frameset' : node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')),
  );
  if (strays.length === 0 && body) return;
  if (!body) {
    body = doc.createElement('body');
    root.appendChild(body);
  }
  // Before <body> in the page: to its start, in order; after it: to its end.
  const first = body.firstChild;
  for (const node of strays) {
    const beforeBody = (node.compareDocumentPosition(body) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (beforeBody) body.insertBefore(node, first);
    else body.appendChild(node);
  }
}

export function resolveLazyImages(doc: Document): void {
  // One walk of the clone for both lists (see documentElementsNamed).
  const found = documentElementsNamed(doc, IMG_AND_NOSCRIPT);
  for (const img of found.filter((el) => el.localName === 'img')) {
    // Every lazy attribute is a data-* one: most images have none, and are passed over after one read.
    if (!img.getAttributeNames().some((name) => name.startsWith('data-'))) continue;
    const src = img.getAttribute('src') ?? '';
    const lazySrc = LAZY_SRC_ATTRS.map((name) => img.getAttribute(name)).find((value) => value && /\S/.test(value));
    if (lazySrc && (!src || PLACEHOLDER_SRC.test(src))) img.setAttribute('src', lazySrc.trim());
    const lazySrcset = LAZY_SRCSET_ATTRS.map((name) => img.getAttribute(name)).find((value) => value && /\S/.test(value));
    if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset.trim());
  }
  // <noscript><img></noscript> next to a placeholder <img>: the noscript copy is the real image.
  // Keep one: promote the noscript image's URL into the placeholder, then drop the noscript.
  for (const noscript of found.filter((el) => el.localName === 'noscript')) {
    const markup = noscript.textContent ?? '';
    const match = /<img[^>]*\ssrc\s*=\s*["']([^"']+)["']/i.exec(markup) ?? null;
    const parent = noscript.parentElement;
    if (!parent) continue;
    const sibling = firstDescendantNamed(parent, 'img');
    if (match && sibling && (PLACEHOLDER_SRC.test(sibling.getAttribute('src') ?? '') || !sibling.getAttribute('src'))) {
      sibling.setAttribute('src', match[1]);
      noscript.remove();
    } else if (match && !sibling) {
      const img = doc.createElement('img');
      img.setAttribute('src', match[1]);
      const alt = /\salt\s*=\s*["']([^"']*)["']/i.exec(markup);
      if (alt) img.setAttribute('alt', alt[1]);
      noscript.replaceWith(img);
    } else if (sibling) {
      noscript.remove();
    }
  }
}
