/**
 * One parse, browser-equal: the tree the CLI and the benchmarks build in Node (parse5 into linkedom,
 * scripts/lib/parse-html.ts) must be the tree headless Chromium builds from the same bytes, on
 * malformed pages of the kinds real sites serve (tests/story/malformed-pages.ts). The extension runs
 * the engine on Chromium's tree; a different tree in Node means the CLI and the benchmarks measure
 * another page.
 *
 * Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH), as the e2e suite does; CI installs it
 * (.ci/run). Without it this file fails rather than skips: a parity test that silently does not run
 * proves nothing.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, type DomLibrary } from '../../scripts/lib/parse-html';
import { CHROMIUM_PATH, launchPageBrowser, startPageServer, type PageBrowser, type PageServer } from '../../scripts/lib/chromium-pages';
import { TREE_LINES_SOURCE, treeLines } from '../helpers/tree-lines';
import { MALFORMED_PAGES } from './malformed-pages';

/**
 * What the engine does to the page besides reading it, in the same plain JavaScript for both sides:
 * - the engine works on a clone (`doc.cloneNode(true)`), and Readability, when it retries, sets the
 *   body's HTML back from a saved copy: `body.innerHTML = body.innerHTML` on the clone;
 * - a clone has no browsing context, so scripting is off for it: markup set there makes <noscript>
 *   elements, where the tab's own parse made text.
 */
const CLONE_CHECKS_SOURCE = String.raw`function cloneChecks(doc) {
  var treeLines = ${TREE_LINES_SOURCE};
  var clone = doc.cloneNode(true);
  var root = clone.documentElement;
  var body = null;
  for (var el = root && root.firstElementChild; el; el = el.nextElementSibling) if (el.localName === 'body') body = el;
  if (body) body.innerHTML = body.innerHTML;
  var probe = clone.createElement('div');
  probe.innerHTML = '<noscript><p>no script</p></noscript><p>a<table><tr><td>b</table>';
  // Template contents are left out of the round trip: linkedom neither clones nor serialises them
  // (a browser does), and they are never shown.
  return { roundTrip: treeLines(clone, true), probe: treeLines({ compatMode: clone.compatMode, childNodes: [probe] }) };
}`;
const cloneChecks = new Function('doc', `return (${CLONE_CHECKS_SOURCE})(doc);`) as (doc: Document) => { roundTrip: string[]; probe: string[] };

interface BrowserTree {
  tree: string[];
  bodyText: string | null;
  roundTrip: string[];
  probe: string[];
}

let browser: PageBrowser;
let server: PageServer;
const chromiumTrees = new Map<string, BrowserTree>();

function nodeTree(html: string, library: DomLibrary = 'linkedom'): string[] {
  const page = parseHtml(html, 'https://news.example/story', library);
  try {
    return treeLines(page.document);
  } finally {
    page.close();
  }
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  server = await startPageServer();
  browser = await launchPageBrowser();
  for (const page of MALFORMED_PAGES) {
    const tab = await browser.open(server.add(() => page.html));
    const [tree, bodyText, checks] = await Promise.all([
      tab.evaluate(`(${TREE_LINES_SOURCE})(document)`) as Promise<string[]>,
      tab.evaluate('document.body && document.body.textContent') as Promise<string | null>,
      tab.evaluate(`(${CLONE_CHECKS_SOURCE})(document)`) as Promise<{ roundTrip: string[]; probe: string[] }>,
    ]);
    chromiumTrees.set(page.name, { tree, bodyText, ...checks });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const withoutLines = (lines: string[], pattern: RegExp) => lines.filter((line) => !pattern.test(line));

describe('Node builds the tree Chromium builds (parse5 into linkedom)', () => {
  for (const page of MALFORMED_PAGES) {
    it(page.name, () => {
      const chromium = chromiumTrees.get(page.name)!;
      const parsed = parseHtml(page.html, 'https://news.example/story');
      const tree = treeLines(parsed.document);
      const checks = cloneChecks(parsed.document);
      if (page.knownDifference) {
        const { lines } = page.knownDifference;
        // Still a difference (else the note is stale), and the only one; the text is the same.
        expect(tree).not.toEqual(chromium.tree);
        expect(withoutLines(tree, lines)).toEqual(withoutLines(chromium.tree, lines));
        expect(parsed.document.body.textContent).toBe(chromium.bodyText);
        return;
      }
      expect(tree).toEqual(chromium.tree);
      expect(checks.roundTrip, 'clone, then body.innerHTML = body.innerHTML').toEqual(chromium.roundTrip);
      expect(checks.probe, 'innerHTML in the clone (scripting off)').toEqual(chromium.probe);
    });
  }

  it('the comparison has teeth: linkedom’s own parser builds other trees than Chromium on most of these pages', () => {
    // The first line (the document's mode, which linkedom lacks) is left out: the trees themselves differ.
    const differing = MALFORMED_PAGES.filter(
      (page) => JSON.stringify(nodeTree(page.html, 'linkedom-htmlparser2').slice(1)) !== JSON.stringify(chromiumTrees.get(page.name)!.tree.slice(1)),
    );
    expect(differing.length).toBeGreaterThan(MALFORMED_PAGES.length / 2);
  });

  it('createElement lower-cases the name in an HTML document, as Chromium does (Readability creates DIV and P)', async () => {
    const source = `(() => { const d = document.cloneNode(true); const p = d.createElement('P'); d.body.append(d.createElement('DIV'), p);
      return [p.localName, p.tagName, d.body.lastElementChild.outerHTML, d.body.getElementsByTagName('p').length, d.createElement('sVg').localName]; })()`;
    const tab = await browser.open(server.add(() => '<!doctype html><body>'));
    const inChromium = await tab.evaluate(source);
    const { document } = parseHtml('<!doctype html><body>', 'https://news.example/story');
    const inNode = new Function('document', `return ${source}`)(document);
    expect(inNode).toEqual(inChromium);
    expect(inNode).toEqual(['p', 'P', '<p></p>', 1, 'svg']);
  });

  it('a page opened at its own address has that address: Readability resolves links against it', async () => {
    const address = 'https://news.example/section/story.html#top';
    const tab = await browser.open(address, () => '<!doctype html><body><a href="/other">x</a>');
    const seen = (await tab.evaluate(`[document.URL, document.querySelector('a').href]`)) as string[];
    expect(seen).toEqual(['https://news.example/section/story.html#top', 'https://news.example/other']);
  });

  it('no page tried to reach beyond 127.0.0.1', () => {
    expect(browser.refused.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  });
});
