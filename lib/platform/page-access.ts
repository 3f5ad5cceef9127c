/**
 * Why Lede could not run its script in a tab, told apart so that the popup blames the browser only
 * when the browser did refuse.
 *
 * The browser refuses for good on its own pages, the extension stores, the PDF viewer, files (until
 * the user allows file access) and sites an administrator's policy protects: `forbidden`, with a
 * message that says so. Recognised from the URL first (the popup can say so at once), and from the
 * error `scripting.executeScript` gives when the URL did not tell.
 *
 * Chromium gives the same error ("Cannot access contents of the page. Extension manifest must
 * request permission to access the respective host.") when the click's `activeTab` grant no longer
 * covers the document in the tab: the page went to another site after the click (a redirect, a
 * link), or nothing had loaded yet when the click came (a new tab whose first page was still on its
 * way; the grant was for the empty document before it). Those pages are ordinary pages that Lede
 * could read on the next click, and saying "the browser doesn't let Lede read this page" there
 * was wrong (issue 13: 5 of 257 clicks on real pages clicked one after another). They are
 * `click-again`, decided from what the tab is now: the browser shows a tab's URL to Lede only while
 * the grant covers it, so a URL that is gone or different means the page changed.
 */
export type ForbiddenKind = 'browser-page' | 'web-store' | 'pdf' | 'file' | 'policy' | 'other';

/** Why a click's read found no page it could read now, although the next click could. */
export type ClickAgainReason = 'navigated' | 'not-loaded-yet' | 'error-page';

export type InjectionFailure =
  | { state: 'forbidden'; kind: ForbiddenKind }
  | { state: 'click-again'; why: ClickAgainReason }
  | { state: 'error'; message: string };

/** What the tab is after the failed injection (null: the tab is gone). */
export interface TabNow {
  url?: string;
  status?: string;
}

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|chrome-error|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|javascript|blob):/i;

/** Extension galleries: both browsers refuse scripts there to protect installs. */
const WEB_STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/**
 * The URL the click was on, when that alone says the browser will refuse. `about:blank` while the
 * tab is loading is not a browser page: it is the empty document before the first page arrives.
 */
export function forbiddenKindOfUrl(url: string | undefined, status?: string): ForbiddenKind | null {
  if (!url) return null;
  if (/^about:blank$/i.test(url) && status === 'loading') return null;
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((pattern) => pattern.test(url))) return 'web-store';
  if (/^[a-z]+:\/\/[^?#]+\.pdf([?#].*)?$/i.test(url)) return 'pdf';
  return null;
}

/** The generic "no access to this document" error of Chromium and Firefox. */
const NO_GRANT = /Cannot access contents of|Missing host permission|must request permission|permission to access/i;

/** The document went away while the script ran or before it started (a navigation, a reload). */
const DOCUMENT_GONE = /Frame with ID \d+ was removed|No frame with id|frame was removed|document (was|is) unloaded|was unloaded|navigated away/i;

export function documentWentAway(message: string): boolean {
  return DOCUMENT_GONE.test(message);
}

/**
 * Sort an injection error. `clickedUrl` is the tab's URL at the click (undefined when the browser
 * gave none: nothing loaded yet, or no grant); `now` is the tab after the error.
 */
export function classifyInjectionError(message: string, clickedUrl: string | undefined, now: TabNow | null): InjectionFailure {
  if (/gallery cannot be scripted|webstore|addons\.mozilla/i.test(message)) return { state: 'forbidden', kind: 'web-store' };
  if (/showing error page|chrome-error:/i.test(message)) return { state: 'click-again', why: 'error-page' };
  if (/Cannot access a (chrome|chrome-extension|edge|about|devtools|chrome-untrusted):|Cannot access (a )?(chrome|about):|moz-extension:/i.test(message)) {
    return { state: 'forbidden', kind: 'browser-page' };
  }
  if (/policy|blocked_hosts/i.test(message)) return { state: 'forbidden', kind: 'policy' };
  if (/file:\/\//i.test(message)) return { state: 'forbidden', kind: 'file' };
  if (/\.pdf\b|pdf viewer/i.test(message)) return { state: 'forbidden', kind: 'pdf' };
  if (/No tab with id|tab was closed/i.test(message) || now === null) return { state: 'error', message: 'The tab was closed.' };
  if (DOCUMENT_GONE.test(message)) return { state: 'click-again', why: 'navigated' };
  if (NO_GRANT.test(message)) {
    const nothingYet = !clickedUrl || /^about:blank$/i.test(clickedUrl);
    if (nothingYet && (now.status === 'loading' || !now.url || /^about:blank$/i.test(now.url))) return { state: 'click-again', why: 'not-loaded-yet' };
    if (!now.url || now.url !== clickedUrl) return { state: 'click-again', why: 'navigated' };
    // Still the page that was clicked, still visible to Lede, and still refused: the browser's own decision.
    const byUrl = forbiddenKindOfUrl(now.url);
    return { state: 'forbidden', kind: byUrl ?? 'other' };
  }
  return { state: 'error', message };
}

export const FORBIDDEN_MESSAGES: Record<ForbiddenKind, string> = {
  'browser-page': 'This is one of the browser’s own pages. Browsers don’t let extensions read them.',
  'web-store': 'Browsers don’t let extensions read the extension store.',
  pdf: 'This looks like a PDF. The browser’s PDF viewer can’t be read by extensions.',
  file: 'This is a file on your computer. The browser lets extensions read files only when “Allow access to file URLs” is on for Lede in the extensions page.',
  policy: 'Your browser’s settings (set by an administrator) don’t let extensions read this site.',
  other: 'The browser doesn’t let Lede read this page.',
};

/** What the popup says when the next click would work: nothing here blames the browser. */
export const CLICK_AGAIN_MESSAGES: Record<ClickAgainReason, { title: string; message: string }> = {
  navigated: {
    title: 'The page changed after your click',
    message: 'It went to another address, so Lede no longer has access to it. Click Lede’s button again to read the page that is open now.',
  },
  'not-loaded-yet': {
    title: 'The page hadn’t arrived yet',
    message: 'Nothing of it had loaded when you clicked. Click Lede’s button again once the page shows.',
  },
  'error-page': {
    title: 'The page didn’t load',
    message: 'The browser is showing its own error page instead. Reload the page, then click Lede’s button again.',
  },
};
