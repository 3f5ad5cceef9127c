import { browser } from 'wxt/browser';

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

export interface PanelClick {
  type: typeof PANEL_CLICK_MESSAGE;
  tabId: number;
  windowId?: number;
}

/**
 * Is a Lede side panel open in this window? (Chrome 116+ lists an extension's open pages with
 * `runtime.getContexts`; the worker asks on each click, so a panel closed while the worker was
 * stopped is never taken for open.)
 */
export async function sidePanelOpenIn(windowId: number | undefined): Promise<boolean> {
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { contextTypes: string[]; windowIds?: number[] }) => Promise<unknown[]>;
  };
  if (windowId === undefined || typeof runtime.getContexts !== 'function') return false;
  try {
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'], windowIds: [windowId] })).length > 0;
  } catch {
    return false;
  }
}
