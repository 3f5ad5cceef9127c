/**
 * Pages loaded in headless Chromium from a server on 127.0.0.1, for comparing what Node builds from
 * the same bytes with what the browser builds (tests/story/parse-parity.test.ts, `npm run bench --
 * --browser`).
 *
 * How a page is loaded, and why:
 * - One real navigation per page (not `setContent`/document.write): the browser's network parser.
 * - JavaScript stays on, so the parser's scripting flag is on, as in the reader's tab (a <noscript>'s
 *   content is then text, not elements). The page's own scripts do not run: every page is served
 *   with `Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'`. The saved corpus
 *   pages cannot fetch what their scripts would (no network), and the Node path runs no scripts
 *   either: what is compared is the parser's tree. Inline styles stay allowed because `style=""`
 *   attributes feed `element.style`, which Readability reads; nothing else loads (no images, fonts,
 *   style sheets or frames).
 * - No request leaves 127.0.0.1: every request goes through a route that aborts anything but the
 *   page itself (and a `<meta http-equiv=refresh>` navigation), and Chromium gets a proxy that
 *   refuses everything that is not loopback. Requests refused are counted (`refused`). A page opened
 *   at its own web address (`open(url, read)`) is answered by that route from memory: the document
 *   gets the page's address, and nothing is sent.
 * - Bytes are served as `text/html; charset=utf-8`, as Node decodes them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from './browser/quiet-chromium';

export { CHROMIUM_PATH };

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** How every page is served: UTF-8, as Node decodes it; the page's own scripts blocked (see above). */
function pageHeaders(): Record<string, string> {
  return { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' };
}

export interface PageServer {
  origin: string;
  /** Serve `html` at a new path; returns the page's URL. `read` is called on each request. */
  add(read: () => string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, () => string>();
  const server: Server = createServer((req, res) => {
    const read = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!read) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, pageHeaders()).end(read());
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const origin = `http://127.0.0.1:${port}`;
  let next = 0;
  return {
    origin,
    add(read) {
      const path = `/page-${next++}.html`;
      pages.set(path, read);
      return origin + path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface PageBrowser {
  browser: Browser;
  context: BrowserContext;
  /** URLs of requests refused because they were not the page itself. */
  refused: string[];
  /**
   * Navigate a tab to `url`; resolves once the document is parsed (DOMContentLoaded). With `read`,
   * the navigation is answered here with its text (served as the page server serves it), so that the
   * tab's document has the page's own address, as in the reader's tab: a server on 127.0.0.1 gives
   * the document 127.0.0.1's address, and Readability resolves the story's relative links against
   * the document's address (WCXB 0341 in docs/parsing.md). Nothing goes to the network either way.
   */
  open(url: string, read?: () => string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchPageBrowser(): Promise<PageBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      // Anything not on loopback would go to this proxy, where nothing listens.
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
  const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block' });
  const refused: string[] = [];
  let page: Page | undefined;
  let expected = '';
  let answer: (() => string) | undefined;
  await context.route('**/*', (route) => {
    const request = route.request();
    if (request.url() === expected && request.isNavigationRequest() && request.frame() === page?.mainFrame()) {
      return answer ? route.fulfill({ status: 200, headers: pageHeaders(), body: answer() }) : route.continue();
    }
    refused.push(request.url());
    return route.abort();
  });
  return {
    browser,
    context,
    refused,
    async open(url, read) {
      // One tab, reused: a new navigation replaces the document (and its memory).
      page ??= await context.newPage();
      // As the request will name it (no fragment; the URL's normal form).
      const target = new URL(url);
      target.hash = '';
      expected = target.href;
      answer = read;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // A later navigation (meta refresh) would be refused by the route; the parsed document stays.
      expected = '';
      answer = undefined;
      return page;
    },
    close: () => browser.close(),
  };
}
