import type { RemovalReason, RemovedBlock } from '../types';
import { textOf } from './dom-utils';
import type { PageIndex } from './page-index';

/** What the rules know about the page, and where they record what they take out. */
export interface PageFacts {
  url?: string;
  /** The headline from the page's metadata (og:title / <title>), for recognising it in the body. */
  title: string;
  /** The standfirst from the page's metadata (og:description / description). */
  description: string;
  /** The author from the page's metadata, for recognising a byline line. */
  author: string;
  /** The byline Readability read (the page's byline element or its structured data), once it has run. */
  byline?: string;
  removed: RemovedBlock[];
  /** Byline lines, agency lines and datelines found in the body, moved into metadata. */
  found: { byline?: string; agency?: string; dateline?: string };
}

/** The page facts plus the index of the root being cleaned (built by runCleaningRules). */
export interface CleaningContext extends PageFacts {
  index: PageIndex;
}

/** Longest text recorded for one removed block: enough for a reader to recognise it in the popup. */
const RECORDED_TEXT_LIMIT = 500;

export function recordRemoval(context: CleaningContext, reason: RemovalReason, text: string): void {
  const clipped = text.length > RECORDED_TEXT_LIMIT ? `${text.slice(0, RECORDED_TEXT_LIMIT - 1)}…` : text;
  if (clipped) context.removed.push({ reason, text: clipped });
}

/** Remove an element from the clone and record it (nothing is removed silently). */
export function removeBlock(el: Element, reason: RemovalReason, context: CleaningContext): void {
  recordRemoval(context, reason, textOf(el));
  context.index.remove(el);
}

export interface CleaningRule {
  /** Stable id: the options page turns rules on and off by it. */
  id: CleaningRuleId;
  apply(root: Element, context: CleaningContext): void;
}

export type CleaningRuleId = 'duplicate-captions' | 'teasers' | 'inline-links' | 'newsletter-share' | 'calls-to-action' | 'copyright' | 'page-controls' | 'bylines' | 'comments';
export const CLEANING_RULE_IDS: readonly CleaningRuleId[] = ['duplicate-captions', 'teasers', 'inline-links', 'newsletter-share', 'calls-to-action', 'copyright', 'page-controls', 'bylines', 'comments'];
