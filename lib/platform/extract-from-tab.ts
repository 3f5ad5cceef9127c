import { browser } from 'wxt/browser';
import type { ExtractResult, FailureReason, Story } from '../story/types';
import { CLEANING_RULES_GLOBAL } from './cleaning-rules-global';
import type { PageSignals } from '../story/page-type/page-signals';
import { applyPageType } from '../story/page-type/page-type-stage';
import { classifyInjectionError, documentWentAway, forbiddenKindOfUrl, type ClickAgainReason, type ForbiddenKind, type TabNow } from './page-access';

/**
 * What the extension got from a tab: a story, or one of the states the popup and reader show.
 * `partial`: read before the page had finished loading (see `immediately`); a full read follows.
 * `pageType` on not-article: what the engine recognised the page as, when it got that far.
 */
export type TabStory =
  | { state: 'story'; tabId: number; url: string; story: Story; forced: boolean; partial?: boolean; engineRun?: EngineRun }
  | { state: 'not-article'; tabId: number; url: string; reason: FailureReason; pageType?: string; partial?: boolean; engineRun?: EngineRun }
  | { state: 'forbidden'; kind: ForbiddenKind }
  | { state: 'click-again'; why: ClickAgainReason }
  /** The side panel follows a tab Lede may not read: the user has not clicked Lede on this page. */
  | { state: 'needs-click' }
  | { state: 'error'; message: string; detail?: string };

/** When the engine ran in the page (epoch ms), as the injected script reports it. */
export interface EngineRun {
  start: number;
  end: number;
}

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
/** Reads the page's signals for the page-type stage (a script of its own: the engine's is at its size goal). */
const PAGE_SIGNALS_SCRIPT = '/page-signals.js';

export interface TargetTab {
  id: number;
  url: string | undefined;
  /** Position in its window: the reader opens right after it. */
  index?: number;
  /** 'loading' or 'complete' at the click, when the browser said. */
  status?: string;
  /** Its window: "Keep open" opens the side panel there. */
  windowId?: number;
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
      return { id: fromQuery, url: tab.url, index: tab.index, status: tab.status, windowId: tab.windowId };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, index: tab.index, status: tab.status, windowId: tab.windowId };
}

/** Inject the engine into the tab (activeTab grants it after the click) and return its story. */
export interface ExtractFromTabOptions {
  /** Take the whole page ("Open in reader anyway") instead of running the engine. */
  wholePage?: boolean;
  /** The user's cleaning rules (`false` turns one off); all run when none is off. */
  rules?: Record<string, boolean>;
  /**
   * Run on the page as it is now, even if it is still loading. By default the browser waits until
   * the page has loaded (`document_idle`), which a page whose HTML is still arriving can put off
   * for many seconds; the popup asks for an immediate read when that wait grows long.
   */
  immediately?: boolean;
}

/** How the tab is now, as far as Lede may see it (null when the tab is gone). */
async function tabNow(tabId: number): Promise<TabNow | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, status: tab.status };
  } catch {
    return null;
  }
}

/** Do these settings turn any cleaning rule off? (Only then does the engine need to be told.) */
export function turnsARuleOff(rules: Record<string, boolean>): boolean {
  return Object.values(rules).includes(false);
}

/** How long a refused or interrupted read waits before it looks at the tab again. */
const LOOK_AGAIN_MS = 400;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How long a refused read watches the tab before it decides (see untilSettled). */
const SETTLE_LIMIT_MS = 2500;

/**
 * After an unexplained refusal on an ordinary page: watch the tab until it has moved out of Lede's
 * reach (another site: the grant went with the old page), is gone, or shows a loaded page Lede may
 * read for a moment (the clicked one, whose refusal may then be the browser's own, or another of the
 * same site, which keeps the grant): then the read is tried once more.
 */
async function untilSettled(tabId: number, clickedUrl: string | undefined): Promise<'moved out of reach' | 'gone' | 'settled'> {
  const started = Date.now();
  let steady = 0;
  while (Date.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await tabNow(tabId);
    if (!now) return 'gone';
    // The browser shows Lede a tab's address only while Lede may read it.
    if (!now.url) return 'moved out of reach';
    // On the clicked page or another one Lede may read (the same site): once it is loaded.
    steady = now.status === 'complete' ? steady + 1 : 0;
    if (steady >= 3 && (now.url !== clickedUrl || Date.now() - started >= LOOK_AGAIN_MS)) return 'settled';
  }
  return 'settled';
}

