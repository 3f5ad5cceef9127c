/**
 * Make the story's links and image URLs absolute against the page URL. Readability tries this with
 * the document's baseURI, which a parsed file (and a cloned document) may not have; the sanitiser
 * then keeps only http(s) URLs, so a relative src would lose its image.
 */
export function resolveUrls(container: Element, pageUrl?: string): void {
  if (!pageUrl) return;
  const base = container.ownerDocument.querySelector('base[href]')?.getAttribute('href');
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
  const elements = ['a', 'img', 'source'].flatMap((tag) => Array.from(container.getElementsByTagName(tag)));
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
