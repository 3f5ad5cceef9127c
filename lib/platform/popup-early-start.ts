/**
 * The first things the popup does, started before its main bundle has loaded.
 *
 * `entrypoints/popup-early-start.ts` runs this from a small classic script at the top of the page:
 * on the first click of a session the main bundle (Preact, the views, settings) takes ~0.2 s to
 * load and compile, and until it runs nothing else would start. This module has no imports, so its
 * script runs as soon as it is fetched, and starts in parallel:
 * - waking the background worker and asking it to load the entity model and compile the language
 *   stage (it is then ready, or nearer, when the story arrives);
 * - asking for the active tab (the first extension call of a fresh popup costs ~0.1 s).
 * The main bundle takes the tab promise from a global; when the global is not there (the page was
 * opened with ?tabId=, or this script did not run first), it asks itself.
 */
export const WARM_MESSAGE = 'lede:warm-language';

const EARLY_GLOBAL = '__ledePopupEarlyStart';

/** The active tab as the tabs API returns it (only the fields the popup reads). */
export interface EarlyTab {
  id?: number;
  url?: string;
  index?: number;
}

interface ExtensionApi {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | void };
  tabs?: { query(query: { active: boolean; currentWindow: boolean }): Promise<EarlyTab[]> };
}

/** Firefox's `browser`, or Chrome's `chrome` (both return promises in Lede's manifests). */
function extensionApi(): ExtensionApi | undefined {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

export function startPopupEarly(search: string = location.search): void {
  const api = extensionApi();
  if (!api?.runtime || !api.tabs) return;
  try {
    void Promise.resolve(api.runtime.sendMessage({ type: WARM_MESSAGE })).catch(() => undefined);
  } catch {
    // No worker to wake: the main bundle's own request fails visibly later.
  }
  if (new URLSearchParams(search).has('tabId')) return;
  const activeTab = Promise.resolve(api.tabs.query({ active: true, currentWindow: true })).then(([tab]) => tab);
  activeTab.catch(() => undefined); // the main bundle reports failures; no unhandled rejection here
  (globalThis as Record<string, unknown>)[EARLY_GLOBAL] = activeTab;
}

/** The early active-tab request, once (a retry asks again). */
export function takeEarlyActiveTab(): Promise<EarlyTab | undefined> | undefined {
  const scope = globalThis as Record<string, unknown>;
  const activeTab = scope[EARLY_GLOBAL] as Promise<EarlyTab | undefined> | undefined;
  delete scope[EARLY_GLOBAL];
  return activeTab;
}
