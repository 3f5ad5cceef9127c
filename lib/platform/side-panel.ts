import { browser } from 'wxt/browser';
import { STORY_READ_MESSAGE } from './story-cache';

/**
 * "Keep open": the popup's view beside the page, in Chrome's side panel (`sidePanel`, Chrome 114+,
 * the manifest's `side_panel` from WXT's sidepanel entrypoint) or Firefox's sidebar
 * (`sidebar_action`, the same page). Both browsers open it only in answer to a user action, so
 * the call is made at once in the button's click handler, before anything is awaited.
 *
 * The panel has no access of its own: it shows pages the user clicked Lede on (activeTab grants
 * them, as for the popup; the grant lasts while the tab stays on that site), and asks for a click
 * on any other tab (entrypoints/sidepanel/).
 */
interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
  isOpen?(details: { windowId?: number }): Promise<boolean>;
}

function sidePanelApi(): SidePanelApi | undefined {
  const api = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  return typeof api?.open === 'function' ? api : undefined;
}

function sidebarApi(): SidebarActionApi | undefined {
  const api = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  return typeof api?.open === 'function' ? api : undefined;
}

/** Can this browser keep Lede open beside the page? */
export function canKeepOpen(): boolean {
  return Boolean(sidePanelApi() ?? sidebarApi());
}

/** Open the side panel / sidebar for the window of `tab`. Call straight from a click handler. */
export function keepOpen(tab: { id: number; windowId?: number }): Promise<void> {
  const panel = sidePanelApi();
  if (panel) return panel.open(tab.windowId === undefined ? { tabId: tab.id } : { windowId: tab.windowId });
  const sidebar = sidebarApi();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}

/** Sent by the worker (Chrome) when the toolbar was clicked while a side panel is open in that window. */
export const PANEL_CLICK_MESSAGE = 'lede:panel-click';

/** The port an open side panel holds to the worker, named with its window's id. */
const PANEL_PORT = 'lede:side-panel:';

export interface PanelClick {
  type: typeof PANEL_CLICK_MESSAGE;
  tabId: number;
  windowId?: number;
  /** Which click: the panel takes the worker's read of this one. */
  click?: number;
}

/**
 * The worker's knowledge of open side panels, by window (Chrome). A panel says it is open through a
 * port, which closes with it. A worker restarted since (Chrome stops idle workers) has lost those
 * ports: it asks the browser for the extension's open side panels (`runtime.getContexts`, Chrome
 * 116+) once, when it starts, and a click that comes before the answer waits for it.
 */
export interface SidePanels {
  /** Whether a panel is open in the window, once the worker knows (undefined: not yet, see isOpenIn). */
  knownOpenIn: (windowId: number | undefined) => boolean | undefined;
  isOpenIn: (windowId: number | undefined) => Promise<boolean>;
}

export function watchSidePanels(): SidePanels {
  const open = new Set<number>();
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { contextTypes: string[] }) => Promise<{ windowId?: number }[]>;
  };
  const known: Promise<void> =
    typeof runtime.getContexts === 'function'
      ? runtime
          .getContexts({ contextTypes: ['SIDE_PANEL'] })
          .then((contexts) => contexts.forEach((context) => context.windowId !== undefined && context.windowId >= 0 && open.add(context.windowId)))
          .catch(() => undefined)
      : Promise.resolve();
  let settled = false;
  void known.then(() => (settled = true));
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(PANEL_PORT)) return;
    const windowId = Number(port.name.slice(PANEL_PORT.length));
    if (!Number.isInteger(windowId)) return;
    open.add(windowId);
    port.onDisconnect.addListener(() => open.delete(windowId));
  });
  return {
    knownOpenIn: (windowId) => (windowId === undefined ? false : settled ? open.has(windowId) : undefined),
    isOpenIn: async (windowId) => {
      if (windowId === undefined) return false;
      if (!settled) await known;
      return open.has(windowId);
    },
  };
}

/** The panel's side: tell the worker this window has a panel open (for as long as the page lives). */
export function announcePanel(windowId: number): void {
  const connect = () => {
    try {
      // A worker that Chrome stops drops the port; it finds the panel again when it restarts
      // (watchSidePanels), so the port is not reopened here (that would keep the worker running).
      browser.runtime.connect({ name: `${PANEL_PORT}${windowId}` });
    } catch {
      // No worker to tell: clicks open the popup as usual.
    }
  };
  connect();
}

export type FollowReason = 'start' | 'switch' | 'load' | 'click' | 'read';

/**
 * The panel's side: follow the window's active tab. Calls `onTab` with the tab to show and why:
 * the panel opened; the user switched tabs; the shown tab finished loading a page; the toolbar was
 * clicked in this window (the worker has read the tab: take its read); the popup read a tab here.
 * Returns a function that stops following.
 */
export async function followActiveTab(onTab: (tabId: number, why: FollowReason, click?: number) => void): Promise<() => void> {
  const window = await browser.windows.getCurrent();
  const windowId = window.id;
  let shown: number | null = null;
  // The address of the shown tab as Lede last saw it (undefined without access).
  let shownUrl: string | undefined;
  const urlOf = (tabId: number) => browser.tabs.get(tabId).then((tab) => tab?.url, () => undefined);
  const show = (tabId: number, why: FollowReason, click?: number) => {
    shown = tabId;
    void urlOf(tabId).then((url) => shown === tabId && (shownUrl = url));
    onTab(tabId, why, click);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) show(info.tabId, 'switch');
  };
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (tabId !== shown || change.status !== 'complete') return;
    // Loaded: a new page in the shown tab is shown (or a click asked for); the same page stays as it is.
    void urlOf(tabId).then((url) => {
      if (tabId === shown && (url === undefined || url !== shownUrl)) show(tabId, 'load');
    });
  };
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, tabId, windowId: from, click } = message as { type?: unknown; tabId?: unknown; windowId?: unknown; click?: unknown };
    if (typeof tabId !== 'number') return undefined;
    if (type === PANEL_CLICK_MESSAGE && from === windowId) {
      show(tabId, 'click', typeof click === 'number' ? click : undefined);
      // The worker opens the popup unless a panel answers this.
      sendResponse({ shown: true });
    }
    if (type === STORY_READ_MESSAGE && tabId === shown) show(tabId, 'read');
    return undefined;
  };
  // Listen first, then ask which tab is active: a tab switch between the browser's answer and the
  // listeners would otherwise be lost, and the panel would stay on the tab it started with. A switch
  // seen before the answer arrives is newer than the answer, so the answer then changes nothing.
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  const [active] = await browser.tabs.query({ active: true, windowId }).catch(() => []);
  if (active?.id !== undefined && shown === null) show(active.id, 'start');
  if (windowId !== undefined) announcePanel(windowId);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
