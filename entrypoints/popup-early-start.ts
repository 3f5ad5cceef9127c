import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopupEarly } from '../lib/platform/popup-early-start';

/**
 * A classic script at the top of the popup's page (`<script src="/popup-early-start.js">` in
 * entrypoints/popup/index.html), built on its own: it runs while the page is still being parsed,
 * before the popup's module bundle has loaded. See lib/platform/popup-early-start.ts.
 */
export default defineUnlistedScript(() => {
  startPopupEarly();
});
