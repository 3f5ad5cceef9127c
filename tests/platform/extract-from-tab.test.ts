import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromTab, targetTab } from '../../lib/platform/extract-from-tab';
import { cachedStory, cacheStory } from '../../lib/platform/story-cache';
import type { ExtractResult, Story } from '../../lib/story/types';

type Injection = { result?: unknown }[];

/**
 * WXT's fake browser has no `scripting`: give it one whose answer each test sets. The page-signals
 * script (page-type stage) answers nothing unless a test gives signals: the result then stays as the engine gave it.
 */
function fakeScripting(answer: () => Promise<Injection>, signals?: Record<string, number>) {
  const executeScript = vi.fn((options: { target: { tabId: number }; files?: string[]; func?: unknown; args?: unknown[] }) =>
    options.files?.[0] === '/page-signals.js' ? Promise.resolve([signals ? { result: signals } : {}]) : answer(),
  );
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return executeScript;
}

const story = { title: 'T', text: 'x', html: '<p>x</p>', removed: [], wordCount: 400 } as unknown as Story;

describe('extractFromTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the engine script into the tab and returns its story', async () => {
    const executeScript = fakeScripting(async () => [{ result: { ok: true, story } satisfies ExtractResult }]);
    const result = await extractFromTab({ id: 7, url: 'https://news.example/a' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/extract-story.js'] });
    expect(result).toEqual({ state: 'story', tabId: 7, url: 'https://news.example/a', story, forced: false });
  });

  it('hands turned-off cleaning rules to the engine script first, and only then', async () => {
    const executeScript = fakeScripting(async () => [{ result: { ok: true, story } }]);
    await extractFromTab({ id: 7, url: 'https://news.example/a' }, { rules: { teasers: true, bylines: true } });
    // The engine, then the page-signals script of the page-type stage.
    expect(executeScript).toHaveBeenCalledTimes(2);
    await extractFromTab({ id: 7, url: 'https://news.example/a' }, { rules: { teasers: false, bylines: true } });
    expect(executeScript).toHaveBeenCalledTimes(5);
    const handOver = executeScript.mock.calls[2][0] as unknown as { func: (n: string, v: unknown) => void; args: [string, unknown] };
    expect(handOver.args).toEqual(['__ledeCleaningRules', { teasers: false, bylines: true }]);
    handOver.func(...handOver.args);
    expect((globalThis as Record<string, unknown>).__ledeCleaningRules).toEqual({ teasers: false, bylines: true });
    delete (globalThis as Record<string, unknown>).__ledeCleaningRules;
    expect(executeScript.mock.calls[3][0]).toMatchObject({ files: ['/extract-story.js'] });
    expect(executeScript.mock.calls[4][0]).toMatchObject({ files: ['/page-signals.js'] });
  });

  it('runs the page-type stage on the signals the second script reads, and passes the type on', async () => {
    const dated = { ...story, blocks: [], images: [], byline: 'Jane Roe', publishedTime: '2025-01-01', dateline: '' };
    const executeScript = fakeScripting(async () => [{ result: { ok: true, story: dated } }], { schemaNews: 1 });
    const result = await extractFromTab({ id: 7, url: 'https://news.example/a' });
    expect(executeScript.mock.calls[1][0]).toEqual({ target: { tabId: 7 }, files: ['/page-signals.js'] });
    // The fake story had no type: whatever the model says, the stage gave it one.
    const typed = result.state === 'story' ? result.story.pageType : result.state === 'not-article' ? result.pageType : undefined;
    expect(typed).toEqual(expect.any(String));
    // A refusal by type reaches the popup with its type.
    fakeScripting(async () => [{ result: { ok: false, reason: 'not an article', pageType: 'product', isNews: false } }]);
    expect(await extractFromTab({ id: 7, url: 'https://shop.example/p/1' })).toMatchObject({ state: 'not-article', pageType: 'product' });
  });

  it('uses the whole-page script for "open anyway"', async () => {
    const executeScript = fakeScripting(async () => [{ result: { ok: true, story } }]);
    const result = await extractFromTab({ id: 7, url: 'https://news.example/a' }, { wholePage: true });
    expect(executeScript.mock.calls[0][0]).toMatchObject({ files: ['/extract-page-anyway.js'] });
    expect(result).toMatchObject({ state: 'story', forced: true });
  });

  it('calls a page with too few words not a story, unless the whole page was asked for', async () => {
    const tiny = { ...story, wordCount: 12 };
    fakeScripting(async () => [{ result: { ok: true, story: tiny } }]);
    expect(await extractFromTab({ id: 1, url: 'https://x.example/' })).toMatchObject({ state: 'not-article' });
    expect(await extractFromTab({ id: 1, url: 'https://x.example/' }, { wholePage: true })).toMatchObject({ state: 'story', story: tiny });
  });

  it('turns engine failures into states', async () => {
    fakeScripting(async () => [{ result: { ok: false, reason: 'not an article' } }]);
    expect(await extractFromTab({ id: 1, url: 'https://x.example/' })).toMatchObject({ state: 'not-article' });
    fakeScripting(async () => [{ result: { ok: false, reason: 'page too large', detail: '9 MB' } }]);
    expect(await extractFromTab({ id: 1, url: 'https://x.example/' })).toEqual({
      state: 'error',
      message: 'This page is too large for Lede to read in time.',
      detail: '9 MB',
    });
    fakeScripting(async () => [{ result: { ok: false, reason: 'empty document' } }]);
    expect(await extractFromTab({ id: 1, url: 'https://x.example/' })).toMatchObject({ state: 'not-article' });
    fakeScripting(async () => [{}]);
    expect(await extractFromTab({ id: 1, url: 'https://x.example/' })).toMatchObject({ state: 'error' });
  });

  it('says "forbidden" without injecting on browser pages, and maps injection refusals', async () => {
    const executeScript = fakeScripting(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    expect(await extractFromTab({ id: 1, url: 'chrome://settings' })).toEqual({ state: 'forbidden', kind: 'browser-page' });
    expect(executeScript).not.toHaveBeenCalled();
    // The tab still shows the clicked page, visible to Lede: the browser itself refused.
    const shown = await fakeBrowser.tabs.create({ url: 'https://x.example/' });
    expect(await extractFromTab({ id: shown.id!, url: 'https://x.example/' })).toEqual({ state: 'forbidden', kind: 'other' });
    // The tab is on another page now (the grant is gone with it): the next click will work.
    expect(await extractFromTab({ id: shown.id!, url: 'https://x.example/earlier' })).toEqual({ state: 'click-again', why: 'navigated' });
    fakeScripting(async () => {
      throw new Error('No tab with id: 1');
    });
    expect(await extractFromTab({ id: 99_999, url: 'https://x.example/' })).toEqual({ state: 'error', message: 'The tab was closed.' });
  });

  it('an unexplained refusal while the tab still shows the clicked page: watches the tab, and a move to another site is "click again"', async () => {
    fakeScripting(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    // The browser has taken the grant back but not yet shown the new address; a moment later the tab has moved.
    const seen = [{ url: 'https://x.example/', status: 'complete' }, { url: 'https://x.example/', status: 'loading' }, { status: 'loading' }];
    let call = 0;
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => seen[Math.min(call++, seen.length - 1)]) as never);
    expect(await extractFromTab({ id: 5, url: 'https://x.example/' })).toEqual({ state: 'click-again', why: 'navigated' });
    get.mockRestore();
  });

  it('reads once more when the document went away under the script (a reload within the site keeps the grant)', async () => {
    let calls = 0;
    const executeScript = fakeScripting(async () => {
      calls++;
      if (calls === 1) throw new Error('Frame with ID 0 was removed.');
      return [{ result: { ok: true, story } }];
    });
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.example/' });
    expect(await extractFromTab({ id: tab.id!, url: 'https://x.example/' })).toMatchObject({ state: 'story' });
    // The engine and the page-type stage's signals script, injected together, twice (the first pair met the reload).
    expect(executeScript).toHaveBeenCalledTimes(4);
  });

  it('reads a loading page at once when asked, and marks the result partial', async () => {
    const executeScript = fakeScripting(async () => [{ result: { ok: true, story } }]);
    expect(await extractFromTab({ id: 7, url: 'https://news.example/a' }, { immediately: true })).toMatchObject({ state: 'story', partial: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/extract-story.js'], injectImmediately: true });
  });

  it('keeps the page type the engine recognised on a page that is not an article', async () => {
    fakeScripting(async () => [{ result: { ok: false, reason: 'not an article', pageType: 'product', isNews: false } }]);
    expect(await extractFromTab({ id: 1, url: 'https://shop.example/p/1' })).toMatchObject({ state: 'not-article', pageType: 'product' });
  });
});

describe('targetTab and the story cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes ?tabId= when given, else the active tab', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    const b = await fakeBrowser.tabs.create({ url: 'https://b.example/', active: true });
    expect(await targetTab(`?tabId=${a.id}`)).toMatchObject({ id: a.id, url: 'https://a.example/' });
    // The fake has no current window, so answer the popup's query for the active tab here.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [b]) as never);
    expect(await targetTab('')).toMatchObject({ id: b.id, url: 'https://b.example/' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await targetTab('?tabId=99999')).toBeNull();
  });

  it('keeps the last story per tab in session storage', async () => {
    expect(await cachedStory(3)).toBeNull();
    await cacheStory(3, { url: 'https://x.example/', story, forced: false });
    expect(await cachedStory(3)).toEqual({ url: 'https://x.example/', story, forced: false });
    expect(await cachedStory(4)).toBeNull();
  });
});
