/**
 * Pages the browser does not let any extension script: its own pages, the extension stores, the
 * PDF viewer. Recognised from the URL first (so the popup can say so at once), and from the error
 * `scripting.executeScript` gives when the URL did not tell.
 */
export type ForbiddenKind = 'browser-page' | 'web-store' | 'pdf' | 'other';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|javascript|blob):/i;

/** Extension galleries: both browsers refuse scripts there to protect installs. */
const WEB_STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

export function forbiddenKindOfUrl(url: string | undefined): ForbiddenKind | null {
  if (!url) return null;
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((pattern) => pattern.test(url))) return 'web-store';
  if (/^[a-z]+:\/\/[^?#]+\.pdf([?#].*)?$/i.test(url)) return 'pdf';
  return null;
}

/** Maps the messages Chromium and Firefox give for an unscriptable tab; null for other errors. */
export function forbiddenKindOfError(message: string): ForbiddenKind | null {
  if (/gallery cannot be scripted|webstore|addons\.mozilla/i.test(message)) return 'web-store';
  if (/chrome:\/\/|chrome-extension:\/\/|about:|Missing host permission|Cannot access|cannot be scripted|permission to access/i.test(message)) {
    return /pdf/i.test(message) ? 'pdf' : 'other';
  }
  return null;
}

export const FORBIDDEN_MESSAGES: Record<ForbiddenKind, string> = {
  'browser-page': 'This is one of the browser’s own pages. Browsers don’t let extensions read them.',
  'web-store': 'Browsers don’t let extensions read the extension store.',
  pdf: 'This looks like a PDF. The browser’s PDF viewer can’t be read by extensions.',
  other: 'The browser doesn’t let Lede read this page.',
};
