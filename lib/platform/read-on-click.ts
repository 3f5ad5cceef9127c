import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SUMMARY_SENTENCES, type Settings } from '../settings';
import type { StoryAnalysis, StoryText } from '../language/analyse-story';
import type { TabStory, TargetTab } from './extract-from-tab';
import { readTabWithSettings } from './read-tab';
import { PANEL_CLICK_MESSAGE, type PanelClick, type SidePanels } from './side-panel';

/**
 * The toolbar click, read from the worker (Chrome). While the action has a popup, the browser opens
 * it on the click and nothing can start before the popup page has loaded: in headless Chromium 156
 * that is ~0.27 s to open it and 0.05–0.15 s more before its script runs, and only then did the
 * tab's reading begin. Without a popup the click reaches the worker at once (`action.onClicked`,
 * with activeTab granted): the worker starts reading the tab and opens the popup itself
 * (`action.openPopup`, Chrome 127+), so the reading, and the analysis after it, run while the
 * browser opens the popup. The popup takes the result with one message, and reads the tab itself
 * whenever there is none to take (a popup opened another way, a worker restarted in between).
 *
 * The manifest still declares the popup, and the worker unsets it when it starts: a click that
 * comes before the worker has run (the first instant after install, a worker that failed to
 * start) opens the popup the ordinary way instead of doing nothing. The browser keeps the unset
 * popup while it runs, across the worker's stops; `runtime.onStartup` wakes the worker after a
 * browser restart. Firefox (MV2 `browserAction`, whose `openPopup` must be called before any
 * await in the click's handler) keeps the declared popup.
 */
export const TAKE_CLICK_READ = 'lede:take-click-read';

/**
 * What the worker read from the clicked tab, handed to the popup once: the tab as it was at the
 * click, what its page gave, the settings it was read with and, for a story, its analysis.
 */
export interface ClickRead {
  target: TargetTab;
  result: TabStory;
  settings: Settings;
  /** The language stage's result for `settings`' summary length (absent if it failed). */
  analysis?: StoryAnalysis;
}

interface ClickedTab {
  id?: number;
  url?: string;
  index?: number;
  windowId?: number;
  status?: string;
}

export interface ReadOnClickDeps {
  /** The settings as stored (repaired). */
  loadSettings: () => Promise<Settings>;
  /** The language stage, as the worker answers pages' requests with it (it keeps recent results). */
  analyse: (story: StoryText, options: { summarySentences: number }) => StoryAnalysis;
  /** Load what the language stage needs (the entity model), while the tab is being read. */
  prepare: () => void;
  /** What the click does when the popup cannot be opened: open the reader instead. */
  openReader: (tab: ClickedTab) => Promise<void>;
  /** Open side panels (side-panel.ts): a click in a window with one shows the tab there instead of in a popup. */
  panels?: Pick<SidePanels, 'knownOpenIn' | 'isOpenIn'>;
}

/** A read older than this is not handed out: the page may have changed since. */
const CLICK_READ_MAX_AGE_MS = 30_000;

/** The popup page the worker opens for a tab (the same page reads `?tabId=N` when opened in a tab). */
export function popupPath(tabId: number): string {
  return `popup.html?tabId=${tabId}`;
}

