import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
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
 * browser opens the popup. The popup reads the tab itself whenever there is nothing to take (a
 * popup opened another way, a worker restarted in between).
 *
 * The hand-over goes through session storage, with a message as a second way: a worker the click
 * has just started still has to load the entity model (0.1–0.4 s of one thread, measured in the
 * e2e run), and a message would wait for that; storage is answered by the browser. So the worker
 * hands over the story with its summary, which needs no model, as soon as it has them; the popup
 * shows them and then asks for the key actors, for which the worker loads the model (first click:
 * summary first, cast after; later clicks: both at once).
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
  /** Which click (the popup's `?click=`): a popup takes only the read of the click that opened it. */
  click?: number;
  target: TargetTab;
  result: TabStory;
  settings: Settings;
  /** The language stage's result for `settings`' summary length (absent if it failed). */
  analysis?: StoryAnalysis;
  /** `analysis` holds the summary only: the worker was loading the entity model (ask for the rest). */
  summaryOnly?: boolean;
  /** When the worker did what (epoch ms), for the e2e run's account of a click's time. */
  timing?: WorkerTiming;
}

export interface WorkerTiming {
  clicked: number;
  /** When the engine ran in the page. */
  engine?: { start: number; end: number };
  read?: number;
  /** The read (with what analysis there was) was handed over. */
  handed?: number;
  /** The full analysis was ready (after the entity model loaded, when it had to). */
  analysed?: number;
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
  /** The summary alone (no entity model needed). */
  summarise: (story: StoryText, options: { summarySentences: number }) => string[] | undefined;
  /** Is the entity model loaded in this worker (then the whole analysis takes a few milliseconds)? */
  modelReady: () => boolean;
  /** What the click does when the popup cannot be opened: open the reader instead. */
  openReader: (tab: ClickedTab) => Promise<void>;
  /** Open side panels (side-panel.ts): a click in a window with one shows the tab there instead of in a popup. */
  panels?: Pick<SidePanels, 'knownOpenIn' | 'isOpenIn'>;
}

/** A read older than this is not handed out: the page may have changed since. */
const CLICK_READ_MAX_AGE_MS = 30_000;

function handoverKey(tabId: number) {
  return `session:click-read:${tabId}` as const;
}

/** The popup page the worker opens for a tab's click (the same page reads `?tabId=N` when opened in a tab). */
export function popupPath(tabId: number, click?: number): string {
  return click === undefined ? `popup.html?tabId=${tabId}` : `popup.html?tabId=${tabId}&click=${click}`;
}

