/**
 * e2e: the whole XSS payload corpus (tests/safety/xss-payloads.ts, 73 payloads) inside the
 * hand-written story (tests/fixtures/hostile-story.html), opened in real Chromium, clicked with the
 * real toolbar action, then read in the reader. Passes when no payload runs in Lede's pages (the
 * sentinel global `__ledePwned` stays unset in the popup and the reader, no dialog opens in the
 * reader), the reader's story markup holds nothing executable, the live page's HTML is the same
 * before and after the click, and every request stays on 127.0.0.1. As a control, the same payloads
 * DO run on the page itself (it is a real hostile page), which the test records.
 *
 * Plugs into the e2e runner (`hostilePayloadsTest` has its test shape), or runs alone after
 * `npm run build`: `tsx tests/e2e/hostile-payloads.ts`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { STORY_SENTENCES, hostileStoryPage } from '../safety/hostile-story';
import { SENTINEL, XSS_PAYLOADS } from '../safety/xss-payloads';
import { clickToolbarButton, launch, tabIdOf, waitInPopup, type Harness } from './browser';
import { startServers, type Servers } from './server';

/** What this test needs from the runner's context (the runner's own Context has all of it). */
export interface HostileContext {
  harness: Harness;
  servers: Servers;
  pageUrls: string[];
  notes: string[];
}

const PAGE_PATH = '/hostile-payloads.html';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * The payload page with every absolute address pointed at the local server, so that nothing in it
 * (images, links, style sheets) could make a request leave the machine, even if it survived.
 */
