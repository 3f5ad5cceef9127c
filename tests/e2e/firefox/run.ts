/**
 * End-to-end tests of the built Firefox add-on (.output/firefox-mv2) in real headless Firefox ESR
 * (Debian's /usr/bin/firefox-esr), driven over WebDriver BiDi (launch.ts, driver.ts; how each user
 * action is made: driver.ts and docs/firefox.md). Run after `npm run build:firefox`:
 * `npm run test:e2e:firefox`.
 *
 * Prints each flow it checked (✓ / ✗), each it could not drive and why (○), what it measured (·),
 * and a closing "firefox: N passed, N failed, N skipped" line; exits non-zero when a check failed.
 * Screenshots go to tests/e2e/output/ (git-ignored), or to LEDE_SCREENSHOT_DIR (the README's
 * pictures: `LEDE_SCREENSHOT_DIR=docs/screenshots npm run test:e2e:firefox`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED } from '../seed-expectations';
import { startServers, type Servers } from '../server';
import { checkBuiltExtensionCsp, localPayloadPage, READER_AUDIT } from '../hostile-payloads';
import { STORY_SENTENCES } from '../../safety/hostile-story';
import { SENTINEL, XSS_PAYLOADS } from '../../safety/xss-payloads';
import { FirefoxDriver, delay } from './driver';
import { launchFirefox, type FirefoxHarness } from './launch';
import { ADDON_ID } from './profile-prefs';
import { runChecks, Skip, type Tally } from '../run-checks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built add-on (LEDE_FIREFOX_ADDON: another build folder, e.g. a variant under test). */
const extensionDir = resolve(root, process.env.LEDE_FIREFOX_ADDON ?? '.output/firefox-mv2');
const fixtureDir = join(root, 'tests/e2e/fixtures');
const seedDir = join(root, 'tests/fixtures/seed');
const shotDir = resolve(root, process.env.LEDE_SCREENSHOT_DIR ?? 'tests/e2e/output');
const logFile = join(root, 'tests/e2e/output/firefox.log');
/** LEDE_FIREFOX_IDLE_S=N: leave the browser idle N seconds before the last check counts requests. */
const IDLE_MS = Number(process.env.LEDE_FIREFOX_IDLE_S ?? 0) * 1000;

/**
 * The XSS payload corpus less one that stops the page itself in Firefox: `<input autofocus
 * onfocus="…alert(1)">` gets the focus back each time its dialog is dismissed, and opens the next,
 * for ever (hundreds of dialogs; the page never finishes parsing). A reader would see the same
 * endless dialogs; the Chromium suite keeps it, and the other handler payloads are the same kind.
 */
const LOOPING_IN_FIREFOX = new Set(['input-autofocus']);
const FIREFOX_PAYLOADS = XSS_PAYLOADS.filter((payload) => !LOOPING_IN_FIREFOX.has(payload.id));

interface Context {
  driver: FirefoxDriver;
  harness: FirefoxHarness;
  servers: Servers;
  notes: string[];
  /** URLs of every request BiDi saw from a tab (pages and Lede's pages in tabs). */
  requests: string[];
  /** Dialogs (alert, confirm, prompt) opened, by BiDi context. */
  dialogs: Map<string, number>;
  /** The seed tab after its toolbar click (activeTab granted). */
  seed?: { context: string; url: string; tabId: number; htmlBefore: string };
  /** The reader tab opened for the seed tab. */
  reader?: string;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function saveShot(name: string, png: Buffer): string {
  mkdirSync(shotDir, { recursive: true });
  const file = join(shotDir, `${name}.png`);
  writeFileSync(file, png);
  return file;
}

const manifest = (): Record<string, any> =>
  existsSync(join(extensionDir, 'manifest.json')) ? JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) : {};

/** A suggested key of the built manifest ("Alt+Shift+O"). */
function shortcutOf(command: string): string {
  const key = manifest().commands?.[command]?.suggested_key?.default as string | undefined;
  assert(key, `the manifest declares no suggested key for ${command}`);
  return key;
}

const outerHtml = (ctx: Context, context: string) => ctx.driver.inTab<string>(context, 'document.documentElement.outerHTML');

/** Open a served page in a new, selected tab; returns its context, URL and the add-on's tab id. */
async function openPage(ctx: Context, path: string, until: 'interactive' | 'complete' = 'complete'): Promise<{ context: string; url: string; tabId: number }> {
  const url = `${ctx.servers.origin}${path}`;
  const context = await ctx.driver.newTab(url, { until });
  await ctx.driver.activate(context);
  return { context, url, tabId: await ctx.driver.tabIdOf(url) };
}

/** What the popup shows once it is ready, read in the popup itself. */
const POPUP_READY = `return document.documentElement.dataset.readyMs;`;

/** The reader tab for `tabId` (opened by Lede), once it shows a story. */
async function readerFor(ctx: Context, tabId: number, extra = ''): Promise<string> {
  const { context } = await ctx.driver.waitForTab((url) => url.startsWith(ctx.driver.extensionUrl(`reader.html?tabId=${tabId}${extra}`)));
  await ctx.driver.waitInTab(context, `document.querySelector('[data-testid="reader"][data-state="story"]') !== null`);
  return context;
}

/** Click the toolbar on a served page (granting activeTab, as a user's click does), then open its reader as a tab. */
async function openFixtureInReader(ctx: Context, path: string): Promise<{ page: string; reader: string; tabId: number }> {
  const page = await openPage(ctx, path);
  await ctx.driver.clickToolbarButton();
  await ctx.driver.waitInPopup(POPUP_READY);
  await ctx.driver.clickInPopup('[data-testid=open-reader]');
  const reader = await readerFor(ctx, page.tabId);
  await ctx.driver.closePopup();
  return { page: page.context, reader, tabId: page.tabId };
}

async function checkSeedReader(ctx: Context, reader: string, how: string): Promise<void> {
  const title = await ctx.driver.inTab<string>(reader, `document.querySelector('[data-testid=reader-title]')?.textContent ?? ''`);
  assert(title === SEED.title, `${how}: reader title is "${title}"`);
  const body = await ctx.driver.inTab<string>(reader, `document.querySelector('[data-testid=reader-body]')?.textContent ?? ''`);
  assert(body.includes(SEED.storyStart) && body.includes(SEED.storyEnd), `${how}: reader body lacks the story's first or last paragraph`);
  const leaked = SEED.teaserText.filter((t) => body.includes(t));
  assert(leaked.length === 0, `${how}: reader shows teaser text: ${leaked.join(' | ')}`);
  const captions = count(body, SEED.caption);
  assert(captions === 1, `${how}: the caption appears ${captions} times in the reader`);
}

