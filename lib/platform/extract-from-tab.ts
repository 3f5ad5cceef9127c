import { browser } from 'wxt/browser';
import type { ExtractResult, FailureReason, Story } from '../story/types';
import { CLEANING_RULES_GLOBAL } from './cleaning-rules-global';
import { forbiddenKindOfError, forbiddenKindOfUrl, type ForbiddenKind } from './page-access';

/** What the extension got from a tab: a story, or one of the states the popup and reader show. */
export type TabStory =
  | { state: 'story'; tabId: number; url: string; story: Story; forced: boolean }
  | { state: 'not-article'; tabId: number; url: string; reason: FailureReason }
  | { state: 'forbidden'; kind: ForbiddenKind }
  | { state: 'error'; message: string; detail?: string };

/** What the popup and reader say when the engine gave up on a page it could read. */
const FAILURE_MESSAGES: Partial<Record<FailureReason, string>> = {
  'page too large': 'This page is too large for Lede to read in time.',
  'extraction failed': 'Lede could not make sense of this page.',
};

/**
 * The scripts injected on click (WXT unlisted scripts, see entrypoints/). The first runs the story
 * engine; the second, for "Open in reader anyway", takes the whole page as the story.
 */
const ENGINE_SCRIPT = '/extract-story.js';

/**
 * Fewer words than this is not a story for the popup, whatever the engine found: a sign-in form,
 * a photo page, a cookie wall. (Readability picks *some* container on almost any page.) A UI
 * decision, kept here rather than in the engine: the engine refuses link pages itself (their link
 * share) but returns short texts as stories, which the CLI and the benchmarks score as they are;
 * the popup promises a summary and key actors, which 80 words cannot carry. The user can still
 * open such a page in the reader with "Open in reader anyway".
 */
export const MIN_STORY_WORDS = 80;
const WHOLE_PAGE_SCRIPT = '/extract-page-anyway.js';

export interface TargetTab {
  id: number;
  url: string | undefined;
  /** Position in its window: the reader opens right after it. */
  index?: number;
}

/** The `?tabId=N` of a page opened for a given tab, or null. */
export function tabIdInQuery(search: string = location.search): number | null {
  const id = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The tab to read: `?tabId=N` when the page was opened for a given tab (reader, or a popup opened
 * in a tab by a test), else the active tab of this window (the toolbar popup).
 */
export async function targetTab(search: string = location.search): Promise<TargetTab | null> {
  const fromQuery = tabIdInQuery(search);
  if (fromQuery !== null) {
    try {
      const tab = await browser.tabs.get(fromQuery);
      return { id: fromQuery, url: tab.url, index: tab.index };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, index: tab.index };
}

/** Inject the engine into the tab (activeTab grants it after the click) and return its story. */
export interface ExtractFromTabOptions {
  /** Take the whole page ("Open in reader anyway") instead of running the engine. */
  wholePage?: boolean;
  /** The user's cleaning rules (`false` turns one off); all run when none is off. */
  rules?: Record<string, boolean>;
}

/** Do these settings turn any cleaning rule off? (Only then does the engine need to be told.) */
export function turnsARuleOff(rules: Record<string, boolean>): boolean {
  return Object.values(rules).includes(false);
}

export async function extractFromTab(tab: TargetTab, options: ExtractFromTabOptions = {}): Promise<TabStory> {
  const forbidden = forbiddenKindOfUrl(tab.url);
  if (forbidden) return { state: 'forbidden', kind: forbidden };
  let result: ExtractResult | undefined;
  try {
    const rules = options.rules ?? {};
    if (!options.wholePage && turnsARuleOff(rules)) {
      // Only when a rule is off: one more injection hands the rules to the engine script.
      await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: (name: string, value: Record<string, boolean>) => {
          (globalThis as Record<string, unknown>)[name] = value;
        },
        args: [CLEANING_RULES_GLOBAL, rules],
      });
    }
    const [injection] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: [options.wholePage ? WHOLE_PAGE_SCRIPT : ENGINE_SCRIPT],
    });
    result = injection?.result as ExtractResult | undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const kind = forbiddenKindOfError(message);
    return kind ? { state: 'forbidden', kind } : { state: 'error', message };
  }
  const url = tab.url ?? '';
  if (!result || typeof result !== 'object') return { state: 'error', message: 'The page gave no answer.' };
  if (result.ok && !options.wholePage && result.story.wordCount < MIN_STORY_WORDS) {
    return { state: 'not-article', tabId: tab.id, url, reason: 'not an article' };
  }
  if (result.ok) return { state: 'story', tabId: tab.id, url, story: result.story, forced: Boolean(options.wholePage) };
  if (result.reason === 'not an article' || result.reason === 'empty document' || result.reason === 'not html') {
    return { state: 'not-article', tabId: tab.id, url, reason: result.reason };
  }
  return { state: 'error', message: FAILURE_MESSAGES[result.reason] ?? result.reason, detail: result.detail };
}
