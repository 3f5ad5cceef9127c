/**
 * Stage 1, prepare: the engine never touches the live page. It works on a clone, and resolves
 * lazy-loaded images on the clone so that each figure holds one real image (lazy loaders keep the
 * real URL in data-src / data-srcset and a copy of the <img> inside <noscript>).
 */
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** Placeholder images that lazy loaders put in src until the real one scrolls into view. */
const PLACEHOLDER_SRC = /^(data:|about:blank)|(blank|spacer|placeholder|transparent|pixel|grey|gray|lazy)[^/]*\.(gif|png|svg|jpe?g)/i;

export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT (no NodeFilter global in Node)

/**
 * The document's <img> and <noscript> elements, in document order, from one walk: a TreeWalker
 * rather than a getElementsByTagName per tag (each walks the whole page, and Node DOM libraries
 * upper-case every element's name to compare it) or a selector (compiled per call there).
 * Every top-level element is walked: a page without an <html> tag can have several (see findBody).
 */
function imagesAndNoscripts(doc: Document): { images: Element[]; noscripts: Element[] } {
  const images: Element[] = [];
  const noscripts: Element[] = [];
  const sort = (el: Element) => {
    const name = el.localName;
    if (name === 'img') images.push(el);
    else if (name === 'noscript') noscripts.push(el);
  };
  // The document's element children, not a nextSibling walk: linkedom gives the doctype no nextSibling.
  for (const top of Array.from(doc.children)) {
    sort(top);
    const walker = doc.createTreeWalker(top, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) sort(node as Element);
  }
  return { images, noscripts };
}

export function resolveLazyImages(doc: Document): void {
  const { images, noscripts } = imagesAndNoscripts(doc);
  for (const img of images) {
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
  for (const noscript of noscripts) {
    const markup = noscript.textContent ?? '';
    const match = /<img[^>]*\ssrc\s*=\s*["']([^"']+)["']/i.exec(markup) ?? null;
    const parent = noscript.parentElement;
    if (!parent) continue;
    const sibling = parent.querySelector('img');
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
