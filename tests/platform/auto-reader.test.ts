import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openReaderIfAlwaysOn } from '../../lib/platform/auto-reader';
import { saveSettings } from '../../lib/platform/settings-storage';
import { cachedStory } from '../../lib/platform/story-cache';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Story } from '../../lib/story/types';

const story = { title: 'T', text: 'x', html: '<p>x</p>', removed: [], wordCount: 300 } as unknown as Story;

/** The fake browser lacks `permissions` and `scripting`: stand-ins whose answers each test sets. */
function fakeApis(granted: boolean) {
  const contains = vi.fn(async (_p: { origins: string[] }) => granted);
  const executeScript = vi.fn(async (_o: unknown) => [{ result: { ok: true, story } }]);
  Object.assign(fakeBrowser as unknown as Record<string, unknown>, { permissions: { contains }, scripting: { executeScript } });
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  return { contains, executeScript, create };
}

describe('always open in reader', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, alwaysReaderSites: ['news.example'] });
  });

  it('opens the reader for a listed site whose permission was granted, once per page', async () => {
    const { contains, create } = fakeApis(true);
    const tab = { id: 5, index: 2, url: 'https://news.example/story-1' };
    expect(await openReaderIfAlwaysOn(tab)).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['*://news.example/*'] });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0]).toMatchObject({ index: 3, openerTabId: 5 });
    expect(String(create.mock.calls[0][0].url)).toMatch(/\/reader\.html\?tabId=5$/);
    expect(await cachedStory(5)).toMatchObject({ url: tab.url, story });
    expect(await openReaderIfAlwaysOn(tab)).toBe(false);
    expect(await openReaderIfAlwaysOn({ ...tab, url: 'https://news.example/story-2' })).toBe(true);
  });

  it('does nothing for other sites, without permission, or on non-web pages', async () => {
    const granted = fakeApis(true);
    expect(await openReaderIfAlwaysOn({ id: 1, url: 'https://other.example/a' })).toBe(false);
    expect(await openReaderIfAlwaysOn({ id: 1, url: 'chrome://settings' })).toBe(false);
    expect(granted.executeScript).not.toHaveBeenCalled();
    const refused = fakeApis(false);
    expect(await openReaderIfAlwaysOn({ id: 1, url: 'https://news.example/a' })).toBe(false);
    expect(refused.executeScript).not.toHaveBeenCalled();
  });
});

describe('the auto-reader content script', () => {
  /** Stand-ins for scripting's registration calls, keeping what is registered. */
  function fakeRegistration(granted: (origin: string) => boolean) {
    let registered: { id: string; js: string[]; matches: string[] }[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => void (registered = [...registered, ...scripts])),
      updateContentScripts: vi.fn(async (scripts: typeof registered) => void (registered = registered.map((s) => scripts.find((n) => n.id === s.id) ?? s))),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id)))),
    };
    const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every(granted));
    Object.assign(fakeBrowser as unknown as Record<string, unknown>, { permissions: { contains }, scripting });
    return { scripting, registered: () => registered };
  }

  beforeEach(() => fakeBrowser.reset());

  it('runs only on the listed sites Lede may read, and is gone when none is left', async () => {
    const { syncAlwaysReaderScript } = await import('../../lib/platform/auto-reader-script');
    const fake = fakeRegistration((origin) => origin !== '*://refused.example/*');
    await saveSettings({ ...DEFAULT_SETTINGS, alwaysReaderSites: ['news.example', 'refused.example'] });
    await syncAlwaysReaderScript();
    expect(fake.registered()).toHaveLength(1);
    expect(fake.registered()[0].matches).toEqual(['*://news.example/*']);
    await saveSettings({ ...DEFAULT_SETTINGS, alwaysReaderSites: ['news.example', 'daily.example'] });
    await syncAlwaysReaderScript();
    expect(fake.scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(fake.registered()[0].matches).toEqual(['*://news.example/*', '*://daily.example/*']);
    await saveSettings({ ...DEFAULT_SETTINGS, alwaysReaderSites: ['refused.example'] });
    await syncAlwaysReaderScript();
    expect(fake.registered()).toEqual([]);
  });

  it('registers nothing when no site is listed', async () => {
    const { syncAlwaysReaderScript } = await import('../../lib/platform/auto-reader-script');
    const fake = fakeRegistration(() => true);
    await saveSettings(DEFAULT_SETTINGS);
    await syncAlwaysReaderScript();
    expect(fake.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(fake.registered()).toEqual([]);
  });
});
