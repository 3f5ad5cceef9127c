import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canKeepOpen, followActiveTab, keepOpen, watchSidePanels, type FollowReason } from '../../lib/platform/side-panel';

describe('Keep open (side panel / sidebar)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete (fakeBrowser as unknown as Record<string, unknown>).sidePanel;
    delete (fakeBrowser as unknown as Record<string, unknown>).sidebarAction;
  });

  it('is offered only where the browser has a side panel for extensions', () => {
    expect(canKeepOpen()).toBe(false);
    (fakeBrowser as unknown as Record<string, unknown>).sidePanel = { open: vi.fn(async () => undefined) };
    expect(canKeepOpen()).toBe(true);
  });

  it('opens Chrome’s side panel for the window, at once (a user action is needed)', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as Record<string, unknown>).sidePanel = { open };
    const opened = keepOpen({ id: 7, windowId: 3 });
    // Called synchronously, before anything was awaited.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    await opened;
    void keepOpen({ id: 7 });
    expect(open).toHaveBeenLastCalledWith({ tabId: 7 });
  });

  it('opens Firefox’s sidebar where there is no side panel', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as Record<string, unknown>).sidebarAction = { open };
    await keepOpen({ id: 7, windowId: 3 });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('the worker knows a window has a panel while the panel’s port is open, and asks the browser when it starts', async () => {
    const getContexts = vi.fn(async () => [{ windowId: 4 }]);
    (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = getContexts;
    // The fake has no ports: take the listener, and hand it ports by hand.
    type Port = { name: string; onDisconnect: { addListener(fn: () => void): void } };
    let onConnect: (port: Port) => void = () => undefined;
    const listen = vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(((fn: (port: Port) => void) => (onConnect = fn)) as never);
    const panels = watchSidePanels();
    expect(panels.knownOpenIn(4)).toBeUndefined();
    expect(await panels.isOpenIn(4)).toBe(true);
    expect(panels.knownOpenIn(4)).toBe(true);
    expect(panels.knownOpenIn(5)).toBe(false);
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['SIDE_PANEL'] });
    let closePort: () => void = () => undefined;
    onConnect({ name: 'lede:side-panel:5', onDisconnect: { addListener: (fn) => (closePort = fn) } });
    onConnect({ name: 'something-else', onDisconnect: { addListener: () => undefined } });
    expect(panels.knownOpenIn(5)).toBe(true);
    closePort();
    expect(panels.knownOpenIn(5)).toBe(false);
    listen.mockRestore();
    delete (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts;
  });

  describe('the panel follows its window’s active tab', () => {
    /** The browser's answer to "which tab is active", held until the test releases it. */
    function holdActiveTabQuery() {
      let answer: (tabs: { id: number }[]) => void = () => undefined;
      vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
      vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => new Promise((resolve) => (answer = resolve))) as never);
      return (tabs: { id: number }[]) => answer(tabs);
    }

    it('shows the active tab when it opens', async () => {
      const release = holdActiveTabQuery();
      const shown: [number, FollowReason][] = [];
      const following = followActiveTab((tabId, why) => shown.push([tabId, why]));
      await vi.waitFor(() => expect(fakeBrowser.tabs.query).toHaveBeenCalled());
      release([{ id: 2 }]);
      const stop = await following;
      expect(shown).toEqual([[2, 'start']]);
      stop();
    });

    it('a tab switch while the browser is still answering is not lost: the switched-to tab stays shown', async () => {
      const release = holdActiveTabQuery();
      const shown: [number, FollowReason][] = [];
      const following = followActiveTab((tabId, why) => shown.push([tabId, why]));
      await vi.waitFor(() => expect(fakeBrowser.tabs.query).toHaveBeenCalled());
      // The user switches tabs after the browser read the active tab (2) but before its answer arrives.
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
      release([{ id: 2 }]);
      const stop = await following;
      expect(shown).toEqual([[9, 'switch']]);
      // A switch in another window is not this panel's.
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: 5 });
      expect(shown).toEqual([[9, 'switch']]);
      stop();
    });
  });
});