/** The engine (or the whole-page script) run in the tab's top frame; the rules handed over first when one is off. */
async function injectEngine(tabId: number, options: ExtractFromTabOptions): Promise<ExtractResult | undefined> {
  const rules = options.rules ?? {};
  const injectImmediately = options.immediately ? { injectImmediately: true } : {};
  if (!options.wholePage && turnsARuleOff(rules)) {
    // Only when a rule is off: one more injection hands the rules to the engine script.
    await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, value: Record<string, boolean>) => {
        (globalThis as Record<string, unknown>)[name] = value;
      },
      args: [CLEANING_RULES_GLOBAL, rules],
      ...injectImmediately,
    });
  }
  const engine = browser.scripting.executeScript({
    target: { tabId },
    files: [options.wholePage ? WHOLE_PAGE_SCRIPT : ENGINE_SCRIPT],
    ...injectImmediately,
  });
  // The page-type signals are read by a second script, injected at once too (the two round trips
  // to the page overlap instead of following each other; neither changes the page).
  const signals = options.wholePage
    ? Promise.resolve(undefined)
    : browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SIGNALS_SCRIPT], ...injectImmediately }).then(
        ([injection]) => injection?.result as PageSignals | undefined,
        () => undefined,
      );
  const [injection] = await engine;
  const result = injection?.result as ExtractResult | undefined;
  if (options.wholePage || !result || typeof result !== 'object') return result;
  return withPageType(result, await signals);
}

/**
 * The page-type stage (lib/story/page-type/) on the engine's result, with the page's signals read by
 * the second script. Without signals (that injection failed or answered nothing) the result stays
 * as the engine gave it (a story typed `article`): when unsure, the story.
 */
function withPageType(result: ExtractResult, signals: PageSignals | undefined): ExtractResult {
  if (!signals || typeof signals !== 'object') return result;
  let typed: ExtractResult;
  try {
    typed = applyPageType(result, signals);
  } catch {
    return result;
  }
  // When the engine ran in the page (the e2e run's account of a click), kept through the stage.
  const run = (result as { engineRun?: EngineRun }).engineRun;
  return run ? Object.assign(typed, { engineRun: run }) : typed;
}

export async function extractFromTab(tab: TargetTab, options: ExtractFromTabOptions = {}): Promise<TabStory> {
  const forbidden = forbiddenKindOfUrl(tab.url, tab.status);
  if (forbidden) return { state: 'forbidden', kind: forbidden };
  let result: ExtractResult | undefined;
  try {
    result = await injectEngine(tab.id, options);
  } catch (error) {
    const message = errorMessage(error);
    const failure = documentWentAway(message) ? null : classifyInjectionError(message, tab.url, await tabNow(tab.id));
    // Two failures are looked at again, once, after a moment:
    // - the document went away under the script (the page reloaded or moved on within its site,
    //   which keeps the grant): the page that is there now is read;
    // - an ordinary page refused with no reason given while the tab still shows it: a navigation to
    //   another site has begun (the browser takes the grant back before the tab shows the new
    //   address; seen in the 50-click e2e run), so the tab's address is checked again.
    if (failure && !(failure.state === 'forbidden' && failure.kind === 'other')) return failure;
    if (failure) {
      const settled = await untilSettled(tab.id, tab.url);
      if (settled === 'gone') return { state: 'error', message: 'The tab was closed.' };
      // Moved to a page Lede no longer sees (another site): the next click reads it. A page Lede
      // still sees (the same site keeps the grant) is read below.
      if (settled === 'moved out of reach') return { state: 'click-again', why: 'navigated' };
    } else await new Promise((resolve) => setTimeout(resolve, LOOK_AGAIN_MS));
    try {
      result = await injectEngine(tab.id, options);
    } catch (again) {
      const now = await tabNow(tab.id);
      const verdict = classifyInjectionError(errorMessage(again), tab.url, now);
      // Refused again while the tab is still loading something: the navigation that took the grant.
      if (verdict.state === 'forbidden' && verdict.kind === 'other' && now?.status === 'loading') return { state: 'click-again', why: 'navigated' };
      return verdict;
    }
  }
  const url = tab.url ?? '';
  if (!result || typeof result !== 'object') return { state: 'error', message: 'The page gave no answer.' };
  const partial = options.immediately ? { partial: true } : {};
  const run = (result as { engineRun?: EngineRun }).engineRun;
  if (run) Object.assign(partial, { engineRun: run });
  if (result.ok && !options.wholePage && result.story.wordCount < MIN_STORY_WORDS) {
    return { state: 'not-article', tabId: tab.id, url, reason: 'not an article', ...partial };
  }
  if (result.ok) return { state: 'story', tabId: tab.id, url, story: result.story, forced: Boolean(options.wholePage), ...partial };
  if (result.reason === 'not an article' || result.reason === 'empty document' || result.reason === 'not html') {
    const pageType = (result as { pageType?: unknown }).pageType;
    return { state: 'not-article', tabId: tab.id, url, reason: result.reason, ...(typeof pageType === 'string' ? { pageType } : {}), ...partial };
  }
  return { state: 'error', message: FAILURE_MESSAGES[result.reason] ?? result.reason, detail: result.detail };
}
