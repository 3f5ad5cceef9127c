import type { ExtractResult, RemovedBlock, Story } from './types';
import type { PageFacts } from './clean/cleaning-context';
import { AFTER_READABILITY, BEFORE_READABILITY, runCleaningRules, type EnabledRules, type StageObserver } from './clean/run-cleaning-rules';
import { checkInput, startTimeBudget } from './input-guards';
import { findLeadFigure, restoreLeadFigure } from './lead-image';
import { readPageMetadata } from './page-metadata';
import { cloneDocument, resolveLazyImages, settleDocumentShape, showNoscriptContent } from './prepare-document';
import { resolveUrls } from './resolve-urls';
import { revealStreamedSegments } from './streamed-segments';
import { runReadability } from './run-readability';
import { isOverCleaned, readAgainWithoutConditionalCleaning } from './second-reading';
import { chosenContainer } from './story-container';
import { widenToLikeSections } from './like-sections';
import { appendFaqAfterStory } from './faq-after-story';
import { storyImages } from './story-images';
import { findBody } from './clean/dom-utils';
import { blocksText, countWords, linkTextShare, readingMinutes, storyBlocks } from './story-text';

/** Above this share of linked text the "story" is a list of links (no story on the corpus pages comes near). */
const MAX_LINK_TEXT_SHARE = 0.6;

export interface ExtractOptions {
  /** The page URL (for resolving links; in Node the file has no URL of its own). */
  url?: string;
  /**
   * Sanitises the story HTML (see sanitize-story-html.ts). Injected rather than imported so that the
   * script injected into a tab stays small: there the extension page sanitises before it renders.
   */
  sanitizeHtml: (html: string) => string;
  /** Cleaning rules to skip (the options page can turn each one off); all run by default. */
  rules?: EnabledRules;
  /** Past this many ms, checked between stages, the result is `page too large` (input-guards.ts). */
  timeBudgetMs?: number;
  /** The clock for that budget (tests inject one). */
  now?: () => number;
  /**
   * The page-type stage (lib/story/page-type/page-type-stage.ts), given the original document and
   * the engine's result. Injected rather than imported for the same reason as `sanitizeHtml`: in the
   * tab the engine runs without it (its script is at its size goal) and the extension page applies
   * it to signals a second small script reads; in Node, pass `pageTypeStage` (node-page-type.ts).
   * Without it, a story is typed `article` with a first `isNews` reading.
   */
  pageType?: (doc: Document, url: string | undefined, result: ExtractResult) => ExtractResult;
  /** Told each stage's name as it ends: `npm run bench:stages` times the stages with it. */
  onStage?: StageObserver;
}

/**
 * The story engine. Given a page, return its story or a reason why there is none.
 *
 * 0. Guard: refuse empty, non-HTML and oversized pages before any work; a time budget is checked between stages.
 * 1. Prepare: clone the document (the live page is never touched); when nothing but <noscript> content
 *    would be visible, show the clone as a browser without scripts does; give the clone the shape Readability
 *    assumes (everything shown inside <body>), put streamed segments where the page's scripts would
 *    (streamed-segments.ts), and resolve lazy images.
 * 2. Clean before Readability: remove and record readers' comment threads, teasers, sign-up forms, captions
 *    printed twice — so that Readability neither keeps them nor scores the wrong container.
 * 3. Readability on the cleaned clone, with its metadata.
 * 4. Clean after Readability: the same rules inside the chosen container, plus the byline, agency,
 *    dateline, headline and standfirst at its top, which move into metadata.
 * 5. Result: blocks and text (no figures, so no captions), sanitised html, images, counts, what was removed.
 * 6. Page type (when the `pageType` stage is given): forum and documentation stay stories with their type;
 *    product, listing, collection and service pages become `not an article` with their type.
 *
 * Never throws: every failure is `{ ok: false, reason }`.
 */
export function extractStory(doc: Document, options: ExtractOptions): ExtractResult {
  const result = extractUntyped(doc, options);
  if (!options.pageType) return result;
  try {
    return options.pageType(doc, options.url, result);
  } catch {
    // A stage that fails leaves the engine's result as it was: when unsure, the story.
    return result;
  }
}

