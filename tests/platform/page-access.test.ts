import { describe, expect, it } from 'vitest';
import { forbiddenKindOfError, forbiddenKindOfUrl } from '../../lib/platform/page-access';

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

  it('maps the browsers’ injection errors', () => {
    expect(forbiddenKindOfError('Cannot access a chrome:// URL')).toBe('other');
    expect(forbiddenKindOfError('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(forbiddenKindOfError('Cannot access contents of url "https://x/y.pdf".')).toBe('pdf');
    expect(forbiddenKindOfError('Missing host permission for the tab')).toBe('other');
    expect(forbiddenKindOfError('Frame with ID 0 was removed.')).toBeNull();
  });
});