/**
 * Right-click the page where nothing more specific than the page is (no link, image, field: Firefox
 * then shows only "page" items), choose "Open in Lede reader" in Firefox's context menu, and check
 * that it granted the tab and opened the reader with the clean story.
 */
async function openReaderFromContextMenu(ctx: Context, page: { context: string; tabId: number }, how: string): Promise<void> {
  const before = await ctx.driver.canInject(page.tabId);
  assert(before !== true, `${how}: Lede could already run scripts in the fresh tab`);
  const point = await ctx.driver.inTab<{ x: number; y: number } | null>(
    page.context,
    `(() => {
      for (let y = 40; y < innerHeight; y += 20)
        for (let x = 20; x < innerWidth; x += 40) {
          const element = document.elementFromPoint(x, y);
          if (element && !element.closest('a, img, picture, svg, video, audio, canvas, iframe, input, textarea, select, button, [contenteditable]')) return { x, y };
        }
      return null;
    })()`,
  );
  assert(point, `${how}: no plain spot on the page to right-click`);
  const shown = ctx.driver.chrome<boolean>(`new Promise((resolve) => {
    const menu = document.getElementById('contentAreaContextMenu');
    menu.addEventListener('popupshown', () => resolve(true), { once: true });
    setTimeout(() => resolve(false), 5000);
  })`);
  await ctx.driver.bidi.send('input.performActions', {
    context: page.context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: point.x, y: point.y },
          { type: 'pointerDown', button: 2 },
          { type: 'pointerUp', button: 2 },
        ],
      },
    ],
  });
  await ctx.driver.bidi.send('input.releaseActions', { context: page.context });
  if (!(await shown)) throw new Error(`${how}: the page's context menu did not open`);
  const label = await ctx.driver.chrome<string | null>(`(() => {
    const menu = document.getElementById('contentAreaContextMenu');
    const item = [...menu.querySelectorAll('menuitem')].find((m) => m.label === 'Open in Lede reader' && !m.hidden);
    if (!item) {
      menu.hidePopup();
      return null;
    }
    menu.activateItem(item);
    return item.label;
  })()`);
  assert(label, `${how}: Lede's item is not in the page's context menu`);
  const reader = await readerFor(ctx, page.tabId);
  await checkSeedReader(ctx, reader, how);
  const after = await ctx.driver.canInject(page.tabId);
  assert(after === true, `${how}: Lede still cannot run scripts in the tab: ${after}`);
  await ctx.driver.closeTab(reader);
  await ctx.driver.closeTab(page.context);
}

