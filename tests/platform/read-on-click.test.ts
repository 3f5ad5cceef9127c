import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readOnToolbarClick, takeClickRead, type ReadOnClickDeps } from '../../lib/platform/read-on-click';
import { readTabWithSettings } from '../../lib/platform/read-tab';
import { rememberRecentAnalyses } from '../../lib/platform/recent-analyses';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { Story } from '../../lib/story/types';

const story = { title: 'T', text: 'Ann Lee spoke.', lang: 'en', html: '<p>Ann Lee spoke.</p>', removed: [], wordCount: 400 } as unknown as Story;
const TAB = { id: 7, url: 'https://news.example/a', index: 2, windowId: 1 };

/** What the worker's browser does on the click: the action's popup calls, and the tab's scripting. */
function fakeChrome(options: { noOpenPopup?: boolean; openPopup?: () => Promise<void> } = {}) {
  const calls: string[] = [];
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setPopup = vi.fn(async ({ popup }: { tabId: number; popup: string }) => void calls.push(`setPopup ${popup}`));
  action.openPopup = options.noOpenPopup
    ? undefined
    : vi.fn(async () => {
        calls.push('openPopup');
        await options.openPopup?.();
      });
  const executeScript = vi.fn(async (o: { files?: string[] }): Promise<{ result?: unknown }[]> => {
    calls.push('executeScript');
    // The page-type stage's signals script answers nothing here: the story stays as the engine gave it.
    return o.files?.[0] === '/page-signals.js' ? [{}] : [{ result: { ok: true, story } }];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { calls, executeScript };
}

function deps(settings: Settings = DEFAULT_SETTINGS, modelLoaded = true) {
  return {
    loadSettings: async () => settings,
    analyse: vi.fn<ReadOnClickDeps['analyse']>(() => ({ summary: ['Ann Lee spoke.'], actors: [] })),
    summarise: vi.fn<ReadOnClickDeps['summarise']>(() => ['Ann Lee spoke.']),
    modelReady: () => modelLoaded,
    openReader: vi.fn<ReadOnClickDeps['openReader']>(async () => undefined),
  } satisfies ReadOnClickDeps;
}

describe('the toolbar click read by the worker (Chrome)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the popup for the tab, reads the tab and analyses its story at once, and hands both over once', async () => {
    const { calls } = fakeChrome();
    const d = deps({ ...DEFAULT_SETTINGS, summaryLength: 'long' });
    readOnToolbarClick(d);
    // The declared popup is unset when the worker starts: clicks come to the worker from now on.
    expect(calls).toEqual(['setPopup ']);
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    // The popup is asked for before anything else happens, for this click.
    expect(calls[1]).toMatch(/^setPopup popup\.html\?tabId=7&click=\d+$/);
    expect(calls[2]).toBe('openPopup');
    const click = Number(calls[1].split('click=')[1]);
    const read = await takeClickRead(7, click);
    expect(read?.timing?.clicked).toBe(click);
    expect(read?.timing?.handed).toBeGreaterThanOrEqual(read?.timing?.read ?? Infinity);
    delete read?.timing;
    expect(read).toEqual({
      click,
      target: { id: 7, url: TAB.url, index: 2, windowId: 1, status: undefined },
      result: { state: 'story', tabId: 7, url: TAB.url, story, forced: false },
      settings: { ...DEFAULT_SETTINGS, summaryLength: 'long' },
      analysis: { summary: ['Ann Lee spoke.'], actors: [] },
    });
    expect(d.analyse).toHaveBeenCalledWith({ title: 'T', text: 'Ann Lee spoke.', lang: 'en', blocks: undefined }, { summarySentences: 7 });
    expect(d.summarise).not.toHaveBeenCalled();
    // The popup is unset again, so the next click reaches the worker too.
    await vi.waitFor(() => expect(calls.at(-1)).toBe('setPopup '));
    expect(await takeClickRead(7)).toBeNull();
  });

  it('in a worker without the entity model yet: hands over the summary alone, and leaves the model for the popup to ask for', async () => {
    fakeChrome();
    const d = deps(DEFAULT_SETTINGS, false);
    readOnToolbarClick(d);
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    const read = await takeClickRead(7);
    expect(read).toMatchObject({ summaryOnly: true, analysis: { summary: ['Ann Lee spoke.'] } });
    expect(read?.analysis?.actors).toBeUndefined();
    // The whole analysis (and the model) waits for the popup's request, made once it shows the summary.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(d.analyse).not.toHaveBeenCalled();
  });

  it('hands the read over through session storage, so a worker busy loading its model does not hold the popup up', async () => {
    fakeChrome();
    readOnToolbarClick(deps(DEFAULT_SETTINGS, false));
    // The worker's message channel is silent (busy): only storage answers.
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => new Promise(() => undefined)) as never);
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    const read = await takeClickRead(7);
    expect(read?.result.state).toBe('story');
    send.mockRestore();
  });

  it('has nothing to hand to a popup for another tab', async () => {
    fakeChrome();
    readOnToolbarClick(deps());
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    expect(await takeClickRead(8)).toBeNull();
    expect(await takeClickRead(7)).not.toBeNull();
  });

  it('does not hand over a read older than half a minute (the page may have changed since)', async () => {
    fakeChrome();
    readOnToolbarClick(deps());
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await fakeBrowser.action.onClicked.trigger(TAB as never);
      vi.setSystemTime(Date.now() + 31_000);
      expect(await takeClickRead(7)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands over a page that is not a story without analysing it', async () => {
    const { executeScript } = fakeChrome();
    executeScript.mockImplementation(async () => [{ result: { ok: false, reason: 'not an article' } }]);
    const d = deps();
    readOnToolbarClick(d);
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    expect(await takeClickRead(7)).toMatchObject({ result: { state: 'not-article' } });
    expect(d.analyse).not.toHaveBeenCalled();
  });

  it('hands over the story without analysis when the language stage fails', async () => {
    fakeChrome();
    const d = deps();
    d.analyse.mockImplementation(() => {
      throw new Error('model broken');
    });
    readOnToolbarClick(d);
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    const read = await takeClickRead(7);
    expect(read?.result.state).toBe('story');
    expect(read?.analysis).toBeUndefined();
  });

  it('opens the reader instead when the browser will not open the popup', async () => {
    fakeChrome({
      openPopup: async () => {
        throw new Error('Could not find an active browser window.');
      },
    });
    const d = deps();
    readOnToolbarClick(d);
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    await vi.waitFor(() => expect(d.openReader).toHaveBeenCalledWith(TAB));
  });

  it('with Lede kept open in the side panel of that window: tells the panel, opens no popup, and hands the read to the panel', async () => {
    const { calls } = fakeChrome();
    const told: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (a: unknown) => void) => {
      if ((message as { type?: string }).type !== 'lede:panel-click') return undefined;
      told.push(message);
      sendResponse({ shown: true });
      return true;
    }) as never);
    readOnToolbarClick({ ...deps(), panels: { knownOpenIn: (w) => w === 1, isOpenIn: async (w) => w === 1 } });
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    await vi.waitFor(() => expect(told).toEqual([{ type: 'lede:panel-click', tabId: 7, windowId: 1, click: expect.any(Number) }]));
    expect(calls).not.toContain('openPopup');
    expect(await takeClickRead(7)).toMatchObject({ result: { state: 'story' } });
  });

  it('a panel that does not answer (closed a moment ago): the popup answers the click', async () => {
    const { calls } = fakeChrome();
    readOnToolbarClick({ ...deps(), panels: { knownOpenIn: () => true, isOpenIn: async () => true } });
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    await vi.waitFor(() => expect(calls).toContain('openPopup'));
  });

  it('a worker that does not yet know about panels asks before it decides; another window still gets the popup at once', async () => {
    const { calls } = fakeChrome();
    let answer: (open: boolean) => void = () => undefined;
    const asked = new Promise<boolean>((resolve) => (answer = resolve));
    readOnToolbarClick({ ...deps(), panels: { knownOpenIn: () => undefined, isOpenIn: () => asked } });
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    expect(calls).not.toContain('openPopup');
    answer(false);
    await vi.waitFor(() => expect(calls).toContain('openPopup'));
  });

  it('leaves the declared popup alone where the worker cannot open it (Firefox MV2): the popup reads the tab itself', async () => {
    const { calls } = fakeChrome({ noOpenPopup: true });
    readOnToolbarClick(deps());
    await fakeBrowser.action.onClicked.trigger(TAB as never);
    expect(calls).toEqual([]);
    expect(await takeClickRead(7)).toBeNull();
  });
});

