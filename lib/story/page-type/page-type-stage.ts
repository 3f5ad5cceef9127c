import type { ExtractResult, PageType } from '../types';
import { classifyPage, mostProbable, REFUSED_TYPES, type PageTypeModel } from './classify-page';
import { PAGE_TYPE_MODEL } from './model-data';
import type { PageSignals } from './page-signals';
import { readStorySignals } from './story-signals';

/**
 * The page-type stage: after the story engine, say what kind of page it was and act on it.
 * - article: the story as it is, with `isNews`;
 * - forum, documentation: still a story (reader mode helps there), with its type;
 * - product, listing, collection, service: `{ ok: false, reason: 'not an article', pageType }`.
 * A page the engine already refused keeps its refusal and gets the type it most looks like.
 *
 * It needs the page's signals (page-signals.ts), read from the same document the engine read: in
 * Node by extractStory (its `pageType` option), in the extension by a second small injected script,
 * since the story engine's own script has no room left under its size goal (see docs/page-type.md).
 */

/** The page's signals and the story's, plus the ratios between them, as the model reads them. */
export function pageTypeSignals(page: PageSignals, result: ExtractResult): PageSignals {
  const signals: PageSignals = { ...page, ...readStorySignals(result) };
  signals.storyPageShare = signals.textChars ? Math.min(1, (signals.storyChars ?? 0) / signals.textChars) : 0;
  return signals;
}

/**
 * A news story: a dated story with a byline or dateline, or one whose page declares a NewsArticle.
 * The date is the story's, or the page's own (`article:published_time`, JSON-LD `datePublished`)
 * when Readability did not take it up.
 */
export function isNewsStory(result: ExtractResult, page: PageSignals): boolean {
  if (!result.ok) return false;
  const { story } = result;
  const dated = Boolean(story.publishedTime || page.metaDate || page.schemaDate);
  return Boolean(page.schemaNews) || (dated && Boolean(story.byline || story.dateline));
}

const TYPE_NAMES: Record<PageType, string> = {
  article: 'an article', forum: 'a forum thread', documentation: 'a documentation page', product: 'a product page',
  listing: 'a listing of other pages', collection: 'a product category or collection', service: 'a service or landing page',
};

export function applyPageType(result: ExtractResult, page: PageSignals, model: PageTypeModel = PAGE_TYPE_MODEL): ExtractResult {
  // Input the engine could not read at all (empty, not HTML, too large, a crash) is not classified.
  if (!result.ok && result.reason !== 'not an article') return result;
  const reading = classifyPage(model, pageTypeSignals(page, result));
  if (!result.ok) {
    const pageType = mostProbable(model, reading.probabilities, (type) => type !== 'article');
    return { ...result, pageType, isNews: false };
  }
  const { pageType } = reading;
  if (REFUSED_TYPES.has(pageType)) {
    return { ok: false, reason: 'not an article', pageType, isNews: false, detail: `the page looks like ${TYPE_NAMES[pageType]}` };
  }
  return { ok: true, story: { ...result.story, pageType, isNews: pageType === 'article' && isNewsStory(result, page) } };
}
