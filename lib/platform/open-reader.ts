import { browser } from 'wxt/browser';

/**
 * The reader is an extension page in a new tab beside the story's tab: `reader.html?tabId=N`.
 * `wholePage` asks it to take the whole page when the engine found no story ("open anyway").
 */
export function readerUrl(tabId: number, options: { wholePage?: boolean } = {}): string {
  const params = new URLSearchParams({ tabId: String(tabId) });
  if (options.wholePage) params.set('wholePage', '1');
  return browser.runtime.getURL(`/reader.html?${params}` as '/reader.html');
}

export async function openReader(tab: { id?: number; index?: number }, options: { wholePage?: boolean } = {}): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({
    url: readerUrl(tab.id, options),
    index: tab.index === undefined ? undefined : tab.index + 1,
    openerTabId: tab.id,
    active: true,
  });
}

/** Back from the reader to the story's own tab (the reader tab closes). */
export async function returnToTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.update(tabId, { active: true });
  } catch {
    return;
  }
  const current = await browser.tabs.getCurrent();
  if (current?.id !== undefined) await browser.tabs.remove(current.id);
}
