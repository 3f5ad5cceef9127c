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
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    served.push(path);
    if (path.startsWith('/images/')) {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(PLACEHOLDER_IMAGE);
      return;
    }
    for (const fixtureDir of fixtureDirs) {
      const file = normalize(join(fixtureDir, path));
      if (!file.startsWith(fixtureDir) || !file.endsWith('.html')) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
        return;
      } catch {
        // not in this folder: try the next
      }
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
