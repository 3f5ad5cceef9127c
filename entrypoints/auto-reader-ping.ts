import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AUTO_READER_LOADED } from '../lib/platform/auto-reader-message';

/**
 * Registered as a content script for the sites the user set to "always open in reader", and only
 * for those (lib/platform/auto-reader.ts): it tells the worker that a page of such a site has
 * loaded. Listening to every tab's loads instead woke Chrome's worker on every page of every site.
 * It reads nothing of the page.
 */
export default defineUnlistedScript(() => {
  void browser.runtime.sendMessage({ type: AUTO_READER_LOADED }).catch(() => undefined);
});
