/**
 * Headless Chromium with the built extension, and the real toolbar click, following
 * ../shared/docs/e2e-chromium.md: `Extensions.triggerAction` on the tab's target opens the real
 * popup and grants activeTab, exactly as a user's click does.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../../scripts/lib/browser/quiet-chromium';
import { CONTROL_WORKER } from './control-extension';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The control extension's id, when one was loaded (control-extension.ts). */
  controlId?: string;
  worker: Worker;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * @param controlDir a second extension loaded beside Lede (the e2e run's popup control); Lede's
 *   worker is told apart by its WXT file name, `background.js`.
 */
export async function launch(extensionDir: string, proxy: string, controlDir?: string): Promise<Harness> {
  const extensions = [extensionDir, ...(controlDir ? [controlDir] : [])].join(',');
  // Lets the context's `request` event include the extension service worker's own requests.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...QUIET_CHROMIUM_ARGS,
      // Everything that is not loopback goes to the recording proxy (loopback bypasses it).
      `--proxy-server=${proxy}`,
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
    ],
  });
  const workerOf = async (file: string): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().endsWith(`/${file}`)) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith(`/${file}`), timeout: 15_000 }));
  const worker = await workerOf('background.js');
  const extensionId = new URL(worker.url()).host;
  const controlId = controlDir ? new URL((await workerOf(CONTROL_WORKER)).url()).host : undefined;
  await untilWorkerTakesTheClick(worker);
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level handle for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  return { context, extensionId, controlId, worker, cdp, close: () => context.close() };
}

/**
 * The worker unsets the declared popup when it starts, and from then on the toolbar click reaches
 * it (lib/platform/read-on-click.ts). A click in the first instant after install, before that,
 * opens the declared popup the ordinary way (one test checks that path on purpose): wait until the
 * extension has started, as a user's first click in practice does.
 */
export async function untilWorkerTakesTheClick(worker: Worker, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const popup = await worker.evaluate(() => {
      type Action = { action: { getPopup(details: object): Promise<string> } };
      return (globalThis as unknown as { chrome: Action }).chrome.action.getPopup({});
    });
    if (popup === '') return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the extension worker did not take the toolbar click (its popup is still declared)');
}

/** The browser's id for the tab showing `page` (matched by its unique URL). */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await harness.worker.evaluate(async (u) => {
    type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const api = (globalThis as unknown as { chrome: Tabs }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(cdp: CDPSession, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', type ? ({ filter: [{ type }] } as never) : {})) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** A popup page reached over the browser's DevTools session (Playwright does not expose it). */
export class PopupTarget {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(private cdp: CDPSession, readonly sessionId: string, readonly targetId: string) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        method?: string;
        params?: { request?: { url: string } };
        result?: unknown;
        error?: { message: string };
      };
      if (message.method === 'Network.requestWillBeSent' && message.params?.request) this.requests.push(message.params.request.url);
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter || message.id === undefined) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  /** URLs the popup requested (recorded once `recordRequests` was called). */
  readonly requests: string[] = [];

  static async attach(cdp: CDPSession, targetId: string): Promise<PopupTarget> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    const popup = new PopupTarget(cdp, sessionId, targetId);
    await popup.send('Network.enable');
    return popup;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  }

  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  }
}

/**
 * Click Lede's toolbar button for `page`'s tab, and return the popup that opened, with the time
 * the click was sent (performance.now() of this process).
 */
export async function clickToolbarButton(
  harness: Harness,
  page: Page,
  extensionId: string = harness.extensionId,
  tabTargetId?: string,
): Promise<{ popup: PopupTarget; clickedAt: number; clickedAtEpoch: number }> {
  await page.bringToFront();
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const before = new Set((await targets(harness.cdp)).filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId));
  const tab = tabTargetId ? { targetId: tabTargetId } : { targetId: await tabTargetOf(harness, page) };
  const clickedAt = performance.now();
  // The popup's clock (performance.timeOrigin) is epoch-based too: the two give click-to-summary
  // without the polling and CDP round trips of this harness.
  const clickedAtEpoch = performance.timeOrigin + clickedAt;
  await harness.cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const popup = (await targets(harness.cdp)).find((t) => t.url.startsWith(popupUrl) && !before.has(t.targetId));
    if (popup) return { popup: await PopupTarget.attach(harness.cdp, popup.targetId), clickedAt, clickedAtEpoch };
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the popup did not open');
}

/**
 * The browser's DevTools id of the tab showing `page` (matched by its URL: call it while the page
 * stays put). The id stays the same while the tab goes from page to page.
 */
export async function tabTargetOf(harness: Harness, page: Page): Promise<string> {
  const tab = (await targets(harness.cdp, 'tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  return tab.targetId;
}

/** Poll `expression` in the popup until it is truthy; returns its value. */
export async function waitInPopup<T>(popup: PopupTarget, expression: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await popup.evaluate<T>(expression);
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting in the popup for ${expression} (last: ${String(last)})`);
}

/**
 * Press a browser keyboard shortcut such as "Alt+Shift+O" on `page`'s tab, the way a key press
 * reaches Chromium's own accelerator handling (where extension commands live), not only the page.
 * Needs `rawKeyDown` and `nativeVirtualKeyCode`: Playwright's `keyboard.press` sends `keyDown`
 * with text and no native key code, and Chromium 156 then hands the key to the page alone
 * (checked with an extension whose command was bound: its onCommand never fired).
 */
export async function pressBrowserShortcut(page: Page, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (!/^[A-Z0-9]$/.test(key)) throw new Error(`pressBrowserShortcut handles letters and digits only, not "${key}"`);
  const bits: Record<string, number> = { Alt: 1, Ctrl: 2, Command: 4, Shift: 8 };
  const modifiers = parts.reduce((sum, name) => {
    if (!(name in bits)) throw new Error(`unknown modifier "${name}" in ${shortcut}`);
    return sum | bits[name];
  }, 0);
  const code = /[A-Z]/.test(key) ? `Key${key}` : `Digit${key}`;
  const keyCode = key.charCodeAt(0);
  await page.bringToFront();
  const session = await page.context().newCDPSession(page);
  try {
    for (const type of ['rawKeyDown', 'keyUp']) {
      await session.send('Input.dispatchKeyEvent', { type, modifiers, key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode } as never);
    }
  } finally {
    await session.detach().catch(() => undefined);
  }
}

