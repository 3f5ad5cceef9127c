/**
 * Stage 1, prepare: the engine never touches the live page. It works on a clone, and resolves
 * lazy-loaded images on the clone so that each figure holds one real image (lazy loaders keep the
 * real URL in data-src / data-srcset and a copy of the <img> inside <noscript>).
 */
import { documentElementsNamed } from './clean/dom-utils';

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** Placeholder images that lazy loaders put in src until the real one scrolls into view. */
const PLACEHOLDER_SRC = /^(data:|about:blank)|(blank|spacer|placeholder|transparent|pixel|grey|gray|lazy)[^/]*\.(gif|png|svg|jpe?g)/i;

const IMG_AND_NOSCRIPT: ReadonlySet<string> = new Set(['img', 'noscript']);

export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
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
