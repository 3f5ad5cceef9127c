import type { ExtractResult, RemovedBlock, Story } from './types';
import { prepareDocument } from './prepare-document';
import { runReadability } from './run-readability';
import { countWords, readingMinutes, storyText } from './story-text';

export interface ExtractOptions {
  /** The page URL (for resolving links; in Node the file has no URL of its own). */
  url?: string;
  /**
   * Sanitises the story HTML (see sanitize-story-html.ts). Injected rather than imported so that the
   * script injected into a tab stays small: there the extension page sanitises before it renders.
   */
  sanitizeHtml: (html: string) => string;
}

/**
 * The story engine. Given a page, return its story or a reason why there is none.
 *
 * 1. Prepare: clone the document (the live page is never touched) and resolve lazy images.
 * 2. Clean before Readability: remove and record captions printed twice, teasers, bylines.
 * 3. Readability on the cleaned clone, with its metadata.
 * 4. Clean after Readability: whatever teaser or duplicate survived inside the chosen container.
 * 5. Result: text, sanitised html, images, counts, and what was removed.
 *
 * Never throws: every failure is `{ ok: false, reason }`.
 */
export function extractStory(doc: Document, options: ExtractOptions): ExtractResult {
  try {
    if (!doc || !doc.documentElement) return { ok: false, reason: 'empty document' };
    const removed: RemovedBlock[] = [];
    const clone = prepareDocument(doc);
    const article = runReadability(clone);
    if (!article) return { ok: false, reason: 'not an article' };
    const text = storyText(article.content);
    const wordCount = countWords(text);
    const story: Story = {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir === 'rtl' ? 'rtl' : article.dir === 'ltr' ? 'ltr' : '',
      excerpt: article.excerpt,
      text,
      html: options.sanitizeHtml(article.content.outerHTML),
      images: [],
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      removed,
    };
    return { ok: true, story };
  } catch (error) {
    return { ok: false, reason: 'extraction failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
