import { describe, expect, it } from 'vitest';
import { classifyInjectionError, forbiddenKindOfUrl } from '../../lib/platform/page-access';

describe('pages the browser forbids', () => {
  it('recognises browser pages, extension stores and PDFs from the URL', () => {
    expect(forbiddenKindOfUrl('chrome://settings/')).toBe('browser-page');
    expect(forbiddenKindOfUrl('about:addons')).toBe('browser-page');
    expect(forbiddenKindOfUrl('chrome-extension://abc/popup.html')).toBe('browser-page');
    expect(forbiddenKindOfUrl('view-source:https://example.com/')).toBe('browser-page');
    expect(forbiddenKindOfUrl('https://chromewebstore.google.com/detail/x/y')).toBe('web-store');
    expect(forbiddenKindOfUrl('https://chrome.google.com/webstore/category/extensions')).toBe('web-store');
    expect(forbiddenKindOfUrl('https://addons.mozilla.org/en-US/firefox/')).toBe('web-store');
    expect(forbiddenKindOfUrl('https://example.com/report.pdf')).toBe('pdf');
    expect(forbiddenKindOfUrl('https://example.com/report.PDF?download=1')).toBe('pdf');
  });

  it('lets ordinary pages through, including ones that merely mention a store or a pdf', () => {
    expect(forbiddenKindOfUrl('https://www.juneauempire.com/news/story/')).toBeNull();
    expect(forbiddenKindOfUrl('https://example.com/pdf-tools/guide')).toBeNull();
    expect(forbiddenKindOfUrl('https://example.com/?q=chrome://flags')).toBeNull();
    expect(forbiddenKindOfUrl(undefined)).toBeNull();
  });

  it('does not take the empty document of a tab still loading its first page for a browser page', () => {
    expect(forbiddenKindOfUrl('about:blank', 'loading')).toBeNull();
    expect(forbiddenKindOfUrl('about:blank', 'complete')).toBe('browser-page');
  });

  const NO_GRANT = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
  const page = 'https://news.example/story';

  it('blames the browser for errors that say the browser refused', () => {
    const now = { url: page, status: 'complete' };
    expect(classifyInjectionError('Cannot access a chrome:// URL', 'chrome://settings', now)).toEqual({ state: 'forbidden', kind: 'browser-page' });
    expect(classifyInjectionError('The extensions gallery cannot be scripted.', page, now)).toEqual({ state: 'forbidden', kind: 'web-store' });
    expect(classifyInjectionError('Cannot access contents of url "https://x/y.pdf".', page, now)).toEqual({ state: 'forbidden', kind: 'pdf' });
    expect(classifyInjectionError('Cannot access contents of url "file:///home/a.html". Extension manifest must request permission to access this host.', 'file:///home/a.html', now)).toEqual({ state: 'forbidden', kind: 'file' });
    expect(classifyInjectionError('This page cannot be scripted due to an ExtensionsSettings policy.', page, now)).toEqual({ state: 'forbidden', kind: 'policy' });
  });

  it('blames the browser for a missing grant only when the tab still shows the page that was clicked', () => {
    expect(classifyInjectionError(NO_GRANT, page, { url: page, status: 'complete' })).toEqual({ state: 'forbidden', kind: 'other' });
    expect(classifyInjectionError('Missing host permission for the tab', page, { url: page })).toEqual({ state: 'forbidden', kind: 'other' });
  });

  it('a page that went to another site after the click is "click again", not forbidden', () => {
    // The browser hides the URL once the grant no longer covers the tab.
    expect(classifyInjectionError(NO_GRANT, page, { status: 'complete' })).toEqual({ state: 'click-again', why: 'navigated' });
    expect(classifyInjectionError(NO_GRANT, page, { url: 'https://other.example/', status: 'loading' })).toEqual({ state: 'click-again', why: 'navigated' });
    expect(classifyInjectionError('Frame with ID 0 was removed.', page, { url: page })).toEqual({ state: 'click-again', why: 'navigated' });
  });

  it('a click before the first page arrived is "click again"', () => {
    expect(classifyInjectionError(NO_GRANT, undefined, { status: 'loading' })).toEqual({ state: 'click-again', why: 'not-loaded-yet' });
    expect(classifyInjectionError(NO_GRANT, 'about:blank', { url: 'about:blank', status: 'loading' })).toEqual({ state: 'click-again', why: 'not-loaded-yet' });
  });

  it('the browser’s error page and a closed tab get their own answers', () => {
    expect(classifyInjectionError('Frame with ID 0 is showing error page', page, { url: page })).toEqual({ state: 'click-again', why: 'error-page' });
    expect(classifyInjectionError('No tab with id: 7.', page, null)).toEqual({ state: 'error', message: 'The tab was closed.' });
    expect(classifyInjectionError('Something else broke', page, { url: page })).toEqual({ state: 'error', message: 'Something else broke' });
  });
});
