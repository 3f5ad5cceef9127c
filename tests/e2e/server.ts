/**
 * The e2e test's two local servers:
 * - a static server on 127.0.0.1 for the fixture pages (and a placeholder for every image);
 * - a recording proxy that Chromium is told to use for everything that is not loopback, so any
 *   request that would leave the machine, from a page, the popup, the reader or the service
 *   worker, is recorded here (and refused) instead of being lost in the closed network.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const PLACEHOLDER_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<rect width="1200" height="800" fill="#8fa3b8"/><circle cx="600" cy="330" r="120" fill="#c9d4df"/>
<rect x="380" y="480" width="440" height="220" rx="110" fill="#c9d4df"/></svg>`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How a page loads, set by its query, so that the e2e run can click pages in the states a reader
 * meets them in:
 * - `delay=MS`: the server waits before the first byte (a slow server);
 * - `stall=MS`: the first part of the HTML, then a pause, then the rest (a page still arriving:
 *   clicked then, the browser has not finished parsing it);
 * - `img=MS`: an image that takes that long, holding off the page's load event;
 * - `go=URL&after=MS`: the page sends itself to another address after it loaded (a redirect to
 *   a canonical or regional address, on the same site or another).
 */
function withLoading(html: string, query: URLSearchParams): string {
  let page = html;
  const img = query.get('img');
  if (img) page = page.replace(/<body([^>]*)>/i, `<body$1><img src="/slow-image?ms=${Number(img)}&amp;n=${Math.random()}" width="1" height="1" alt="">`);
  const go = query.get('go');
  if (go) {
    const script = `<script>setTimeout(function () { location.replace(${JSON.stringify(go)}); }, ${Number(query.get('after') ?? 100)});</script>`;
    page = page.replace(/<\/body>/i, `${script}</body>`);
  }
  return page;
}

async function servePage(res: import('node:http').ServerResponse, body: string, query: URLSearchParams): Promise<void> {
  const delay = Number(query.get('delay') ?? 0);
  if (delay) await sleep(delay);
  if (res.destroyed) return;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const stall = Number(query.get('stall') ?? 0);
  if (!stall) {
    res.end(body);
    return;
  }
  // Split inside the story, after its first paragraphs: what a stalled page has shown so far.
  const cut = Math.floor(body.length * 0.45);
  res.write(body.slice(0, cut));
  await sleep(stall);
  if (!res.destroyed) res.end(body.slice(cut));
}

export interface Servers {
  origin: string;
  proxy: string;
  /** Requests that tried to leave the machine (method and target). */
  outbound: string[];
  /** Every request the fixture server answered. */
  served: string[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Serves .html files from the first of `fixtureDirs` that has them (the seed pages live with the golden tests). */
export async function startServers(...fixtureDirs: string[]): Promise<Servers> {
  const served: string[] = [];
  const outbound: string[] = [];
  const site = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    served.push(path);
    if (path.startsWith('/images/')) {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(PLACEHOLDER_IMAGE);
      return;
    }
    if (path === '/slow-image') {
      await sleep(Number(url.searchParams.get('ms') ?? 3000));
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(PLACEHOLDER_IMAGE);
      return;
    }
    for (const fixtureDir of fixtureDirs) {
      const file = normalize(join(fixtureDir, path));
      if (!file.startsWith(fixtureDir) || !file.endsWith('.html')) break;
      let body: string;
      try {
        body = await readFile(file, 'utf8');
      } catch {
        continue; // not in this folder: try the next
      }
      await servePage(res, withLoading(body, url.searchParams), url.searchParams);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  const proxy = createServer((req, res) => {
    outbound.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    outbound.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const [sitePort, proxyPort] = await Promise.all([listen(site), listen(proxy)]);
  return {
    origin: `http://127.0.0.1:${sitePort}`,
    proxy: `http://127.0.0.1:${proxyPort}`,
    outbound,
    served,
    close: () =>
      Promise.all([site, proxy].map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); }))).then(() => undefined),
  };
}