/** The `?click=` of a popup the worker opened (null otherwise). */
export function clickInQuery(search: string = location.search): number | null {
  const click = Number(new URLSearchParams(search).get('click'));
  return Number.isInteger(click) && click > 0 ? click : null;
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
    const now = Date.now();
    const click = now;
    // The popup is asked for first: nothing this worker runs next may delay it. With Lede kept open
    // beside the page in this window, the side panel shows the tab instead (it takes the read below).
    const popup = () => openPopupFor({ ...tab, id: tabId }, click).catch(() => deps.openReader(tab).catch(() => undefined));
    const answer = async (inPanel: boolean) => {
      if (!inPanel) return popup();
      const message: PanelClick = { type: PANEL_CLICK_MESSAGE, tabId, windowId: tab.windowId, click };
      // The panel says it took the click; if none does (closed a moment ago), the popup answers it.
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as { shown?: boolean } | undefined;
      if (!reply?.shown) await popup();
    };
    // Known at once, except in a worker that has just started and not yet heard from the browser.
    const known = deps.panels ? deps.panels.knownOpenIn(tab.windowId) : false;
    if (known === undefined) void deps.panels?.isOpenIn(tab.windowId).then(answer);
    else void answer(known);
    // Reads no popup took (it could not open, or was closed at once) are not kept.
    for (const [id, entry] of reads) if (now - entry.at > CLICK_READ_MAX_AGE_MS) reads.delete(id);
    reads.set(tabId, { at: now, read: readClickedTab({ ...tab, id: tabId }, deps, click) });
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

async function readClickedTab(tab: ClickedTab & { id: number }, deps: ReadOnClickDeps, click: number): Promise<ClickRead> {
  const timing: WorkerTiming = { clicked: click };
  const settingsRead = deps.loadSettings().catch(() => DEFAULT_SETTINGS);
  const target: TargetTab = { id: tab.id, url: tab.url, index: tab.index, status: tab.status, windowId: tab.windowId };
  const { result, settings } = await readTabWithSettings(target, settingsRead);
  timing.read = Date.now();
  if ((result.state === 'story' || result.state === 'not-article') && result.engineRun) timing.engine = result.engineRun;
  const read: ClickRead = { click, target, result, settings, timing };
  if (result.state === 'story') {
    const { title, text, lang, blocks } = result.story;
    const story: StoryText = { title, text, lang, blocks };
    const options = { summarySentences: SUMMARY_SENTENCES[settings.summaryLength] };
    const ready = deps.modelReady();
    try {
      if (ready) read.analysis = deps.analyse(story, options);
      else {
        const summary = deps.summarise(story, options);
        read.analysis = summary ? { summary } : {};
        read.summaryOnly = true;
      }
    } catch {
      // The popup asks for the analysis itself (and shows the story without one if that fails too).
    }
    // Without the model, the cast waits for the popup to ask (after it has shown the summary):
    // loading the model takes this thread for 0.1–0.4 s, and the popup, starting up and drawing
    // in the same process meanwhile, would wait for the CPU (measured: 0.1–0.2 s later).
    if (ready) timing.analysed = Date.now();
  }
  timing.handed = Date.now();
  await storage.setItem(handoverKey(tab.id), read).catch(() => undefined);
  return read;
}

/**
 * `openPopup` opens the popup set for the tab: set it for this tab, open it, and unset it again
 * so the next click reaches the worker too.
 */
async function openPopupFor(tab: ClickedTab & { id: number }, click: number): Promise<void> {
  const action = browser.action;
  // Not awaited: the browser runs an extension's calls in the order they were made, and the
  // popup opens one round trip sooner.
  const set = action.setPopup({ tabId: tab.id, popup: popupPath(tab.id, click) });
  try {
    await action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  } finally {
    await set.catch(() => undefined);
    await action.setPopup({ tabId: tab.id, popup: '' });
  }
}

function usable(read: ClickRead | null | undefined, tabId: number, click: number | null): read is ClickRead {
  if (!read || read.target?.id !== tabId || !read.result) return false;
  if (click !== null && read.click !== click) return false;
  return Date.now() - (read.timing?.clicked ?? 0) <= CLICK_READ_MAX_AGE_MS;
}

/**
 * The popup's (or side panel's) side: the worker's read of this tab on the click, if it made one;
 * null otherwise. `click` (the popup's `?click=`) says which click: the worker always reads on it,
 * so the popup waits for that read, from session storage (answered even while the worker is busy
 * loading the model) or, if storage fails, by message (answered null by a worker that has no read,
 * e.g. one restarted since).
 */
export async function takeClickRead(tabId: number, click: number | null = null): Promise<ClickRead | null> {
  const key = handoverKey(tabId);
  let unwatch: () => void = () => undefined;
  const fromStorage = new Promise<ClickRead>((resolve) => {
    unwatch = storage.watch<ClickRead>(key, (read) => {
      if (usable(read, tabId, click)) resolve(read);
    });
    void storage.getItem<ClickRead>(key).then((read) => usable(read, tabId, click) && resolve(read), () => undefined);
  });
  const fromMessage = (browser.runtime.sendMessage({ type: TAKE_CLICK_READ, tabId }) as Promise<ClickRead | null | undefined>).then(
    (read) => (usable(read, tabId, click) ? read : null),
    () => null,
  );
  // The message answers null when the worker has no read (a worker restarted since the click, a
  // read already taken): then only a read already stored counts.
  const storedNow = () => storage.getItem<ClickRead>(key).then((read) => (usable(read, tabId, click) ? read : null), () => null);
  const byMessage = fromMessage.then((read) => read ?? storedNow());
  try {
    return await Promise.race([fromStorage, byMessage]);
  } finally {
    unwatch();
    void storage.removeItem(key).catch(() => undefined);
  }
}
