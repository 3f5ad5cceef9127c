import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { extractFromTab } from './extract-from-tab';
import { openReader } from './open-reader';
import { loadSettings } from './settings-storage';
import { AUTO_READER_LOADED } from './auto-reader-message';
import { syncAlwaysReaderScript } from './auto-reader-script';
import { hasSitePermission } from './site-permission';
import { cacheStory } from './story-cache';

/**
 * "Always open in reader": when a page of a listed site has loaded (its content script says so),
 * read it and, if it is a story, open the reader beside it. Only sites whose permission the user granted can be read
 * (the browser hides other tabs' URLs from us), and each page opens the reader once.
 */
export async function openReaderIfAlwaysOn(tab: { id?: number; url?: string; index?: number }): Promise<boolean> {
  if (tab.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return false;
  const { hostname } = new URL(tab.url);
  const settings = await loadSettings();
  if (!settings.alwaysReaderSites.includes(hostname)) return false;
  if (!(await hasSitePermission(tab.url))) return false;
  const seenKey = `session:auto-reader:${tab.id}` as const;
  if ((await storage.getItem<string>(seenKey)) === tab.url) return false;
  await storage.setItem(seenKey, tab.url);
  const result = await extractFromTab({ id: tab.id, url: tab.url, index: tab.index }, { rules: settings.cleaning });
  if (result.state !== 'story') return false;
  await cacheStory(tab.id, { url: result.url, story: result.story, forced: false });
  await openReader(tab);
  return true;
}

export function watchForAlwaysReaderSites(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number; url?: string; index?: number } }) => {
    if ((message as { type?: unknown } | null)?.type !== AUTO_READER_LOADED || !sender.tab) return undefined;
    void openReaderIfAlwaysOn(sender.tab).catch(() => false);
    return undefined;
  });
  const sync = () => void syncAlwaysReaderScript().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
