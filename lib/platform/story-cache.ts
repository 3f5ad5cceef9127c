import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Story } from '../story/types';

/**
 * The last story read from each tab, in session storage (memory only, gone when the browser
 * closes), so the reader opened from the popup shows it at once instead of reading the page again.
 */
export interface CachedStory {
  url: string;
  story: Story;
  forced: boolean;
}

function key(tabId: number) {
  return `session:story:${tabId}` as const;
}

export async function cacheStory(tabId: number, entry: CachedStory): Promise<void> {
  try {
    await storage.setItem(key(tabId), entry);
  } catch {
    // No session storage (older browser): the reader reads the page again; nothing is lost.
  }
}

export async function cachedStory(tabId: number): Promise<CachedStory | null> {
  try {
    return await storage.getItem<CachedStory>(key(tabId));
  } catch {
    return null;
  }
}

/** Told to Lede's pages when a tab's story was read and cached: an open side panel showing that tab takes it. */
export const STORY_READ_MESSAGE = 'lede:story-read';

export function announceStoryRead(tabId: number): void {
  browser.runtime.sendMessage({ type: STORY_READ_MESSAGE, tabId }).catch(() => undefined);
}
