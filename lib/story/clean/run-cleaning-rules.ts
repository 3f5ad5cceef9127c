import { recordRemoval, type CleaningRule, type CleaningRuleId, type PageFacts } from './cleaning-context';
import { duplicateCaptionsRule } from './remove-duplicate-captions';
import { inlineTeasersRule } from './remove-inline-teasers';
import { newsletterFormsRule, shareAndTagBoxesRule } from './remove-newsletter-share-tags';
import { teaserCardsRule } from './remove-teaser-cards';
import { teaserSectionsRule } from './remove-teaser-sections';
import { PageIndex } from './page-index';
import { isCommentThread, threadText } from './remove-comment-threads';
import { agencyBesideBylineRule, bylinesRule } from './move-bylines-to-metadata';
import { linkListsRule } from './remove-link-lists';
import { callsToActionRule } from './remove-calls-to-action';
import { copyrightLinesRule } from './remove-copyright-lines';
import { pageControlsRule } from './remove-page-controls';
import { authorBiosRule } from './remove-author-bios';
import { placeholderTextRule } from './remove-placeholder-text';

/**
 * Before Readability run only the rules that change which container Readability chooses: teaser
 * sections and cards inside the story column (their captions and deks score as story paragraphs),
 * captions printed twice, and sign-up forms (Readability deletes the form and keeps its pitch). The rest — boxes, inline teaser lines, link lists, bylines — only
 * matter inside the chosen container, so they run there, on a few hundred elements instead of the
 * whole page (the engine's time budget is Readability's plus 30 %).
 * The order matters: teasers go before captions (a teaser's caption is not the story's caption),
 * and bylines last, when "the top of the story" is known (the author's bio after them: it needs the byline found there).
 */
export const BEFORE_READABILITY: readonly CleaningRule[] = [newsletterFormsRule, teaserSectionsRule, teaserCardsRule, duplicateCaptionsRule, agencyBesideBylineRule];
export const AFTER_READABILITY: readonly CleaningRule[] = [newsletterFormsRule, shareAndTagBoxesRule, teaserSectionsRule, teaserCardsRule, inlineTeasersRule, duplicateCaptionsRule, linkListsRule, callsToActionRule, copyrightLinesRule, pageControlsRule, placeholderTextRule, bylinesRule, authorBiosRule];

export type EnabledRules = Partial<Record<CleaningRuleId, boolean>>;

/**
 * Run the enabled rules on `root` and return the index they shared (callers reuse its element
 * lists instead of walking the page again). `removed` and `found` are shared with the caller.
 * On the whole page (`wholePage`), the index's walk also drops scripts and styles and, unless the
 * settings turn that rule off, readers' comment threads (remove-comment-threads.ts).
 */
export function runCleaningRules(rules: readonly CleaningRule[], root: Element, facts: PageFacts, enabled: EnabledRules = {}, wholePage = false, onStage?: StageObserver): PageIndex {
  const pruneThreads = wholePage && enabled.comments !== false;
  const index = new PageIndex(root, wholePage, pruneThreads ? isCommentThread : undefined);
  const context = { ...facts, index };
  for (const thread of index.pruned) recordRemoval(context, 'comments', threadText(thread));
  const where = wholePage ? 'page' : 'story';
  onStage?.(`${where} index`);
  rules.forEach((rule, position) => {
    if (enabled[rule.id] !== false) rule.apply(root, context);
    onStage?.(`${where} rule ${position}`);
  });
  return context.index;
}

/**
 * Told the name of each stage of the engine as it ends (`npm run bench:stages` times them with it).
 * Rules are named by their place in BEFORE_READABILITY ("page rule 2") or AFTER_READABILITY ("story rule 2").
 */
export type StageObserver = (stage: string) => void;