function extractUntyped(doc: Document, options: ExtractOptions): ExtractResult {
  try {
    const budget = startTimeBudget(options.timeBudgetMs, options.now);
    const onStage = options.onStage;
    const input = checkInput(doc);
    onStage?.('guard');
    if (!input.ok) return input;
    // Nothing visible but <noscript> content: read the page as a browser without scripts shows it.
    const withoutScripts = input.onlyWithoutScripts === true;
    const prepare = (page: Document) => prepareClone(page, withoutScripts);
    const clone = prepare(doc);
    if (withoutScripts) {
      const shown = checkInput(clone);
      if (!shown.ok) return shown;
      if (shown.onlyWithoutScripts) return { ok: false, reason: 'empty document', detail: 'no visible text' };
    }
    onStage?.('clone and prepare');
    const afterClone = budget.check('cloning the page');
    if (!afterClone.ok) return afterClone;
    const metadata = readPageMetadata(clone);
    onStage?.('metadata');
    const pageUrl = options.url || metadata.url || undefined;
    let context: PageFacts = { ...metadata, url: pageUrl, removed: [] as RemovedBlock[], found: {} };
    // Not `clone.body`: in linkedom that getter can insert an empty <body> that Readability then reads
    // and finds no story in (a WCXB page with a <script> between </head> and <body>): see findBody.
    const body = findBody(clone) ?? clone.body;
    const cleaned = body ? runCleaningRules(BEFORE_READABILITY, body, context, options.rules, true, onStage) : null;
    let leadFigure = findLeadFigure(cleaned?.byTag('IMG') ?? [], metadata.image);
    const beforeReadability = budget.check('cleaning before Readability');
    if (!beforeReadability.ok) return beforeReadability;
    let article = runReadability(clone);
    onStage?.('Readability');
    if (!article) return { ok: false, reason: 'not an article' };
    const afterReadability = budget.check('Readability');
    if (!afterReadability.ok) return afterReadability;
    // Where Readability's container stood in the page, found once for the checks below (story-container.ts).
    const chosen = cleaned ? chosenContainer(article.content, cleaned) : null;
    // Readability's own cleaning took most of the container it chose: read again without it (second-reading.ts).
    let readAgain = false;
    if (cleaned && isOverCleaned(chosen)) {
      const second = readAgainWithoutConditionalCleaning(doc, { article, index: cleaned, container: chosen }, { ...metadata, url: pageUrl }, options.rules, prepare, metadata.image);
      if (second) ({ article, context, leadFigure } = second);
      readAgain = second !== null;
      onStage?.('second reading');
      const afterSecond = budget.check('reading the page again');
      if (!afterSecond.ok) return afterSecond;
    }
    // Readability kept one of the like sections the story was cut into: the run of them (like-sections.ts).
    if (cleaned && chosen && !readAgain) {
      widenToLikeSections(article.content, chosen, cleaned);
      // The story's FAQ in a section of its own right after it (faq-after-story.ts).
      appendFaqAfterStory(article.content, chosen, cleaned);
    }
    onStage?.('container checks');
    const removed = context.removed;
    context.title = article.title || context.title;
    context.byline = article.byline;
    runCleaningRules(AFTER_READABILITY, article.content, context, options.rules, false, onStage);
    restoreLeadFigure(article.content, leadFigure);
    resolveUrls(article.content, pageUrl);
    onStage?.('lead figure and links');
    const blocks = storyBlocks(article.content);
    const text = blocksText(blocks);
    onStage?.('blocks');
    if (!text) return { ok: false, reason: 'not an article' };
    // A home page or section front: what Readability found is a list of headlines to other stories.
    if (linkTextShare(article.content) > MAX_LINK_TEXT_SHARE) return { ok: false, reason: 'not an article', detail: 'the page is mostly links to other pages' };
    const wordCount = countWords(text);
    const byline = bylineOf(article.byline, context);
    const story: Story = {
      // A first reading; the page-type stage (lib/story/page-type/) replaces both where it runs.
      pageType: 'article',
      isNews: Boolean(article.publishedTime && (byline || context.found.dateline)),
      title: article.title,
      byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      dateline: context.found.dateline ?? '',
      lang: article.lang,
      dir: article.dir === 'rtl' ? 'rtl' : article.dir === 'ltr' ? 'ltr' : '',
      excerpt: article.excerpt,
      text,
      blocks,
      html: options.sanitizeHtml(article.content.outerHTML),
      images: storyImages(article.content, pageUrl),
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      removed,
    };
    onStage?.('result');
    return { ok: true, story };
  } catch (error) {
    return { ok: false, reason: 'extraction failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Stage 1: the engine's working copy of the page (the live page is never touched). */
function prepareClone(doc: Document, withoutScripts: boolean): Document {
  const clone = cloneDocument(doc);
  if (withoutScripts) showNoscriptContent(clone);
  settleDocumentShape(clone);
  revealStreamedSegments(clone);
  resolveLazyImages(clone);
  return clone;
}

/** "Aamer Madhani (Associated Press)": the page's author, else the byline line, with the agency line. */
function bylineOf(readabilityByline: string, context: PageFacts): string {
  const name = (readabilityByline || context.found.byline || '').replace(/^by\s+/i, '').trim();
  const agency = context.found.agency;
  if (!agency || name.toLowerCase().includes(agency.toLowerCase())) return name;
  return name ? `${name} (${agency})` : agency;
}
