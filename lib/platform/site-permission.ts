import { browser } from 'wxt/browser';

/** The match pattern for one host: `*://host/*` (http and https). */
export function hostPattern(host: string): string {
  return `*://${host}/*`;
}

/**
 * Ask for one site's host permission. Must run inside the click that turned "always open in
 * reader" on: browsers only show the prompt during a user gesture.
 */
export async function requestSitePermission(host: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [hostPattern(host)] });
  } catch {
    return false;
  }
}

export async function releaseSitePermission(host: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [hostPattern(host)] });
  } catch {
    // Not granted or already gone: nothing to release.
  }
}

export async function hasSitePermission(url: string): Promise<boolean> {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return await hasHostPermission(hostname);
  } catch {
    return false;
  }
}

/** Has the user granted this host (http and https)? */
export async function hasHostPermission(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPattern(host)] });
  } catch {
    return false;
  }
}