/** The worker's side: take the toolbar click, read the clicked tab, open the popup, hand the read over. */
export function readOnToolbarClick(deps: ReadOnClickDeps): void {
  const action = browser.action;
  if (!action?.onClicked || typeof action.openPopup !== 'function') return;
  // From now on a click reaches onClicked below (see the note at the top).
  void action.setPopup({ popup: '' }).catch(() => undefined);
  const reads = new Map<number, { at: number; read: Promise<ClickRead> }>();

  action.onClicked.addListener((tab: ClickedTab) => {
    const tabId = tab.id;
    if (tabId === undefined) return;
    // The popup is asked for first: nothing this worker runs next may delay it. With Lede kept open
    // beside the page in this window, the side panel shows the tab instead (it takes the read below).
    const popup = () => openPopupFor({ ...tab, id: tabId }).catch(() => deps.openReader(tab).catch(() => undefined));
    const answer = async (inPanel: boolean) => {
      if (!inPanel) return popup();
      const click: PanelClick = { type: PANEL_CLICK_MESSAGE, tabId, windowId: tab.windowId };
      // The panel says it took the click; if none does (closed a moment ago), the popup answers it.
      const reply = (await browser.runtime.sendMessage(click).catch(() => undefined)) as { shown?: boolean } | undefined;
      if (!reply?.shown) await popup();
    };
    // Known at once, except in a worker that has just started and not yet heard from the browser.
    const known = deps.panels ? deps.panels.knownOpenIn(tab.windowId) : false;
    if (known === undefined) void deps.panels?.isOpenIn(tab.windowId).then(answer);
    else void answer(known);
    const now = Date.now();
    // Reads no popup took (it could not open, or was closed at once) are not kept.
    for (const [id, entry] of reads) if (now - entry.at > CLICK_READ_MAX_AGE_MS) reads.delete(id);
    reads.set(tabId, { at: now, read: readClickedTab({ ...tab, id: tabId }, deps) });
    // The page runs the engine in its own process: meanwhile this thread loads the model.
    setTimeout(() => {
      try {
        deps.prepare();
      } catch {
        // The analysis meets the same failure and reports it.
      }
    }, 0);
  });

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== TAKE_CLICK_READ) return undefined;
    const tabId = (message as { tabId?: unknown }).tabId;
    const entry = typeof tabId === 'number' ? reads.get(tabId) : undefined;
    // Handed out once: a popup opened later reads the page as it is then.
    if (typeof tabId === 'number') reads.delete(tabId);
    if (!entry || Date.now() - entry.at > CLICK_READ_MAX_AGE_MS) sendResponse(null);
    else entry.read.then(sendResponse, () => sendResponse(null));
    return true;
  });
}

async function readClickedTab(tab: ClickedTab & { id: number }, deps: ReadOnClickDeps): Promise<ClickRead> {
  const settingsRead = deps.loadSettings().catch(() => DEFAULT_SETTINGS);
  const target: TargetTab = { id: tab.id, url: tab.url, index: tab.index, status: tab.status, windowId: tab.windowId };
  const { result, settings } = await readTabWithSettings(target, settingsRead);
  if (result.state !== 'story') return { target, result, settings };
  const { title, text, lang, blocks } = result.story;
  // In a task of its own: the worker stays free to answer other messages until now.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const analysis = deps.analyse({ title, text, lang, blocks }, { summarySentences: SUMMARY_SENTENCES[settings.summaryLength] });
    return { target, result, settings, analysis };
  } catch {
    // The popup asks for the analysis itself (and shows the story without one if that fails too).
    return { target, result, settings };
  }
}

/**
 * `openPopup` opens the popup set for the tab: set it for this tab, open it, and unset it again
 * so the next click reaches the worker too.
 */
async function openPopupFor(tab: ClickedTab & { id: number }): Promise<void> {
  const action = browser.action;
  // Not awaited: the browser runs an extension's calls in the order they were made, and the
  // popup opens one round trip sooner.
  const set = action.setPopup({ tabId: tab.id, popup: popupPath(tab.id) });
  try {
    await action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  } finally {
    await set.catch(() => undefined);
    await action.setPopup({ tabId: tab.id, popup: '' });
  }
}

/** The popup's side: the worker's read of this tab, if it made one on the click; null otherwise. */
export async function takeClickRead(tabId: number): Promise<ClickRead | null> {
  try {
    const read = (await browser.runtime.sendMessage({ type: TAKE_CLICK_READ, tabId })) as ClickRead | null | undefined;
    return read && read.target?.id === tabId && read.result ? read : null;
  } catch {
    return null;
  }
}
