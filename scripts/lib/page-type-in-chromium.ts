/**
 * `npm run bench -- --corpus page-type --browser`: do the page-type stage's inputs read in Node (what
 * the model was trained and measured on) agree with what the extension reads in the reader's tab?
 *
 * In the extension the story engine (extract-story.js) and the page's signals (page-signals.js) run in
 * the tab, on Chromium's DOM, and the extension page applies the stage to what they send back
 * (lib/platform/extract-from-tab.ts). Here each labelled page is loaded once in headless Chromium from
 * 127.0.0.1 (scripts/lib/chromium-pages.ts: the page's own scripts blocked, nothing leaves the
 * machine), both scripts are called in the tab — bundled and minified as the build ships them
 * (scripts/lib/browser/engine-bundle.ts) — and the stage is applied to their answers with the shipped
 * model, exactly as the extension page does. Compared with the Node path on the same bytes: the page
 * signals, the story signals, the type and the story/refused decision, page by page. A measurement,
 * not a tuning step: nothing is chosen from it.
 */
import { join } from 'node:path';
import { applyPageType } from '../../lib/story/page-type/page-type-stage';
import type { PageSignals } from '../../lib/story/page-type/page-signals';
import { readStorySignals } from '../../lib/story/page-type/story-signals';
import type { ExtractResult, PageType } from '../../lib/story/types';
import { startBrowserSession, type BrowserJob } from './browser/run-in-chromium';
import type { LabelledPage } from './page-type-data';
import { CORPUS_DIR } from './page-type-data';

interface TabAnswer {
  page: PageSignals;
  result: ExtractResult;
}

/** The stage's answer as the extension page would give it: the type, and whether the reader gets a story. */
export function typeOf(result: ExtractResult, page: PageSignals): { pageType: PageType; story: boolean } {
  const typed = applyPageType(result, page);
  return { pageType: typed.ok ? typed.story.pageType : (typed.pageType ?? 'article'), story: typed.ok };
}

/** Names of the signals whose values differ (a missing signal counts as 0, as the model reads it). */
export function differingSignals(node: PageSignals, chromium: PageSignals): string[] {
  const keys = [...new Set([...Object.keys(node), ...Object.keys(chromium)])].sort();
  return keys.filter((key) => {
    const a = node[key] ?? 0;
    const b = chromium[key] ?? 0;
    return !(a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  });
}

const show = (x: number | undefined) => (x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(3));

/**
 * Prints the agreement (see the module comment); returns each loaded page's type and decision as the
 * extension would give them in Chromium, for the held-out tally beside Node's.
 */
export async function comparePageTypeInChromium(pages: (LabelledPage & { folder: string })[]): Promise<Map<string, { pageType: PageType; story: boolean }>> {
  const typed = new Map<string, { pageType: PageType; story: boolean }>();
  const session = await startBrowserSession({ pageSignals: true });
  try {
    const jobs: BrowserJob[] = pages.map((p) => ({ id: p.id, file: join(CORPUS_DIR, p.folder, 'html', `${p.id}.html.gz`), url: p.url }));
    const answers = await session.evaluate<TabAnswer>(jobs, (job) => {
      const url = JSON.stringify(job.url);
      return `({ page: ledeBenchPageSignals(${url}), result: ledeBenchExtractResult(${url}) })`;
    });
    const byId = new Map(answers.map((answer) => [answer.id, answer]));
    let loaded = 0;
    let pageEqual = 0;
    let storyEqual = 0;
    let typeEqual = 0;
    let decisionEqual = 0;
    const failed: string[] = [];
    const signalPages = new Map<string, number>();
    const typeDiffs: string[] = [];
    const signalDiffs: string[] = [];
    for (const p of pages) {
      const answer = byId.get(p.id);
      if (!answer?.value) {
        failed.push(`${p.id.slice(0, 8)} (${answer?.error ?? 'no answer'})`);
        continue;
      }
      loaded++;
      const { page, result } = answer.value;
      const pageKeys = differingSignals(p.page, page);
      const storyKeys = differingSignals(readStorySignals(p.result), readStorySignals(result));
      if (!pageKeys.length) pageEqual++;
      if (!storyKeys.length) storyEqual++;
      for (const key of [...pageKeys, ...storyKeys]) signalPages.set(key, (signalPages.get(key) ?? 0) + 1);
      const inNode = typeOf(p.result, p.page);
      const inChromium = typeOf(result, page);
      typed.set(p.id, inChromium);
      if (inNode.pageType === inChromium.pageType) typeEqual++;
      if (inNode.story === inChromium.story) decisionEqual++;
      const nodeStory = readStorySignals(p.result);
      const chromiumStory = readStorySignals(result);
      const detail = [
        ...pageKeys.map((key) => `${key} ${show(p.page[key])}→${show(page[key])}`),
        ...storyKeys.map((key) => `${key} ${show(nodeStory[key])}→${show(chromiumStory[key])}`),
      ];
      const line = `${p.id.slice(0, 8)}: ${detail.slice(0, 8).join(', ')}${detail.length > 8 ? `, … (${detail.length} signals)` : ''}`;
      if (inNode.pageType !== inChromium.pageType || inNode.story !== inChromium.story) {
        typeDiffs.push(`${p.id.slice(0, 8)}: Node ${inNode.pageType}${inNode.story ? ' (story)' : ' (refused)'}, Chromium ${inChromium.pageType}${inChromium.story ? ' (story)' : ' (refused)'}; ${detail.slice(0, 8).join(', ')}`);
      } else if (detail.length) {
        signalDiffs.push(line);
      }
    }
    const n = pages.length;
    console.log(`  in headless Chromium (Chromium ${session.version}): the engine and the page-signals script bundled and minified as the extension ships them, called in the tab on the page Chromium parsed (one load per page from 127.0.0.1, page scripts blocked); the stage applied to their answers as the extension page does`);
    console.log(`    pages loaded and read                        ${loaded} of ${n}${failed.length ? `; not: ${failed.join(', ')}` : ''}`);
    console.log(`    page signals equal to Node's                 ${pageEqual} of ${loaded}`);
    console.log(`    story signals equal to Node's                ${storyEqual} of ${loaded}`);
    console.log(`    page type equal to Node's                    ${typeEqual} of ${loaded}`);
    console.log(`    story / refused decision equal to Node's     ${decisionEqual} of ${loaded}`);
    if (signalPages.size) {
      const counts = [...signalPages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      console.log(`    signals that differ, by pages: ${counts.map(([key, count]) => `${key} ${count}`).join(', ')}`);
    }
    if (typeDiffs.length) {
      console.log(`    pages whose type or decision differs (Node → Chromium, signals that differ):`);
      for (const line of typeDiffs) console.log(`      ${line}`);
    }
    if (signalDiffs.length) {
      console.log(`    pages with the same type whose signals differ (Node → Chromium):`);
      for (const line of signalDiffs) console.log(`      ${line}`);
    }
    const outside = session.refused.filter((url) => !url.startsWith('http://127.0.0.1:'));
    console.log(`    browser: ${session.refused.length} request(s) other than the pages were refused, ${outside.length} of them beyond 127.0.0.1; none was sent`);
  } finally {
    await session.close();
  }
  return typed;
}
