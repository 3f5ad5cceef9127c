import { SHOW } from './clean/dom-utils';

/** What the page's <head> says about the story, read before cleaning so the rules can recognise it in the body. */
export interface PageMetadata {
  title: string;
  description: string;
  author: string;
  /** The page's own address (canonical link or og:url), used when the caller gives none (a file on disk). */
  url: string;
  /** The declared lead image (og:image). */
  image: string;
}

/** All <meta> name/property -> content pairs, read in one pass (a query per name would walk the page each time). */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from((doc.head ?? doc).getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/**
 * What `(doc.head ?? doc).querySelector('link[rel="canonical"]')` finds, by one walk rather than a
 * selector (Node DOM libraries compile it on every call). As the selector does in an HTML document,
 * the tag name and the rel value are compared ignoring case.
 */
function canonicalHref(doc: Document): string | null | undefined {
  const walker = doc.createTreeWalker(doc.head ?? doc, SHOW.element);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.localName.toLowerCase() === 'link' && el.getAttribute('rel')?.toLowerCase() === 'canonical') return el.getAttribute('href');
  }
  return undefined;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const tags = metaTags(doc);
  const meta = (_: Document, names: string[]) => names.map((name) => tags.get(name) ?? '').find(Boolean) ?? '';
  return {
    title: meta(doc, ['og:title', 'twitter:title']) || (doc.title ?? '').trim(),
    description: meta(doc, ['og:description', 'description', 'twitter:description']),
    author: meta(doc, ['author', 'article:author', 'parsely-author', 'dc.creator']),
    url: absoluteHttpUrl(canonicalHref(doc)) || absoluteHttpUrl(meta(doc, ['og:url'])),
    image: meta(doc, ['og:image', 'twitter:image']),
  };
}

function absoluteHttpUrl(value: string | null | undefined): string {
  if (!value || !/^https?:\/\//i.test(value.trim())) return '';
  return value.trim();
}
