import { ancestorWithTag, descendantsNamed, documentElementsNamed } from './clean/dom-utils';

const WITH_URLS: ReadonlySet<string> = new Set(['a', 'img', 'source']);
const BASE: ReadonlySet<string> = new Set(['base']);

/**
 * The document's first <base href> (what querySelector('base[href]') finds, without compiling a
 * selector for it). As in a browser, a <base> inside a <template> is not part of the page.
 */
function firstBaseHref(doc: Document): string | undefined {
  const base = documentElementsNamed(doc, BASE).find((el) => el.hasAttribute('href') && !ancestorWithTag(el, 'TEMPLATE'));
  return base?.getAttribute('href') ?? undefined;
}

/**
 * Make the story's links and image URLs absolute against the page URL. Readability tries this with
 * the document's baseURI, which a parsed file (and a cloned document) may not have; the sanitiser
 * then keeps only http(s) URLs, so a relative src would lose its image.
 */
export function resolveUrls(container: Element, pageUrl?: string): void {
  if (!pageUrl) return;
  const base = firstBaseHref(container.ownerDocument);
  let baseUrl: URL;
  try {
    baseUrl = new URL(base ?? pageUrl, pageUrl);
  } catch {
    return;
  }
  const absolute = (value: string) => {
    try {
      return new URL(value.trim(), baseUrl).href;
    } catch {
      return value;
    }
  };
  const elements = descendantsNamed(container, WITH_URLS);
  for (const el of elements) {
    for (const attr of ['href', 'src'] as const) {
      const value = el.getAttribute(attr);
      if (value && !/^(#|javascript:|data:|mailto:|tel:)/i.test(value.trim())) el.setAttribute(attr, absolute(value));
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) {
      el.setAttribute('srcset', srcset.split(',').map((part) => {
        const [url, ...descriptor] = part.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(' ');
      }).join(', '));
    }
  }
}
