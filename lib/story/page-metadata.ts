/** What the page's <head> says about the story, read before cleaning so the rules can recognise it in the body. */
export interface PageMetadata {
  title: string;
  description: string;
  author: string;
}

function meta(doc: Document, names: string[]): string {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

export function readPageMetadata(doc: Document): PageMetadata {
  return {
    title: meta(doc, ['og:title', 'twitter:title']) || (doc.querySelector('title')?.textContent ?? '').trim(),
    description: meta(doc, ['og:description', 'description', 'twitter:description']),
    author: meta(doc, ['author', 'article:author', 'parsely-author', 'dc.creator']),
  };
}