const tests: { name: string; extraMs?: number; run: (ctx: Context) => Promise<void> }[] = [
  {
    name: 'manifest (Firefox build): MV2 background page, activeTab/scripting/storage/contextMenus only, gecko id, strict_min_version ≤ the tested Firefox',
    async run(ctx) {
      const m = manifest();
      assert(m.manifest_version === 2, `manifest_version ${m.manifest_version}`);
      assert(Array.isArray(m.background?.scripts) && !m.background.service_worker, `background: ${JSON.stringify(m.background)}`);
      const permissions = [...(m.permissions ?? [])].sort();
      assert(JSON.stringify(permissions) === JSON.stringify(['activeTab', 'contextMenus', 'scripting', 'storage']), `permissions: ${permissions}`);
      assert(!m.content_scripts, 'the manifest declares content scripts');
      // Firefox opens an add-on's sidebar at install unless told not to; Lede's opens on "Keep open" only.
      if (m.sidebar_action) assert(m.sidebar_action.open_at_install === false, `sidebar_action: ${JSON.stringify(m.sidebar_action)}`);
      const gecko = m.browser_specific_settings?.gecko ?? {};
      assert(gecko.id === ADDON_ID, `gecko id ${gecko.id}`);
      const min = Number(String(gecko.strict_min_version).split('.')[0]);
      const tested = Number(ctx.harness.browserVersion.split('.')[0]);
      assert(min > 0 && min <= tested, `strict_min_version ${gecko.strict_min_version} vs Firefox ${ctx.harness.browserVersion}`);
      ctx.notes.push(`Firefox ${ctx.harness.browserVersion} (${ctx.harness.userAgent}); manifest strict_min_version ${gecko.strict_min_version}`);
      ctx.notes.push(checkBuiltExtensionCsp(extensionDir).replace("MV3 default (script-src 'self')", "MV2 default (script-src 'self')"));
    },
  },
  {
    name: 'installed with BiDi webExtension.install: Lede\'s background page runs, its pages load at the fixed moz-extension:// address, both shortcuts are bound',
    async run(ctx) {
      const info = await ctx.driver.inExtension<{ background: string; views: string[]; id: string; commands: { name: string; shortcut: string }[] }>(`(async () => {
        const background = await browser.runtime.getBackgroundPage();
        return {
          background: background?.location.href ?? '',
          views: browser.extension.getViews().map((v) => v.location.pathname),
          id: browser.runtime.id,
          commands: (await browser.commands.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut ?? '' })),
        };
      })()`);
      assert(info.id === ADDON_ID, `runtime.id ${info.id}`);
      assert(info.background.startsWith(ctx.harness.extensionOrigin), `background page: ${info.background}`);
      // Firefox, like Chromium, can leave a suggested key unbound when it clashes with one of its own.
      for (const command of ['_execute_browser_action', 'open-reader']) {
        const bound = info.commands.find((c) => c.name === command)?.shortcut ?? '(no such command)';
        assert(bound === shortcutOf(command), `${command} is bound to "${bound}", the manifest suggests "${shortcutOf(command)}"`);
      }
      ctx.notes.push(
        `background: ${info.background.replace(ctx.harness.extensionOrigin, '')} (MV2 background page); extension views: ${info.views.join(', ')}; ` +
          `commands.getAll(): ${info.commands.map((c) => `${c.name} ${c.shortcut}`).join(', ')}`,
      );
    },
  },
  {
    name: 'toolbar click on the seed page: the real popup shows the story, summary and key actors, no teaser text; only the click grants the tab',
    async run(ctx) {
      const seed = await openPage(ctx, `${SEED.file}?tab=seed`);
      const htmlBefore = await outerHtml(ctx, seed.context);
      const before = await ctx.driver.canInject(seed.tabId);
      assert(before !== true, 'Lede could already run scripts in the seed tab before the click');
      const clickedAt = await ctx.driver.clickToolbarButton();
      await ctx.driver.waitInPopup(POPUP_READY);
      const popup = await ctx.driver.inPopup<{
        origin: number;
        readyMs: number;
        title: string;
        summary: string[];
        actors: string[];
        removed: string;
        shown: string;
        size: string;
        url: string;
      }>(`
        const main = document.querySelector('main') ?? document.body;
        const shown = main.cloneNode(true);
        shown.querySelectorAll('.removed, [data-testid=removed]').forEach((e) => e.remove());
        return {
          origin: win.performance.timeOrigin,
          readyMs: Number(document.documentElement.dataset.readyMs),
          title: document.querySelector('[data-testid=title]')?.textContent ?? '',
          summary: [...document.querySelectorAll('[data-testid=summary] li')].map((li) => li.textContent),
          actors: [...document.querySelectorAll('[data-testid=actor]')].map((a) => (a.innerText || a.textContent).replace(/\\s+/g, ' ').trim()),
          removed: document.querySelector('[data-testid=removed]')?.textContent ?? '',
          shown: shown.textContent,
          size: win.innerWidth + 'x' + win.innerHeight,
          url: win.location.href,
        };`);
      assert(popup.title === SEED.title, `popup title is "${popup.title}"`);
      assert(popup.summary.length > 0, 'no summary in the popup');
      assert(popup.actors.length > 0, 'no key actors in the popup');
      assert(popup.actors.some((a) => /Blinken/.test(a)), `actors without Blinken: ${popup.actors.join(' | ')}`);
      const leaked = SEED.teaserText.filter((t) => popup.shown.includes(t));
      assert(leaked.length === 0, `popup shows teaser text: ${leaked.join(' | ')}`);
      assert(popup.removed.length > 0, 'no "removed" line in the popup');
      const after = await ctx.driver.canInject(seed.tabId);
      assert(after === true, `after the click Lede still cannot run scripts in the tab: ${after}`);
      const png = await ctx.driver.popupScreenshot();
      const file = saveShot('firefox-popup', png);
      assert((await outerHtml(ctx, seed.context)) === htmlBefore, 'the page HTML changed after the click');
      ctx.seed = { ...seed, htmlBefore };
      ctx.notes.push(
        `popup (${popup.url.replace(ctx.harness.extensionOrigin, '')}, ${popup.size}): ${popup.summary.length} summary points, ` +
          `${popup.actors.length} actors (${popup.actors.slice(0, 3).join(', ')}…), "${popup.removed}"; picture ${file.replace(`${root}/`, '')}`,
        `click-to-summary in Firefox, first click: ${Math.round(popup.origin + popup.readyMs - clickedAt)} ms from the click to the summary ` +
          `on screen (popup clock against the browser's, same epoch); ${popup.readyMs} ms of it in the popup after its navigation start`,
        `activeTab: before the click scripting was refused ("${String(before).slice(0, 60)}"), after it the tab was granted`,
      );
    },
  },
  {
    name: 'Copy Markdown in the popup: Firefox\'s clipboard then holds the story as Markdown',
    async run(ctx) {
      assert(await ctx.driver.popupOpen(), 'needs the open popup');
      await ctx.driver.clickInPopup('[data-testid=copy-markdown]');
      const answer = await ctx.driver.waitInPopup<string>(
        `return document.querySelector('[data-testid=markdown]') ? 'manual' : document.querySelector('[data-testid=copy-markdown]')?.textContent === 'Copied' && 'copied';`,
        5_000,
      );
      assert(answer === 'copied', `the popup says the browser refused the clipboard (${answer})`);
      // Headless Firefox keeps its own clipboard; the browser window reads it back.
      const markdown = await ctx.driver.chrome<string>(`(() => {
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, null);
        const data = {};
        transferable.getTransferData('text/plain', data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;
      })()`);
      assert(markdown.startsWith(`# ${SEED.title}`), `the clipboard does not start with the headline: ${markdown.slice(0, 80)}`);
      assert(markdown.includes(SEED.storyEnd), 'the clipboard lacks the story\'s last paragraph');
      const leaked = SEED.teaserText.filter((t) => markdown.includes(t));
      assert(leaked.length === 0, `the Markdown has teaser text: ${leaked.join(' | ')}`);
      ctx.notes.push(`Copy Markdown: "Copied"; Firefox's clipboard holds ${markdown.length} characters, headline first, the story's last paragraph, no teaser text`);
    },
  },
  ...(manifest().sidebar_action
    ? [
        {
          name: 'sidebar: the popup\'s "Keep open" opens Lede\'s Firefox sidebar with the same story',
          async run(ctx: Context) {
            assert(ctx.seed, 'needs the seed click');
            assert(await ctx.driver.popupOpen(), 'needs the open popup');
            // The sidebar must be closed, so that the click is what opens it (and its page starts afresh).
            const openBefore = await ctx.driver.inExtension<number>(`browser.extension.getViews({ type: 'sidebar' }).length`);
            assert(openBefore === 0, `a sidebar was open before "Keep open" (${openBefore} view)`);
            // A click in the popup is user input: sidebarAction.open() is allowed only in one.
            await ctx.driver.clickInPopup('[data-testid=keep-open]');
            try {
              const title = await ctx.driver
                .waitInSidebar<string>(`return document.querySelector('[data-testid=title]')?.textContent;`)
                .catch(async (error: Error) => {
                  const shown = await ctx.driver.waitInSidebar<string>('return document.body.innerText || "(empty)";', 2_000).catch(() => '(no sidebar)');
                  // What Lede may do with the seed tab at this moment, to tell a lost grant from a view bug.
                  const access = await ctx.driver.inExtension<string>(
                    `Promise.all([browser.tabs.get(${ctx.seed?.tabId}).then((t) => 'url ' + (t.url ?? 'hidden') + ', active ' + t.active), browser.permissions.getAll().then((p) => 'origins ' + p.origins.join(' '))]).then((a) => a.join('; '))`,
                  );
                  const inject = ctx.seed ? await ctx.driver.canInject(ctx.seed.tabId) : 'no seed';
                  throw new Error(`${error.message}; the sidebar shows: ${shown.slice(0, 200)}; seed tab: ${access}; scripting: ${inject}`);
                });
              assert(title === SEED.title, `sidebar title is "${title}"`);
              const summary = await ctx.driver.waitInSidebar<number>(`return document.querySelectorAll('[data-testid=summary] li').length;`);
              // Firefox opens its sidebar about 250 px wide: nothing may stick out sideways.
              const fit = await ctx.driver.waitInSidebar<{ width: number; scrollWidth: number }>(
                `return { width: win.innerWidth, scrollWidth: document.documentElement.scrollWidth };`,
              );
              assert(fit.scrollWidth <= fit.width, `the sidebar page is ${fit.scrollWidth} px wide in a ${fit.width} px sidebar (cut on the right)`);
              const file = saveShot('firefox-sidebar', await ctx.driver.sidebarScreenshot());
              ctx.notes.push(`sidebar: "Keep open" opened it with the seed story (${summary} summary points), ${fit.width} px wide, nothing cut; picture ${file.replace(`${root}/`, '')}`);
            } finally {
              await ctx.driver.chrome(`SidebarController.hide()`).catch(() => undefined);
            }
          },
        },
      ]
    : []),
  {
    name: 'reader for that tab: the popup\'s open-reader button opens the clean story with the caption once; screenshot',
    async run(ctx) {
      assert(ctx.seed, 'needs the seed click');
      if (!(await ctx.driver.popupOpen())) {
        // Closed by a test before (the sidebar's "Keep open" closes it): click the toolbar again.
        await ctx.driver.activate(ctx.seed.context);
        await ctx.driver.clickToolbarButton();
        await ctx.driver.waitInPopup(POPUP_READY);
      }
      await ctx.driver.clickInPopup('[data-testid=open-reader]');
      const reader = await readerFor(ctx, ctx.seed.tabId);
      ctx.reader = reader;
      await checkSeedReader(ctx, reader, 'reader from the popup');
      const unsafe = await ctx.driver.inTab<number>(reader, `document.querySelectorAll('[data-testid=reader-body] script, [data-testid=reader-body] [onclick]').length`);
      assert(unsafe === 0, 'unsanitised markup in the reader');
      const popupClosed = !(await ctx.driver.popupOpen());
      await ctx.driver.setViewport(reader, 1000, 800);
      await ctx.driver.waitInTab(reader, `document.fonts.ready.then(() => true)`);
      const file = saveShot('firefox-reader', await ctx.driver.screenshot(reader));
      ctx.notes.push(`reader: opened from the popup's button${popupClosed ? ' (the popup closed itself)' : ''}; picture ${file.replace(`${root}/`, '')}`);
      await ctx.driver.closePopup();
    },
  },
  {
    name: 'reader controls in Firefox: larger text, the OpenDyslexic font loads from the add-on, actor highlighting marks names',
    async run(ctx) {
      assert(ctx.reader, 'needs the reader');
      const reader = ctx.reader;
      const size = `parseFloat(getComputedStyle(document.querySelector('[data-testid=reader-body]')).fontSize)`;
      const before = await ctx.driver.inTab<number>(reader, size);
      await ctx.driver.clickInTab(reader, 'button[aria-label="Larger text"]');
      await ctx.driver.waitInTab(reader, `${size} > ${before}`, 5_000);
      await ctx.driver.clickInTab(reader, 'button[aria-label="Smaller text"]');
      await ctx.driver.waitInTab(reader, `${size} === ${before}`, 5_000);
      await ctx.driver.selectInTab(reader, '[data-testid=font]', 'dyslexic');
      const fontLoaded = await ctx.driver.waitInTab<boolean>(
        reader,
        `getComputedStyle(document.querySelector('[data-testid=reader-body]')).fontFamily.includes('OpenDyslexic') && document.fonts.ready.then(() => document.fonts.check('16px OpenDyslexic'))`,
        10_000,
      );
      assert(fontLoaded, 'OpenDyslexic did not load from the add-on');
      await ctx.driver.selectInTab(reader, '[data-testid=font]', 'serif');
      // Enabled once the reader has the story's actors from the language stage.
      await ctx.driver.waitInTab(reader, `document.querySelector('[data-testid=highlight-actors]')?.disabled === false`, 10_000);
      await ctx.driver.clickInTab(reader, '[data-testid=highlight-actors]');
      const marks = await ctx.driver.waitInTab<number>(reader, `document.querySelectorAll('[data-testid=reader-body] mark').length`, 5_000);
      await ctx.driver.clickInTab(reader, '[data-testid=highlight-actors]');
      await ctx.driver.waitInTab(reader, `document.querySelectorAll('[data-testid=reader-body] mark').length === 0`, 5_000);
      ctx.notes.push(`reader controls: text size up and back (${before}px), OpenDyslexic loaded from the add-on, highlighting marked ${marks} names and unmarked them`);
    },
  },
  {
    name: 'options change the open reader (theme) and an open popup (summary length, a cleaning rule) without reload',
    async run(ctx) {
      assert(ctx.seed && ctx.reader, 'needs the seed tab and its reader');
      // The popup page opened as a tab for the granted seed tab (a panel closes when another tab is used).
      const popup = await ctx.driver.newTab(ctx.driver.extensionUrl(`popup.html?tabId=${ctx.seed.tabId}`));
      await ctx.driver.waitInTab(popup, `document.documentElement.dataset.readyMs`);
      const options = await ctx.driver.newTab(ctx.driver.extensionUrl('options.html'));
      await ctx.driver.waitInTab(options, `document.querySelector('[data-testid=theme]') !== null`);
      const themeOf = `document.querySelector('[data-testid=reader]')?.dataset.theme`;
      for (const theme of ['sepia', 'dark', 'light']) {
        await ctx.driver.selectInTab(options, '[data-testid=theme]', theme);
        await ctx.driver.waitInTab(ctx.reader, `${themeOf} === ${JSON.stringify(theme)}`, 5_000);
      }
      const summaryCount = `document.querySelectorAll('[data-testid=summary] li').length`;
      const removed = `(document.querySelector('[data-testid=removed]')?.textContent ?? '')`;
      const teasersOn = `document.querySelector('[data-testid=cleaning-teasers]').checked`;
      try {
        await ctx.driver.clickInTab(options, '[data-testid=summary-short]');
        await ctx.driver.waitInTab(popup, `${summaryCount} === 3`, 5_000);
        await ctx.driver.clickInTab(options, '[data-testid=summary-long]');
        // The popup shows three points at a glance; its "More" opens the rest of the chosen length.
        await ctx.driver.waitInTab(popup, `/^More/.test(document.querySelector('[data-testid=summary-more]')?.textContent ?? '')`, 5_000);
        await ctx.driver.clickInTab(popup, '[data-testid=summary-more]');
        await ctx.driver.waitInTab(popup, `${summaryCount} > 5`, 5_000);
        await ctx.driver.clickInTab(options, '[data-testid=summary-medium]');
        const removedBefore = await ctx.driver.inTab<string>(popup, removed);
        assert(/teaser/.test(removedBefore), `expected teasers removed by default: ${removedBefore}`);
        await ctx.driver.clickInTab(options, '[data-testid=cleaning-teasers]');
        await ctx.driver.waitInTab(popup, `!/teaser/.test(${removed} || 'teaser')`, 10_000);
        await ctx.driver.clickInTab(options, '[data-testid=cleaning-teasers]');
        await ctx.driver.waitInTab(popup, `/teaser/.test(${removed})`, 10_000);
      } finally {
        // Later tests expect the defaults.
        await ctx.driver.clickInTab(options, '[data-testid=summary-medium]').catch(() => undefined);
        if (!(await ctx.driver.inTab<boolean>(options, teasersOn).catch(() => true))) await ctx.driver.clickInTab(options, '[data-testid=cleaning-teasers]');
      }
      ctx.notes.push('options: theme sepia → dark → light reached the open reader; summary short (3) / long (>3) and the teaser rule off/on reached an open popup page');
      await ctx.driver.closeTab(options);
      await ctx.driver.closeTab(popup);
    },
  },
  {
    name: 'Escape in the reader closes it and shows the story\'s tab again',
    async run(ctx) {
      assert(ctx.reader && ctx.seed, 'needs the seed tab and its reader');
      const reader = ctx.reader;
      await ctx.driver.activate(reader);
      await ctx.driver.bidi.send('input.performActions', {
        context: reader,
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE00C' }, { type: 'keyUp', value: '\uE00C' }] }],
      });
      const deadline = Date.now() + 5_000;
      while ((await ctx.driver.tabs()).some((t) => t.context === reader) && Date.now() < deadline) await delay(50);
      assert(!(await ctx.driver.tabs()).some((t) => t.context === reader), 'the reader tab is still open after Escape');
      const selected = await ctx.driver.chrome<string>('gBrowser.selectedBrowser.currentURI.spec');
      assert(selected === ctx.seed.url, `after Escape the selected tab shows ${selected}`);
      ctx.reader = undefined;
    },
  },
  {
    name: 'keyboard: the reader shortcut on a fresh seed tab grants the tab and opens the reader with the clean story',
    async run(ctx) {
      const shortcut = shortcutOf('open-reader');
      const page = await openPage(ctx, `${SEED.file}?tab=shortcut`);
      const before = await ctx.driver.canInject(page.tabId);
      assert(before !== true, 'Lede could already run scripts in the fresh tab before the shortcut');
      const pressedAt = performance.now();
      await ctx.driver.pressShortcut(shortcut);
      const reader = await readerFor(ctx, page.tabId).catch((error: Error) => {
        throw new Error(`${shortcut} opened no reader for tab ${page.tabId}: ${error.message}`);
      });
      await checkSeedReader(ctx, reader, shortcut);
      const after = await ctx.driver.canInject(page.tabId);
      assert(after === true, `after ${shortcut} Lede still cannot run scripts in the tab: ${after}`);
      ctx.notes.push(`keyboard ${shortcut}: reader with the clean story ${(performance.now() - pressedAt).toFixed(0)} ms after the key; the tab was refused before it and granted after`);
      await ctx.driver.closeTab(reader);
      await ctx.driver.closeTab(page.context);
    },
  },
  {
    name: 'keyboard: the toolbar shortcut (_execute_browser_action) opens the popup with the story',
    async run(ctx) {
      const shortcut = shortcutOf('_execute_browser_action');
      const page = await openPage(ctx, `${SEED.file}?tab=popup-shortcut`);
      await ctx.driver.pressShortcut(shortcut);
      await ctx.driver.waitInPopup(POPUP_READY);
      const title = await ctx.driver.inPopup<string>(`return document.querySelector('[data-testid=title]')?.textContent ?? '';`);
      assert(title === SEED.title, `popup title after ${shortcut} is "${title}"`);
      ctx.notes.push(`keyboard ${shortcut}: the popup opened with the story`);
      await ctx.driver.closePopup();
      await ctx.driver.closeTab(page.context);
    },
  },
  {
    name: 'the popup\'s Options button opens the options page in a tab',
    async run(ctx) {
      const page = await openPage(ctx, `${SEED.file}?tab=options-button`);
      await ctx.driver.clickToolbarButton();
      await ctx.driver.waitInPopup(POPUP_READY);
      await ctx.driver.clickInPopup('button[aria-label="Options"]');
      // runtime.openOptionsPage() opens the options page, or shows the one already open (here the
      // suite's own Lede tab is one): either way it is the selected tab afterwards.
      const deadline = Date.now() + 5_000;
      let selected = '';
      while (Date.now() < deadline && !selected.endsWith('/options.html')) {
        selected = await ctx.driver.chrome<string>('gBrowser.selectedBrowser.currentURI.spec');
        await delay(50);
      }
      assert(selected === ctx.driver.extensionUrl('options.html'), `after the Options button the selected tab shows ${selected}`);
      await ctx.driver.closePopup();
      await ctx.driver.closeTab(page.context);
    },
  },
  {
    name: 'a story whose page has not finished loading (an image that takes 20 s): the popup shows it all the same',
    async run(ctx) {
      const page = await openPage(ctx, `${SEED.file}?tab=loading&img=20000`, 'interactive');
      const status = await ctx.driver.inExtension<string>(`browser.tabs.get(${page.tabId}).then((t) => t.status)`);
      const clickedAt = performance.now();
      await ctx.driver.clickToolbarButton();
      const title = await ctx.driver.waitInPopup<string>(`return document.querySelector('[data-testid=title]')?.textContent;`, 10_000);
      assert(title === SEED.title, `popup title on the loading page is "${title}"`);
      const summary = await ctx.driver.waitInPopup<number>(`return document.querySelectorAll('[data-testid=summary] li').length;`, 10_000);
      ctx.notes.push(`page still loading (tab status "${status}" at the click): the story's title in the popup after ${(performance.now() - clickedAt).toFixed(0)} ms as this harness saw it, ${summary} summary points`);
      await ctx.driver.closePopup();
      await ctx.driver.closeTab(page.context);
    },
  },
  {
    name: 'a page that is not a story: the popup says so, and "Open in reader anyway" opens the whole page without its form',
    async run(ctx) {
      const page = await openPage(ctx, '/not-a-story.html');
      await ctx.driver.clickToolbarButton();
      await ctx.driver.waitInPopup(POPUP_READY);
      const text = await ctx.driver.inPopup<string>(`return document.body.innerText;`);
      const notArticle = await ctx.driver.inPopup<boolean>(`return document.querySelector('[data-testid=not-article]') !== null;`);
      assert(notArticle, `no not-article message; popup says: ${text.slice(0, 200)}`);
      await ctx.driver.clickInPopup('[data-testid=open-reader]');
      const reader = await readerFor(ctx, page.tabId, '&wholePage=1');
      const body = await ctx.driver.inTab<string>(reader, `document.querySelector('[data-testid=reader-body]')?.textContent ?? ''`);
      assert(body.includes('Sign in') && !body.includes('Password'), 'whole-page reader should keep the text and drop the form');
      await ctx.driver.closePopup();
      await ctx.driver.closeTab(reader);
      await ctx.driver.closeTab(page.context);
    },
  },
  {
    name: 'a page Firefox forbids (about:robots) gets a plain message',
    async run(ctx) {
      const context = await ctx.driver.newTab('about:robots');
      await ctx.driver.activate(context);
      await ctx.driver.clickToolbarButton();
      await ctx.driver.waitInPopup(POPUP_READY);
      const forbidden = await ctx.driver.inPopup<string | null>(`return document.querySelector('[data-testid=forbidden]')?.textContent ?? null;`);
      assert(forbidden !== null, `no forbidden message: ${await ctx.driver.inPopup<string>('return document.body.innerText;')}`);
      assert(/browser/i.test(forbidden), `message: ${forbidden}`);
      await ctx.driver.closePopup();
      await ctx.driver.closeTab(context);
    },
  },
  {
    name: 'a right-to-left story renders right-to-left in the reader',
    async run(ctx) {
      const { page, reader } = await openFixtureInReader(ctx, '/rtl-story.html');
      const dir = await ctx.driver.inTab<string>(reader, `getComputedStyle(document.querySelector('article.article') ?? document.querySelector('[data-testid=reader-body]')).direction`);
      assert(dir === 'rtl', `reader direction is ${dir}`);
      await ctx.driver.closeTab(reader);
      await ctx.driver.closeTab(page);
    },
  },
  {
    name: 'hostile markup in a story (hostile-story.html) runs nothing in the reader; the page\'s own script does run (control)',
    async run(ctx) {
      const { page, reader } = await openFixtureInReader(ctx, '/hostile-story.html');
      const pageRan = await ctx.driver.inTab<boolean>(page, 'window.pageScriptRan === true');
      assert(pageRan, 'control failed: the hostile page\'s own script did not run');
      const body = await ctx.driver.inTab<string>(reader, `document.querySelector('[data-testid=reader-body]')?.textContent ?? ''`);
      assert(body.includes('forty thousand cubic metres'), 'the story is missing');
      await ctx.driver.clickInTab(reader, '[data-testid=reader-body] a').catch(() => undefined);
      await ctx.driver.clickInTab(reader, '[data-testid=reader-body] p:nth-of-type(4)').catch(() => undefined);
      await delay(300);
      const found = await ctx.driver.inTab<{ xss: string; handlers: number; scripts: number; jsLinks: number }>(
        reader,
        `({
          xss: window.readerXss ?? '',
          handlers: document.querySelectorAll('[data-testid=reader-body] [onerror], [data-testid=reader-body] [onclick]').length,
          scripts: document.querySelectorAll('[data-testid=reader-body] script, [data-testid=reader-body] iframe').length,
          jsLinks: [...document.querySelectorAll('[data-testid=reader-body] a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? '')).length,
        })`,
      );
      assert(found.xss === '', `story markup ran in the reader: ${found.xss}`);
      assert(found.handlers === 0 && found.scripts === 0 && found.jsLinks === 0, `unsafe markup kept: ${JSON.stringify(found)}`);
      // Clicking the story's link opens it in a new tab: close whatever it opened.
      for (const tab of await ctx.driver.tabs()) if (tab.url.includes('/images/') || tab.url.startsWith('javascript:')) await ctx.driver.closeTab(tab.context);
      await ctx.driver.closeTab(reader);
      await ctx.driver.closeTab(page);
    },
  },
  {
    name: `hostile page: ${FIREFOX_PAYLOADS.length} of the ${XSS_PAYLOADS.length} XSS payloads in a story run nothing in the popup or the reader; the page is unchanged`,
    async run(ctx) {
      const page = await openPage(ctx, '/hostile-payloads.html');
      await delay(500);
      const pageRan = await ctx.driver.inTab<boolean>(page.context, `window[${JSON.stringify(SENTINEL)}] === 1`);
      const htmlBefore = await outerHtml(ctx, page.context);
      await ctx.driver.clickToolbarButton();
      await ctx.driver.waitInPopup(POPUP_READY);
      const popupRan = await ctx.driver.inPopup<boolean>(`return win[${JSON.stringify(SENTINEL)}] !== undefined;`);
      const popupTitle = await ctx.driver.inPopup<string>(`return document.querySelector('[data-testid=title]')?.textContent ?? '';`);
      assert(popupTitle.length > 0, 'the popup shows no story for the hostile page');
      assert(!popupRan, 'a payload ran in the popup');
      await ctx.driver.clickInPopup('[data-testid=open-reader]');
      const reader = await readerFor(ctx, page.tabId);
      await ctx.driver.closePopup();
      const text = await ctx.driver.inTab<string>(reader, `document.querySelector('[data-testid=reader-body]')?.textContent ?? ''`);
      assert(text.includes(STORY_SENTENCES[0]), 'the reader does not show the story');
      // Poke everything a payload could hang on (links excepted: their targets are audited instead).
      const poke = `(() => {
        for (const element of document.querySelectorAll('[data-testid=reader-body] *')) {
          for (const type of ['mouseover', 'mouseenter', 'pointerenter', 'focus', 'load', 'error', 'toggle', 'animationstart']) element.dispatchEvent(new Event(type));
          if (!element.closest('a')) element.click?.();
        }
      })()`;
      await ctx.driver.inTab(reader, poke);
      const highlightable = await ctx.driver.inTab<boolean>(reader, `(() => { const b = document.querySelector('[data-testid=highlight-actors]'); if (!b || b.disabled) return false; b.click(); return true; })()`);
      if (highlightable) await ctx.driver.inTab(reader, poke);
      await delay(300);
      const readerRan = await ctx.driver.inTab<boolean>(reader, `window[${JSON.stringify(SENTINEL)}] !== undefined`);
      const audit = await ctx.driver.inTab<Record<string, number | boolean>>(reader, READER_AUDIT);
      const readerDialogs = ctx.dialogs.get(reader) ?? 0;
      assert(!readerRan, 'a payload ran in the reader');
      assert(readerDialogs === 0, `${readerDialogs} dialogs opened in the reader`);
      const unsafe = Object.entries(audit).filter(([key, value]) => key !== 'elements' && key !== 'missing' && value !== 0);
      assert(!audit.missing && unsafe.length === 0, `unsafe markup in the reader: ${JSON.stringify(audit)}`);
      assert((await outerHtml(ctx, page.context)) === htmlBefore, 'the hostile page HTML changed after the click');
      ctx.notes.push(
        `hostile page: ${FIREFOX_PAYLOADS.length} payloads (${[...LOOPING_IN_FIREFOX].join(', ')} left out: an endless dialog loop in Firefox); ran in the popup: ${popupRan ? 1 : 0}, in the reader: ${readerRan ? 1 : 0}, reader dialogs: ${readerDialogs}; ` +
          `reader story body ${audit.elements} elements, 0 unsafe; control: the payloads did run on the page itself ` +
          `(sentinel ${pageRan ? 'set' : 'NOT set'}, ${ctx.dialogs.get(page.context) ?? 0} dialogs there)`,
      );
      await ctx.driver.closeTab(reader);
      await ctx.driver.closeTab(page.context);
    },
  },
  {
    name: 'context menu: "Open in Lede reader" on a fresh seed tab grants the tab and opens the reader',
    async run(ctx) {
      const page = await openPage(ctx, `${SEED.file}?tab=context-menu`);
      await openReaderFromContextMenu(ctx, page, 'context menu');
      ctx.notes.push('context menu: a BiDi right click opened the page menu; choosing "Open in Lede reader" granted the tab and opened the reader');
    },
  },
  {
    name: 'after Lede restarts (background page started again without onInstalled, as at a browser restart): context menu, toolbar and shortcut still work',
    async run(ctx) {
      // Disabled and enabled again through Firefox's add-on manager: the background page starts anew,
      // as after a browser restart, and onInstalled does not fire. Firefox never keeps the menu
      // items of a persistent background page: they exist only if the page creates them at start.
      const restarted = await ctx.driver.chrome<{ active: boolean }>(`(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const addon = await AddonManager.getAddonByID(${JSON.stringify(ADDON_ID)});
        await addon.disable();
        await addon.enable();
        return { active: addon.isActive };
      })()`);
      assert(restarted.active, 'Lede is not active after being enabled again');
      // Lede's own tabs closed with it.
      ctx.driver.forgetExtensionTabs();
      ctx.reader = undefined;
      const menuPage = await openPage(ctx, `${SEED.file}?tab=after-restart-menu`);
      await openReaderFromContextMenu(ctx, menuPage, 'context menu after the restart');
      const popupPage = await openPage(ctx, `${SEED.file}?tab=after-restart-click`);
      await ctx.driver.clickToolbarButton();
      await ctx.driver.waitInPopup(POPUP_READY);
      const title = await ctx.driver.inPopup<string>(`return document.querySelector('[data-testid=title]')?.textContent ?? '';`);
      assert(title === SEED.title, `popup title after the restart is "${title}"`);
      await ctx.driver.closePopup();
      await ctx.driver.closeTab(popupPage.context);
      const keyPage = await openPage(ctx, `${SEED.file}?tab=after-restart-key`);
      await ctx.driver.pressShortcut(shortcutOf('open-reader'));
      const reader = await readerFor(ctx, keyPage.tabId);
      await checkSeedReader(ctx, reader, 'shortcut after the restart');
      await ctx.driver.closeTab(reader);
      await ctx.driver.closeTab(keyPage.context);
      ctx.notes.push('after Lede restarted (disabled and enabled, onInstalled not fired): the context-menu item was there and opened the reader; toolbar popup and shortcut worked');
    },
  },
  {
    name: '"always open in reader" for a site: Firefox\'s permission prompt, allowed, then a story of that site opens in the reader by itself',
    async run(ctx) {
      const options = await ctx.driver.newTab(ctx.driver.extensionUrl('options.html'));
      await ctx.driver.activate(options);
      await ctx.driver.waitInTab(options, `document.querySelector('.add-site input') !== null`);
      const host = new URL(ctx.servers.origin).hostname;
      await ctx.driver.typeInTab(options, '.add-site input', host);
      // A BiDi click is user input for Firefox: the add-on may ask for a permission in it.
      await ctx.driver.clickInTab(options, '.add-site button');
      const prompt = await ctx.driver.acceptDoorhanger('addon-webext-permissions-notification');
      assert(prompt.includes(host), `the permission prompt does not name ${host}: ${prompt}`);
      await ctx.driver.waitInTab(options, `[...document.querySelectorAll('.sites li')].some((li) => li.textContent.includes(${JSON.stringify(host)}))`);
      let granted: string[] = [];
      try {
        granted = (await ctx.driver.inExtension<{ origins: string[] }>('browser.permissions.getAll()')).origins;
        assert(granted.includes(`*://${host}/*`), `granted origins: ${granted.join(', ')}`);
        const url = `${ctx.servers.origin}${SEED.file}?tab=always-reader`;
        const page = await ctx.driver.newTab(url);
        const tabId = await ctx.driver.tabIdOf(url);
        const reader = await readerFor(ctx, tabId);
        await checkSeedReader(ctx, reader, 'always open in reader');
        await ctx.driver.closeTab(reader);
        await ctx.driver.closeTab(page);
      } finally {
        // Removing the site gives the permission back: later checks expect no host permission.
        await ctx.driver.clickInTab(options, `.sites button[aria-label="Remove ${host}"]`).catch(() => undefined);
        await ctx.driver.waitInTab(options, `document.querySelectorAll('.sites li').length === 0`, 5_000).catch(() => undefined);
      }
      const left = (await ctx.driver.inExtension<{ origins: string[] }>('browser.permissions.getAll()')).origins;
      assert(left.length === 0, `after removing the site Lede still holds ${left.join(', ')}`);
      ctx.notes.push(`always open in reader: typed ${host}, clicked Add site, clicked Allow in Firefox's permission prompt for ${host}; the seed page then opened in the reader by itself; removing the site gave the permission back`);
      await ctx.driver.closeTab(options);
    },
  },
  {
    name: 'the seed page is unchanged, no request left 127.0.0.1 (Firefox\'s own included), and Lede\'s pages logged no script error',
    extraMs: IDLE_MS,
    async run(ctx) {
      assert(ctx.seed, 'needs the seed click');
      if (IDLE_MS > 0) {
        // A soak: the browser left idle (Lede installed, pages open) before the count, for what
        // Firefox might send on a timer.
        await delay(IDLE_MS);
        ctx.notes.push(`idle soak: ${IDLE_MS / 1000} s idle before the request count`);
      }
      assert((await outerHtml(ctx, ctx.seed.context)) === ctx.seed.htmlBefore, 'the seed page HTML changed');
      // javascript: "requests" are the hostile page's own iframes navigating on the page itself: no network.
      const external = ctx.requests.filter((url) => !/^(http:\/\/127\.0\.0\.1[:/]|moz-extension:|about:|data:|blob:|javascript:|resource:|chrome:)/.test(url));
      assert(external.length === 0, `tabs requested: ${external.join(', ')}`);
      assert(ctx.servers.outbound.length === 0, `requests reached the outbound proxy: ${ctx.servers.outbound.join(', ')}`);
      const errors = ctx.harness.log
        .join('')
        .split('\n')
        .filter((line) => line.includes(ctx.harness.extensionOrigin) && /error/i.test(line));
      assert(errors.length === 0, `script errors from Lede's pages:\n${errors.slice(0, 10).join('\n')}`);
      ctx.notes.push(
        `requests: ${ctx.requests.length} seen from tabs, all to 127.0.0.1 or Lede's own pages; ${ctx.servers.served.length} served on 127.0.0.1; ` +
          `0 reached the outbound proxy (every non-loopback request of the whole browser goes there)`,
      );
    },
  },
];

