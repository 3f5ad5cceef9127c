// The class's own file, not the package index: see readability-module.d.ts.
import Readability from '@mozilla/readability/Readability.js';

export interface ReadabilityArticle {
  title: string;
  /** The container Readability chose, still attached to the (cleaned) clone's DOM. */
  content: Element;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  dir: string;
  excerpt: string;
}

export interface ReadabilityOptions {
  /**
   * Readability's "conditional cleaning" (on by default) removes blocks of its container that look
   * like boilerplate: many images or links, few commas. On some templates that is most of the story
   * (see second-reading.ts); off, the container is kept as it stood.
   */
  cleanConditionally?: boolean;
}

/** Readability 0.6.0's flag for conditional cleaning (Readability.prototype.FLAG_CLEAN_CONDITIONALLY). */
const FLAG_CLEAN_CONDITIONALLY = 0x4;

/** Stage 3: Readability on the cleaned clone. It mutates the document it is given, so callers pass the clone. */
export function runReadability(doc: Document, options: ReadabilityOptions = {}): ReadabilityArticle | null {
  // The serializer hands us the element itself: no serialise-and-reparse round trip.
  // keepClasses: the after-Readability rules read class hints (caption, standfirst); the sanitiser drops classes later.
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element, keepClasses: true });
  // Readability has no option for its flags; the package version is pinned, and a test checks the effect.
  if (options.cleanConditionally === false) (reader as unknown as { _flags: number })._flags &= ~FLAG_CLEAN_CONDITIONALLY;
  const article = reader.parse();
  if (!article || !article.content) return null;
  return {
    title: article.title ?? '',
    content: article.content,
    byline: article.byline ?? '',
    siteName: article.siteName ?? '',
    publishedTime: article.publishedTime ?? '',
    lang: article.lang ?? '',
    dir: article.dir ?? '',
    excerpt: article.excerpt ?? '',
  };
}
