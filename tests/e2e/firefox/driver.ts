/**
 * What the Firefox suite does in the browser, as a user would, over WebDriver BiDi:
 *
 * - tabs: `browsingContext.create` / `navigate` / `activate` / `captureScreenshot`;
 * - script in a tab (a page, or one of Lede's pages opened as a tab): `script.evaluate`;
 * - the toolbar click and the keyboard shortcut: there is no BiDi command for the browser's own
 *   toolbar or shortcuts (BiDi's `input.performActions` sends keys to the page's content process,
 *   where Firefox's shortcut keys never see them: tried, nothing happens). With system access the
 *   session evaluates script in the browser window itself, and there the suite uses the event
 *   synthesiser Firefox ships for its own tests and its remote agent (EventUtils.js): a mouse click
 *   at the centre of Lede's toolbar button, and key presses sent to the focused tab. These go
 *   through Firefox's own event handling: the button's popup opens and activeTab is granted by
 *   Firefox's browserAction code, the shortcut runs through Firefox's <key> handling, exactly as for
 *   a click or a key press of a user. Nothing of Lede is called directly.
 * - the popup (a panel, not a tab: BiDi cannot address it): read through Lede's own extension
 *   API from one of Lede's pages in a tab (`browser.extension.getViews({ type: 'popup' })` returns
 *   the open popup's window, same add-on, same process); pictured with the popup browser's
 *   `drawSnapshot` from the browser window.
 */
import { ScriptError, evaluate, type FirefoxHarness } from './launch';
import { ADDON_ID } from './profile-prefs';

