import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPopupEarly, takeEarlyActiveTab, WARM_MESSAGE } from '../../lib/platform/popup-early-start';

type Scope = { chrome?: unknown; browser?: unknown };

function fakeChrome() {
  return {
    runtime: { sendMessage: vi.fn(async () => ({ ok: true })) },
    tabs: { query: vi.fn(async () => [{ id: 7, url: 'https://news.example/a', index: 2 }]) },
  };
}

describe('popup early start', () => {
  const scope = globalThis as Scope;
  const saved = { chrome: scope.chrome, browser: scope.browser };
  afterEach(() => {
    scope.chrome = saved.chrome;
    scope.browser = saved.browser;
    takeEarlyActiveTab();
  });

  it('wakes the worker and looks up the active tab, which the main bundle takes once', async () => {
    const chrome = fakeChrome();
    scope.browser = undefined;
    scope.chrome = chrome;
    startPopupEarly('');
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ type: WARM_MESSAGE });
    expect(chrome.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await expect(takeEarlyActiveTab()).resolves.toEqual({ id: 7, url: 'https://news.example/a', index: 2 });
    expect(takeEarlyActiveTab()).toBeUndefined();
  });

  it('leaves the tab to the page when it was opened for a given tab (?tabId=)', () => {
    const chrome = fakeChrome();
    scope.browser = undefined;
    scope.chrome = chrome;
    startPopupEarly('?tabId=12');
    expect(chrome.runtime.sendMessage).toHaveBeenCalled();
    expect(chrome.tabs.query).not.toHaveBeenCalled();
    expect(takeEarlyActiveTab()).toBeUndefined();
  });

  it('does nothing, and throws nothing, outside an extension page', () => {
    scope.browser = undefined;
    scope.chrome = undefined;
    expect(() => startPopupEarly('')).not.toThrow();
    expect(takeEarlyActiveTab()).toBeUndefined();
  });

  it('swallows a failed tab lookup until the main bundle asks (no unhandled rejection)', async () => {
    const chrome = fakeChrome();
    chrome.tabs.query.mockRejectedValueOnce(new Error('no window'));
    scope.browser = undefined;
    scope.chrome = chrome;
    startPopupEarly('');
    await expect(takeEarlyActiveTab()).rejects.toThrow('no window');
  });
});
