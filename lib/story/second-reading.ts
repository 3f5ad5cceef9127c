/**
 * A second reading of the page when Readability's own cleaning took the story.
 *
 * After choosing its container, Readability removes the blocks of it that look like boilerplate
 * ("conditional cleaning": many images, links or headings for few commas). On templates that build
 * a story out of such blocks — recipe cards, product-guide rows, page-builder sections, a story cut
 * by headings into short parts — that is most of the story, and what is left is a fragment. The
 * symptom is measurable: Readability kept a small share of the container it chose.
 *
 * Then the page is read again, from a fresh copy cleaned by the same rules, with conditional
 * cleaning off. The second reading is taken only if Readability chose the same container (the same
 * place in the page) and kept clearly more of it; a different container is a different guess, not a
 * repair, and the first reading stands. The rules that run after Readability clean either reading.
 */
import type { PageFacts } from './clean/cleaning-context';
import type { PageIndex } from './clean/page-index';
import { BEFORE_READABILITY, runCleaningRules, type EnabledRules } from './clean/run-cleaning-rules';
import { findLeadFigure } from './lead-image';
import { runReadability, type ReadabilityArticle } from './run-readability';
import { chosenContainer, type ChosenContainer } from './story-container';
import { findBody, nonWhitespaceLength, normalizeSpace } from './clean/dom-utils';

/** Readability kept less than this share of its container's text: its cleaning took the story. */
const OVER_CLEANED_SHARE = 0.45;
/** Below this, a container is too small for the share to say anything (a short page, a teaser). */
const MIN_CONTAINER_CHARS = 1000;
/** The second reading must keep clearly more, or it is not worth its difference. */
const MIN_GAIN = 1.25;
/**
 * Of what the second reading adds, at least this share is prose. Teaser boxes (a headline, a dek,
 * a name) that Readability rightly removed add none; a guide's picks or a recipe's method add most.
 */
const MIN_PROSE_SHARE_OF_GAIN = 0.3;
/** A paragraph of prose: this many words, ending as a sentence does. */
const PROSE_WORDS = 20;

export interface Reading {
  article: ReadabilityArticle;
  context: PageFacts;
  leadFigure: Element | null;
}

/** Did Readability keep so little of the container it chose (story-container.ts) that the page should be read again? */
export function isOverCleaned(container: ChosenContainer | null): container is ChosenContainer {
  return container !== null && container.walkedChars >= MIN_CONTAINER_CHARS && container.keptChars < OVER_CLEANED_SHARE * container.walkedChars;
}

/**
 * Read the page again without Readability's conditional cleaning; null when the second reading
 * is not better (another container, or not clearly more of it).
 * `first.container` is the container isOverCleaned judged; `prepare` makes the engine's working copy of
 * the page (stage 1 of extractStory).
 */
export function readAgainWithoutConditionalCleaning(
  doc: Document,
  first: { article: ReadabilityArticle; index: PageIndex; container: ChosenContainer },
  facts: Omit<PageFacts, 'removed' | 'found'>,
  rules: EnabledRules | undefined,
  prepare: (doc: Document) => Document,
  leadImage: string,
): Reading | null {
  const firstContainer = first.container;
  const clone = prepare(doc);
  const body = findBody(clone) ?? clone.body;
  if (!body) return null;
  const context: PageFacts = { ...facts, removed: [], found: {} };
  const index = runCleaningRules(BEFORE_READABILITY, body, context, rules, true);
  const leadFigure = findLeadFigure(index.byTag('IMG'), leadImage);
  const article = runReadability(clone, { cleanConditionally: false });
  if (!article) return null;
  const container = chosenContainer(article.content, index);
  if (!container || index.placeOf(container.element) !== first.index.placeOf(firstContainer.element)) return null;
  if (container.keptChars < MIN_GAIN * firstContainer.keptChars) return null;
  // What comes back must be story: paragraphs of prose, not the teasers Readability rightly dropped.
  const addedChars = container.keptChars - firstContainer.keptChars;
  if (proseChars(article.content) - proseChars(first.article.content) < MIN_PROSE_SHARE_OF_GAIN * addedChars) return null;
  return { article, context, leadFigure };
}

/** Non-space characters of the paragraphs of prose in a container. */
function proseChars(root: Element): number {
  let total = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const text = normalizeSpace(p.textContent ?? '');
    if (text.split(' ').length >= PROSE_WORDS && /[.!?:;"”’)]$/.test(text)) total += nonWhitespaceLength(text);
  }
  return total;
}