/** CustomizableUI's id of an add-on's toolbar button: the add-on id made an XUL id, plus a suffix. */
export const TOOLBAR_WIDGET_ID = `${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

/** Loads Firefox's test event synthesiser into the browser window once (chrome scope). */
const EVENT_UTILS = `(globalThis.__ledeEventUtils ??= (() => {
  const utils = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
  Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', utils);
  return utils;
})())`;

/** Firefox's extension bookkeeping, seen from the browser window (chrome scope). */
const EXTENSION_PARENT = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent`;

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class FirefoxDriver {
  /** A tab showing one of Lede's own pages, from which Lede's extension APIs are reached. */
  private probe?: string;

  constructor(readonly harness: FirefoxHarness) {}

  get bidi() {
    return this.harness.bidi;
  }

  extensionUrl(path: string): string {
    return `${this.harness.extensionOrigin}/${path}`;
  }

  /** Script in the browser window (chrome scope). */
  chrome<T>(expression: string): Promise<T> {
    return evaluate<T>(this.bidi, this.harness.chromeContext, expression);
  }

  /** Script in a tab. */
  inTab<T>(context: string, expression: string): Promise<T> {
    return evaluate<T>(this.bidi, context, expression);
  }

  /**
   * Open `url` in a new tab and wait until its document is `options.until` ('complete', the load
   * event, by default; 'interactive' for a page that may never finish loading).
   */
  async newTab(url: string, options: { background?: boolean; until?: 'interactive' | 'complete' } = {}): Promise<string> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: options.background ?? false });
    // The answer to the navigation is not awaited: with `wait: 'complete'` Firefox's BiDi never
    // answered for a page whose load never completes (one that keeps opening dialogs), and a test
    // may want a page that is parsed but still loading. The suite watches the document itself.
    void this.bidi.send('browsingContext.navigate', { context, url, wait: 'none' }, 120_000).catch(() => undefined);
    const deadline = Date.now() + 30_000;
    let last: unknown;
    while (Date.now() < deadline) {
      // Script may meet the document being replaced: any error is "not yet".
      last = await this.inTab(context, `location.href + ' ' + document.readyState`).catch((error: Error) => error.message);
      if (last === `${url} complete` || (options.until === 'interactive' && last === `${url} interactive`)) return context;
      await delay(50);
    }
    throw new Error(`${url} did not finish loading in 30 s (last: ${String(last)})`);
  }

  async closeTab(context: string): Promise<void> {
    await this.bidi.send('browsingContext.close', { context }).catch(() => undefined);
  }

  activate(context: string): Promise<unknown> {
    return this.bidi.send('browsingContext.activate', { context });
  }

  /** A content tab's PNG (its viewport). */
  async screenshot(context: string): Promise<Buffer> {
    const { data } = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    return Buffer.from(data, 'base64');
  }

  /** The top-level tabs, with their BiDi context ids and URLs. */
  async tabs(): Promise<{ context: string; url: string }[]> {
    const tree = await this.bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    return tree.contexts;
  }

  /** Wait until a tab whose URL matches appears; returns its context. */
  async waitForTab(match: (url: string) => boolean, timeoutMs = 10_000): Promise<{ context: string; url: string }> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = (await this.tabs()).find((t) => match(t.url));
      if (found) return found;
      await delay(50);
    }
    throw new Error(`no such tab after ${timeoutMs} ms; tabs: ${(await this.tabs()).map((t) => t.url).join(', ')}`);
  }

  /** The add-on's tab id (tabs API) of the tab showing `url`, from Firefox's own tab tracker. */
  tabIdOf(url: string): Promise<number> {
    return this.chrome<number>(`(() => {
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
      if (!tab) throw new Error('no tab shows ' + ${JSON.stringify(url)});
      return ${EXTENSION_PARENT}.apiManager.global.tabTracker.getId(tab);
    })()`);
  }

  /** Lede's extension APIs, from one of its pages (options.html, opened once, in the background). */
  async inExtension<T>(expression: string): Promise<T> {
    if (!this.probe) this.probe = await this.newTab(this.extensionUrl('options.html'), { background: true });
    return this.inTab<T>(this.probe, expression);
  }

  /** After Lede was disabled or reloaded its pages are gone: the next call opens a new one. */
  forgetExtensionTabs(): void {
    this.probe = undefined;
  }

  /** May Lede run a script in the tab? true, or the browser's refusal. */
  canInject(tabId: number): Promise<true | string> {
    return this.inExtension<true | string>(
      `browser.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => 1 }).then(() => true, (e) => String(e?.message ?? e))`,
    );
  }

  /**
   * Pin Lede's button to the toolbar (Firefox puts a new add-on's button in the Extensions panel;
   * a user pins it from there) and click its centre with a synthesised mouse click.
   * Returns the moment of the click (epoch ms, the browser's clock).
   */
  async clickToolbarButton(): Promise<number> {
    return this.chrome<number>(`(() => {
      const widget = CustomizableUI.getWidget(${JSON.stringify(TOOLBAR_WIDGET_ID)});
      if (!widget) throw new Error('Lede has no toolbar widget');
      if (widget.areaType !== CustomizableUI.TYPE_TOOLBAR) CustomizableUI.addWidgetToArea(widget.id, CustomizableUI.AREA_NAVBAR);
      const node = widget.forWindow(window).node;
      const button = node.querySelector('.unified-extensions-item-action-button') ?? node;
      const clickedAt = performance.timeOrigin + performance.now();
      ${EVENT_UTILS}.synthesizeMouseAtCenter(button, {}, window);
      return clickedAt;
    })()`);
  }

  /**
   * Press a shortcut such as "Alt+Shift+O" in the selected tab: the key events go to the focused
   * tab's browser and through Firefox's shortcut handling, like a key press.
   */
  async pressShortcut(shortcut: string): Promise<void> {
    const parts = shortcut.split('+');
    const key = parts.pop() ?? '';
    const modifiers = Object.fromEntries(
      parts.map((name) => {
        const flag = { Alt: 'altKey', Shift: 'shiftKey', Ctrl: 'ctrlKey', Command: 'metaKey', MacCtrl: 'ctrlKey' }[name];
        if (!flag) throw new Error(`unknown modifier "${name}" in ${shortcut}`);
        return [flag, true];
      }),
    );
    await this.chrome(`(() => {
      gBrowser.selectedBrowser.focus();
      ${EVENT_UTILS}.synthesizeKey(${JSON.stringify(key)}, ${JSON.stringify(modifiers)}, window);
    })()`);
  }

  /**
   * Evaluate `body` (a function body using `win` and `document`) in the open toolbar popup.
   * Throws when no popup is open.
   */
  inPopup<T>(body: string): Promise<T> {
    return this.inExtension<T>(`(() => {
      const [win] = browser.extension.getViews({ type: 'popup' });
      if (!win) throw new Error('no popup is open');
      return ((win, document) => { ${body} })(win, win.document);
    })()`);
  }

  popupOpen(): Promise<boolean> {
    return this.inExtension<boolean>(`browser.extension.getViews({ type: 'popup' }).length > 0`);
  }

  /** Poll `body` in the popup until it returns something truthy. */
  async waitInPopup<T>(body: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const value = await this.inPopup<T>(body);
        if (value) return value;
        last = value;
      } catch (error) {
        if (!(error instanceof ScriptError)) throw error;
        last = error.message;
      }
      await delay(20);
    }
    throw new Error(`timed out waiting in the popup for: ${body.trim()} (last: ${String(last)})`);
  }

  /** Poll `expression` in a tab until it is truthy. */
  async waitInTab<T>(context: string, expression: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const value = await this.inTab<T>(context, expression);
        if (value) return value;
        last = value;
      } catch (error) {
        if (!(error instanceof ScriptError)) throw error;
        last = error.message;
      }
      await delay(20);
    }
    throw new Error(`timed out waiting in the tab for: ${expression} (last: ${String(last)})`);
  }

  /**
   * Click the element `selector` in the open popup: a synthesised mouse click on the popup's
   * browser at the element's centre, which Firefox forwards into the popup's page like a real one.
   */
  async clickInPopup(selector: string): Promise<void> {
    const where = () =>
      this.inPopup<{ x: number; y: number; w: number; h: number } | null>(`
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: win.innerWidth, h: win.innerHeight };`);
    // The popup's panel follows its page's size a moment later (a page that has just grown is
    // still being resized): click where the element stays put for two looks in a row.
    let rect = await where();
    for (let look = 0; look < 20 && rect; look++) {
      await delay(50);
      const again = await where();
      if (again && again.x === rect.x && again.y === rect.y && again.w === rect.w && again.h === rect.h) break;
      rect = again;
    }
    if (!rect) throw new Error(`no ${selector} in the popup`);
    await this.chrome(`(() => {
      const browser = document.querySelector('browser.webextension-popup-browser');
      if (!browser) throw new Error('no popup browser');
      ${EVENT_UTILS}.synthesizeMouse(browser, ${rect.x}, ${rect.y}, {}, window);
    })()`);
  }

  /** The BiDi reference of the first element matching `selector` in a tab. */
  private async element(context: string, selector: string): Promise<{ sharedId: string }> {
    const { nodes } = await this.bidi.send<{ nodes: { sharedId?: string }[] }>('browsingContext.locateNodes', {
      context,
      locator: { type: 'css', value: selector },
      maxNodeCount: 1,
    });
    const sharedId = nodes[0]?.sharedId;
    if (!sharedId) throw new Error(`no ${selector} in the tab`);
    return { sharedId };
  }

  /** A BiDi mouse click (input.performActions) at the centre of `selector` in a tab. */
  async clickInTab(context: string, selector: string): Promise<void> {
    const element = await this.element(context, selector);
    // BiDi clicks only what is in the viewport (WebDriver classic scrolled for you).
    await this.bidi.send('script.callFunction', {
      functionDeclaration: '(element) => element.scrollIntoView({ block: "center" })',
      arguments: [element],
      target: { context },
      awaitPromise: false,
    });
    await this.bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context });
  }

  /** Click `selector` in a tab, then type `text` into it with BiDi key actions. */
  async typeInTab(context: string, selector: string, text: string): Promise<void> {
    await this.clickInTab(context, selector);
    await this.bidi.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]) }],
    });
    await this.bidi.send('input.releaseActions', { context });
  }

  /**
   * Click the main button ("Allow") of a doorhanger of the browser window (Firefox's own prompts,
   * such as an add-on's request for a permission), once it is shown. Returns the prompt's text.
   */
  async acceptDoorhanger(notificationId: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const text = await this.chrome<string | null>(`(() => {
        const panel = PopupNotifications.panel;
        const notification = [...panel.children].find((n) => n.id === ${JSON.stringify(notificationId)});
        if (panel.state !== 'open' || !notification) return null;
        ${EVENT_UTILS}.synthesizeMouseAtCenter(notification.querySelector('.popup-notification-primary-button'), {}, window);
        return notification.textContent;
      })()`);
      if (text !== null) return text;
      await delay(50);
    }
    throw new Error(`no ${notificationId} prompt in ${timeoutMs} ms`);
  }

  /** Choose `value` in a <select>, as a user's choice does: the value, then input and change events. */
  async selectInTab(context: string, selector: string, value: string): Promise<void> {
    await this.inTab(
      context,
      `(() => {
        const select = document.querySelector(${JSON.stringify(selector)});
        if (!select) throw new Error('no ${selector.replace(/'/g, '')}');
        select.focus();
        select.value = ${JSON.stringify(value)};
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      })()`,
    );
  }

  setViewport(context: string, width: number, height: number): Promise<unknown> {
    return this.bidi.send('browsingContext.setViewport', { context, viewport: { width, height } });
  }

  /** The open popup as a PNG: its browser's snapshot, drawn in the browser window. */
  async popupScreenshot(): Promise<Buffer> {
    const dataUrl = await this.chrome<string>(`(async () => {
      const browser = document.querySelector('browser.webextension-popup-browser');
      if (!browser) throw new Error('no popup browser');
      const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`);
    return Buffer.from(dataUrl.split(',')[1], 'base64');
  }

  /** Poll `body` (using `win` and `document`) in Lede's open sidebar until it returns something truthy. */
  async waitInSidebar<T>(body: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      last = await this.inExtension<T | null>(`(() => {
        const [win] = browser.extension.getViews({ type: 'sidebar' });
        return win ? ((win, document) => { ${body} })(win, win.document) : null;
      })()`).catch((error: Error) => error.message);
      if (last && !(typeof last === 'string' && last.startsWith('Error'))) return last as T;
      await delay(50);
    }
    throw new Error(`timed out waiting in the sidebar for: ${body.trim()} (last: ${String(last)})`);
  }

  /** The open sidebar's page as a PNG (Firefox's snapshot of the add-on's panel browser). */
  async sidebarScreenshot(): Promise<Buffer> {
    const dataUrl = await this.chrome<string>(`(async () => {
      const panel = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
      if (!panel) throw new Error('no add-on sidebar is open');
      const bitmap = await panel.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`);
    return Buffer.from(dataUrl.split(',')[1], 'base64');
  }

  /** Close the popup the way Escape or a click elsewhere does: its panel hides. */
  async closePopup(): Promise<void> {
    await this.chrome(`(() => {
      const browser = document.querySelector('browser.webextension-popup-browser');
      browser?.closest('panel')?.hidePopup();
    })()`);
    const deadline = Date.now() + 5_000;
    while ((await this.popupOpen()) && Date.now() < deadline) await delay(20);
  }
}