describe('reading a tab with the user’s cleaning rules', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads once with every rule while the settings load, and again only when a rule is off', async () => {
    const { executeScript } = fakeChrome();
    await readTabWithSettings(TAB, Promise.resolve(DEFAULT_SETTINGS));
    // Each read is two injections: the engine, then the page-type stage's signals script.
    expect(executeScript).toHaveBeenCalledTimes(2);
    const teasersOff = { ...DEFAULT_SETTINGS, cleaning: { ...DEFAULT_SETTINGS.cleaning, teasers: false } };
    const { settings } = await readTabWithSettings(TAB, Promise.resolve(teasersOff));
    // One more read with all rules, then the hand-over of the rules and the read with them.
    expect(executeScript).toHaveBeenCalledTimes(7);
    expect(settings).toBe(teasersOff);
  });
});

describe('the worker’s recent analyses', () => {
  it('answers the same request from memory, and a different one by running the stage', () => {
    const analyse = vi.fn((s: { text: string }, o: { summarySentences?: number }) => ({ summary: [`${s.text} ${o.summarySentences}`] }));
    const remembered = rememberRecentAnalyses(analyse);
    const text = { title: 'T', text: 'A.', lang: 'en' };
    const first = remembered(text, { summarySentences: 5 });
    expect(remembered({ ...text }, { summarySentences: 5 })).toBe(first);
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(remembered(text, { summarySentences: 3 })).toEqual({ summary: ['A. 3'] });
    expect(remembered({ ...text, text: 'B.' }, { summarySentences: 5 })).toEqual({ summary: ['B. 5'] });
    expect(analyse).toHaveBeenCalledTimes(3);
  });

  it('keeps only the last few', () => {
    const analyse = vi.fn(() => ({}));
    const remembered = rememberRecentAnalyses(analyse);
    for (const text of ['1', '2', '3', '4', '5']) remembered({ title: '', text, lang: '' }, {});
    remembered({ title: '', text: '5', lang: '' }, {});
    expect(analyse).toHaveBeenCalledTimes(5);
    remembered({ title: '', text: '1', lang: '' }, {});
    expect(analyse).toHaveBeenCalledTimes(6);
  });
});