/** Flows of the Chromium suite this suite does not drive in Firefox, and why (printed with the results). */
const NOT_DRIVEN = [
  'click-to-summary on warm clicks and the control extension: a Chromium speed study (its worker takes the click); in Firefox the toolbar keeps the declared popup (read-on-click.ts), one first-click time is printed above',
  'a worker stopped while idle: Firefox runs Lede\'s MV2 background page, which it does not stop while the browser runs (no service worker to restart); its restart is checked above (add-on disabled and enabled)',
  'read aloud: headless Firefox has no speech voices',
  'Chrome\'s built-in summarizer: a Chrome-only API',
  ...(manifest().sidebar_action ? [] : ['sidebar: this build has no sidebar_action (the check above runs when the manifest declares one)']),
];

async function main(): Promise<number> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(`e2e firefox: no built add-on at ${extensionDir}; run \`npm run build:firefox\` first`);
    return 1;
  }
  const started = performance.now();
  // The generated payload page is served like the fixtures (every address in it points at this server).
  const generated = mkdtempSync(join(tmpdir(), 'lede-firefox-e2e-'));
  const servers = await startServers(generated, fixtureDir, seedDir);
  writeFileSync(join(generated, 'hostile-payloads.html'), localPayloadPage(servers.origin, FIREFOX_PAYLOADS));
  let harness: FirefoxHarness | undefined;
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const notes: string[] = [];
  try {
    harness = await launchFirefox(extensionDir, Number(new URL(servers.proxy).port));
    const ctx: Context = { driver: new FirefoxDriver(harness), harness, servers, notes, requests: [], dialogs: new Map() };
    harness.bidi.on('network.beforeRequestSent', (params) => ctx.requests.push(String((params.request as { url: string }).url)));
    harness.bidi.on('browsingContext.userPromptOpened', (params) => {
      const context = String(params.context);
      ctx.dialogs.set(context, (ctx.dialogs.get(context) ?? 0) + 1);
    });
    await harness.bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'browsingContext.userPromptOpened'] });
    // LEDE_FIREFOX_ONLY=<regular expression>: run the tests whose names match (some need earlier ones).
    const only = process.env.LEDE_FIREFOX_ONLY ? new RegExp(process.env.LEDE_FIREFOX_ONLY, 'i') : null;
    await runChecks(only ? tests.filter((test) => only.test(test.name)) : tests, ctx, {
      limitMs: (test) => 45_000 + (test.extraMs ?? 0),
      // A failed step may leave a popup open over the next test.
      afterFailure: () => ctx.driver.closePopup(),
    }, tally);
  } catch (error) {
    tally.failed++;
    console.log(`  ✗ could not start Firefox with the add-on: ${(error as Error).message}`);
  } finally {
    await harness?.close().catch(() => undefined);
    await servers.close();
    if (harness) {
      // Firefox's own output (console of every page, remote agent), for a failure's explanation.
      mkdirSync(join(root, 'tests/e2e/output'), { recursive: true });
      writeFileSync(logFile, harness.log.join(''));
    }
  }
  for (const flow of NOT_DRIVEN) console.log(`  ○ not driven: ${flow}`);
  for (const note of notes) console.log(`  · ${note}`);
  console.log(`  · Firefox's console and remote-agent output in ${logFile.replace(`${root}/`, '')}`);
  console.log(`  · screenshots in ${shotDir.replace(`${root}/`, "")}; e2e firefox took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`firefox: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  return tally.failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
