import { browser } from 'wxt/browser';
import { loadSettings } from './settings-storage';
import { hasHostPermission, hostPattern } from './site-permission';

/** The content script that reports loads of listed sites (entrypoints/auto-reader-ping.ts). */
const SCRIPT_ID = 'lede-auto-reader';
const SCRIPT_FILE = '/auto-reader-ping.js';

/**
 * Register the auto-reader content script for the listed sites Lede may read, update its sites, or
 * unregister it when there are none. Called when the worker starts, when the options page changes
 * the list, and when the user takes a site's permission away in the browser. The browser then runs
 * the script, and wakes the worker, on pages of those sites only.
 */
export async function syncAlwaysReaderScript(): Promise<void> {
  const scripting = browser.scripting;
  if (typeof scripting?.registerContentScripts !== 'function') return;
  const settings = await loadSettings();
  const granted: string[] = [];
  for (const host of settings.alwaysReaderSites) if (await hasHostPermission(host)) granted.push(hostPattern(host));
  const registered = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (granted.length === 0) {
    if (registered.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, js: [SCRIPT_FILE], matches: granted, runAt: 'document_idle' as const, allFrames: false };
  if (registered.length) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}