export function localPayloadPage(origin: string, payloads = XSS_PAYLOADS): string {
  return hostileStoryPage(payloads)
    .replace(/https?:\/\/[a-z0-9.-]+\.example\//gi, `${origin}/`)
    .replace(/http:\/\/127\.0\.0\.1:9\//g, `${origin}/`);
}

/** Executable or network-reaching markup left in the reader's story body (counted in the page). */
export const READER_AUDIT = `(() => {
  const body = document.querySelector('[data-testid=reader-body]');
  if (!body) return { missing: true };
  const all = [...body.querySelectorAll('*')];
  const attrs = all.flatMap((el) => [...el.attributes].map((a) => [el, a.name.toLowerCase(), a.value]));
  const notHttp = (v) => !/^https?:\\/\\//i.test(v.replace(/[\\u0000-\\u0020]+/g, ''));
  return {
    missing: false,
    elements: all.length,
    dangerousElements: body.querySelectorAll('script, iframe, frame, object, embed, form, input, button, style, link, meta, base, svg, math, template, noscript, video, audio, source').length,
    handlers: attrs.filter(([, name]) => name.startsWith('on')).length,
    styles: attrs.filter(([, name]) => name === 'style').length,
    badUrls: attrs.filter(([, name, value]) => ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster'].includes(name) && notHttp(value)).length,
    badSrcsets: attrs.filter(([, name, value]) => name === 'srcset' && value.split(/,\\s+/).some((c) => notHttp(c.trim().split(/\\s+/)[0]))).length,
    openerLinks: [...body.querySelectorAll('a[href]')].filter((a) => a.target !== '_blank' || !/noopener/.test(a.rel) || !/noreferrer/.test(a.rel)).length,
    foreignNamespace: all.filter((el) => el.namespaceURI !== 'http://www.w3.org/1999/xhtml').length,
  };
})()`;

export const hostilePayloadsTest = {
  name: `hostile page: ${XSS_PAYLOADS.length} XSS payloads in a story run nothing in the popup or reader; the page is unchanged`,
  async run(ctx: HostileContext): Promise<void> {
    const { harness, servers } = ctx;
    const html = localPayloadPage(servers.origin);
    const page = await harness.context.newPage();
    let pageDialogs = 0;
    page.on('dialog', (dialog) => {
      pageDialogs += 1;
      void dialog.dismiss();
    });
    // Served by Playwright at the fixture server's origin: the page is generated from the payload list.
    await page.route(`${servers.origin}${PAGE_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(`${servers.origin}${PAGE_PATH}`);
    // Let the page's own payloads (load, error, toggle handlers) finish before taking its picture.
    await page.waitForTimeout(500);
    const pageRan = await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] === 1, SENTINEL);
    const htmlBefore = await page.evaluate(() => document.documentElement.outerHTML);

    const { popup } = await clickToolbarButton(harness, page);
    await waitInPopup(popup, 'document.documentElement.dataset.readyMs');
    const popupState = await popup.evaluate<string>('document.querySelector("main")?.dataset.state ?? ""');
    const popupRan = await popup.evaluate<boolean>(`window.${SENTINEL} !== undefined`);
    ctx.pageUrls.push(...popup.requests);
    check(popupState === 'story', `popup state on the hostile page is "${popupState}"`);
    check(!popupRan, 'a payload ran in the popup');

    const tabId = await tabIdOf(harness, page);
    const reader = await harness.context.newPage();
    let readerDialogs = 0;
    reader.on('dialog', (dialog) => {
      readerDialogs += 1;
      void dialog.dismiss();
    });
    await reader.goto(`chrome-extension://${harness.extensionId}/reader.html?tabId=${tabId}`);
    await reader.locator('[data-testid="reader"][data-state="story"]').waitFor({ timeout: 10_000 });
    const text = (await reader.getByTestId('reader-body').textContent()) ?? '';
    check(text.includes(STORY_SENTENCES[0]), 'the reader does not show the story');

    // Poke everything a payload could hang on: hover and click every element that is not a link
    // (links open new tabs; their targets are audited instead), and mark actors (a re-parse).
    await pokeAll(reader);
    const highlight = reader.getByTestId('highlight-actors');
    if ((await highlight.count()) && (await highlight.isEnabled())) {
      await highlight.click();
      await pokeAll(reader);
    }
    await reader.waitForTimeout(300);
    const readerRan = await reader.evaluate((name) => (window as unknown as Record<string, unknown>)[name] !== undefined, SENTINEL);
    const audit = (await reader.evaluate(READER_AUDIT)) as Record<string, number | boolean>;
    const htmlAfter = await page.evaluate(() => document.documentElement.outerHTML);

    check(!readerRan, 'a payload ran in the reader');
    check(readerDialogs === 0, `${readerDialogs} dialogs opened in the reader`);
    const unsafe = Object.entries(audit).filter(([key, value]) => key !== 'elements' && key !== 'missing' && value !== 0);
    check(!audit.missing && unsafe.length === 0, `unsafe markup in the reader: ${JSON.stringify(audit)}`);
    check(htmlAfter === htmlBefore, 'the hostile page HTML changed after the click');
    ctx.notes.push(
      `hostile page: ${XSS_PAYLOADS.length} payloads; ran in the popup: ${popupRan ? 1 : 0}, in the reader: ${readerRan ? 1 : 0}, ` +
        `reader dialogs: ${readerDialogs}; reader story body ${audit.elements} elements, 0 unsafe; page unchanged by the click; ` +
        `control: the payloads did run on the page itself (sentinel ${pageRan ? 'set' : 'NOT set'}, ${pageDialogs} dialogs there)`,
    );
    await reader.close();
    await page.close();
  },
};

/** Files of the built extension, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Extension pages keep MV3's strict default CSP (script-src 'self'), so even markup that slipped past
 * the sanitiser could not run inline code or load remote script; and Lede itself ships no eval.
 */
export function checkBuiltExtensionCsp(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  check(!/unsafe-eval|unsafe-inline|https?:|\*/.test(csp), `the manifest loosens the CSP: ${csp}`);
  const code = filesUnder(extensionDir).filter((file) => /\.(js|html)$/.test(file));
  const offenders = code.filter((file) => /\beval\(|new Function\(|<script[^>]+src=["']?https?:|import\(["']https?:/.test(readFileSync(file, 'utf8')));
  check(offenders.length === 0, `eval or remote code in: ${offenders.join(', ')}`);
  return `CSP: ${manifest.content_security_policy ? csp : "MV3 default (script-src 'self')"}; ${code.length} built scripts and pages, none with eval, new Function or remote script`;
}

async function pokeAll(reader: Page): Promise<void> {
  await reader.evaluate(() => {
    const body = document.querySelector('[data-testid=reader-body]');
    for (const element of body ? [...body.querySelectorAll('*')] : []) {
      for (const type of ['mouseover', 'mouseenter', 'pointerenter', 'focus', 'load', 'error', 'toggle', 'animationstart']) {
        element.dispatchEvent(new Event(type));
      }
      if (!element.closest('a')) (element as HTMLElement).click?.();
    }
  });
}

/** Alone: build first (`npm run build`), then `tsx tests/e2e/hostile-payloads.ts`. */
async function runAlone(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const extensionDir = join(root, '.output/chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error('no built extension: run `npm run build` first');
    return 1;
  }
  const servers = await startServers(join(root, 'tests/e2e/fixtures'));
  const harness = await launch(extensionDir, servers.proxy);
  const ctx: HostileContext = { harness, servers, pageUrls: [], notes: [] };
  harness.context.on('request', (request) => ctx.pageUrls.push(request.url()));
  try {
    ctx.notes.push(checkBuiltExtensionCsp(extensionDir));
    await hostilePayloadsTest.run(ctx);
    await new Promise((r) => setTimeout(r, 300));
    // javascript: "requests" are the hostile page's own iframes navigating on the page itself: no network.
    const external = ctx.pageUrls.filter((url) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|chrome:|data:|blob:|about:|javascript:)/.test(url));
    const outbound = servers.outbound.filter((line) => !/(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)[:/]/.test(line));
    check(external.length === 0 && outbound.length === 0, `requests left 127.0.0.1: ${[...external, ...outbound].join(', ')}`);
    for (const note of ctx.notes) console.log(note);
    console.log(`requests: ${ctx.pageUrls.length} recorded, ${external.length} to other hosts, ${outbound.length} reached the outbound proxy`);
    console.log(`ok - ${hostilePayloadsTest.name}`);
    return 0;
  } catch (error) {
    console.log(`not ok - ${hostilePayloadsTest.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await harness.close();
    await servers.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runAlone();
}

