import type { CleaningRule, CleaningRuleId, PageFacts } from './cleaning-context';
import { duplicateCaptionsRule } from './remove-duplicate-captions';
import { inlineTeasersRule } from './remove-inline-teasers';
import { newsletterShareTagsRule } from './remove-newsletter-share-tags';
import { teaserCardsRule } from './remove-teaser-cards';
import { teaserSectionsRule } from './remove-teaser-sections';
import { PageIndex } from './page-index';
import { bylinesRule } from './move-bylines-to-metadata';
import { linkListsRule } from './remove-link-lists';

/**
 * The order matters: boxes and teasers go first (their captions and deks must not be mistaken for
 * the story's captions), captions next, and bylines last, inside the container Readability chose,
 * where "the top of the story" is known.
 */
export const BEFORE_READABILITY: readonly CleaningRule[] = [newsletterShareTagsRule, teaserSectionsRule, teaserCardsRule, inlineTeasersRule, duplicateCaptionsRule];
export const AFTER_READABILITY: readonly CleaningRule[] = [...BEFORE_READABILITY, linkListsRule, bylinesRule];

export type EnabledRules = Partial<Record<CleaningRuleId, boolean>>;

export function runCleaningRules(rules: readonly CleaningRule[], root: Element, facts: PageFacts, enabled: EnabledRules = {}): void {
  // One index per root, shared by the rules; `removed` and `found` are shared with the caller.
  const context = { ...facts, index: new PageIndex(root) };
  for (const rule of rules) {
    if (enabled[rule.id] === false) continue;
    rule.apply(root, context);
  }
}
