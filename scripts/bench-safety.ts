/**
 * `npm run bench:safety` — how Lede's engine stands up to hostile and broken pages, in Node.
 *
 * 1. XSS payloads (tests/safety/xss-payloads.ts), each placed in a hand-written story
 *    (tests/fixtures/hostile-story.html) and run through the whole engine: how many survive in the
 *    sanitised reader HTML (structural audit) and how many run when that HTML is loaded with scripts
 *    on in jsdom. Baseline, same run: the engine's HTML with the sanitiser switched off.
 * 2. Broken pages (tests/safety/broken-pages.ts), each in a worker thread with a wall-clock limit:
 *    how many crashed (an exception, or the engine's own "extraction failed") and how many hung.
 * 3. The 6 MB page with thousands of comments: parse time, then the engine's time with its default
 *    time budget and without one. Baseline, same run: plain Readability on a clone of the same page.
 *
 * Usage: npm run bench:safety [-- --hang-ms 30000]
 */
import { cpus, loadavg } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { extractStory } from '../lib/story/extract-story';
import { DEFAULT_TIME_BUDGET_MS } from '../lib/story/input-guards';
import { sanitizeStoryHtml } from '../lib/story/sanitize-story-html';
import type { ExtractResult } from '../lib/story/types';
import { BROKEN_PAGES, pageWithThousandsOfComments } from '../tests/safety/broken-pages';
import { findDangers, runsInJsdom } from '../tests/safety/find-dangers';
import { HOSTILE_STORY_URL, hostileStoryPage } from '../tests/safety/hostile-story';
import { XSS_PAYLOADS } from '../tests/safety/xss-payloads';
import { parseHtml, sanitizerWindow } from './lib/parse-html';
import { cpuMs } from './lib/cpu-time';

interface WorkerResult {
  id: string;
  outcome: string;
  crashed: boolean;
  parseMs: number;
  engineMs: number;
}

const sanitize = (html: string) => sanitizeStoryHtml(html, sanitizerWindow());

/** Worker side: run one broken page and report. */
function runBrokenPage(id: string): WorkerResult {
  const page = BROKEN_PAGES.find((candidate) => candidate.id === id);
  if (!page) throw new Error(`no broken page ${id}`);
  const html = page.html();
  let parseMs = 0;
  let engineMs = 0;
  try {
    const t0 = performance.now();
    const parsed = parseHtml(html, 'https://news.example/page');
    parseMs = performance.now() - t0;
    const t1 = performance.now();
    const result = extractStory(parsed.document, { url: 'https://news.example/page', sanitizeHtml: sanitize });
    engineMs = performance.now() - t1;
    const outcome = result.ok ? `story (${result.story.wordCount} words)` : `${result.reason}${result.detail ? ` — ${result.detail}` : ''}`;
    return { id, outcome, crashed: !result.ok && result.reason === 'extraction failed', parseMs, engineMs };
  } catch (error) {
    return { id, outcome: `THREW ${error instanceof Error ? error.message : String(error)}`, crashed: true, parseMs, engineMs };
  }
}

if (!isMainThread) {
  parentPort?.postMessage(runBrokenPage(workerData as string));
} else {
  await main();
}

function runInWorker(id: string, hangMs: number): Promise<WorkerResult | 'hung'> {
  return new Promise((resolve) => {
    // Workers do not inherit tsx's loader: register it in the worker before importing this file.
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: id });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('hung');
    }, hangMs);
    worker.once('message', (message: WorkerResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ id, outcome: `worker error: ${error.message}`, crashed: true, parseMs: 0, engineMs: 0 });
    });
  });
}

function engineHtml(html: string, sanitizeHtml: (markup: string) => string): ExtractResult {
  const page = parseHtml(html, HOSTILE_STORY_URL);
  return extractStory(page.document, { url: HOSTILE_STORY_URL, sanitizeHtml });
}

async function benchPayloads(): Promise<void> {
  let survived = 0;
  let ran = 0;
  let baselineFlagged = 0;
  let baselineRan = 0;
  let noStory = 0;
  const survivors: string[] = [];
  for (const payload of XSS_PAYLOADS) {
    const page = hostileStoryPage([payload]);
    const result = engineHtml(page, sanitize);
    if (!result.ok) {
      noStory += 1;
      continue;
    }
    const dangers = findDangers(result.story.html);
    const run = await runsInJsdom(result.story.html);
    if (dangers.length > 0) {
      survived += 1;
      survivors.push(`${payload.id}: ${dangers[0]}`);
    }
    if (run.sentinel || run.dialogs > 0) ran += 1;
    const raw = engineHtml(page, (markup) => markup);
    if (raw.ok) {
      if (findDangers(raw.story.html).length > 0) baselineFlagged += 1;
      const rawRun = await runsInJsdom(raw.story.html);
      if (rawRun.sentinel || rawRun.dialogs > 0) baselineRan += 1;
    }
  }
  const all = engineHtml(hostileStoryPage(XSS_PAYLOADS), sanitize);
  const allDangers = all.ok ? findDangers(all.story.html).length : -1;
  const allRun = all.ok ? await runsInJsdom(all.story.html) : { sentinel: false, dialogs: -1 };

  console.log('## XSS payloads inside a real story (engine + sanitiser, linkedom)');
  console.log(`payloads tried: ${XSS_PAYLOADS.length} (${[...new Set(XSS_PAYLOADS.map((p) => p.kind))].join(', ')})`);
  console.log(`survived in the sanitised HTML: ${survived}   ran in jsdom (scripts on, every event fired, every link clicked): ${ran}   no story found: ${noStory}`);
  console.log(`baseline, sanitiser off (Readability + cleaning only): flagged ${baselineFlagged}, ran ${baselineRan}`);
  console.log(`all ${XSS_PAYLOADS.length} at once: ${all.ok ? `story found, ${allDangers} dangers, sentinel ${allRun.sentinel}, dialogs ${allRun.dialogs}` : `no story (${all.reason})`}`);
  for (const survivor of survivors) console.log(`  SURVIVED ${survivor}`);
}

async function benchBrokenPages(hangMs: number): Promise<void> {
  console.log(`\n## Broken pages (each in a worker thread; hung = no answer within ${hangMs} ms; linkedom parse)`);
  let crashed = 0;
  let hung = 0;
  for (const page of BROKEN_PAGES) {
    const result = await runInWorker(page.id, hangMs);
    if (result === 'hung') {
      hung += 1;
      console.log(`  ${page.id.padEnd(42)} HUNG`);
      continue;
    }
    if (result.crashed) crashed += 1;
    console.log(`  ${page.id.padEnd(42)} parse ${result.parseMs.toFixed(0).padStart(5)} ms  engine ${result.engineMs.toFixed(0).padStart(5)} ms  ${result.outcome}`);
  }
  console.log(`broken pages tried: ${BROKEN_PAGES.length}   crashed: ${crashed}   hung: ${hung}`);
}

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu0 = cpuMs();
  const t0 = performance.now();
  const value = run();
  return { value, wallMs: performance.now() - t0, cpuMs: cpuMs() - cpu0 };
}

function benchBigPage(): void {
  const html = pageWithThousandsOfComments();
  const comments = html.match(/<li class="comment/g)?.length ?? 0;
  console.log(`\n## The 6 MB page: ${(html.length / 1e6).toFixed(2)} MB, the story above ${comments} comments (linkedom)`);
  const describe = (result: ExtractResult) => (result.ok ? `story, ${result.story.wordCount} words` : `${result.reason} — ${result.detail ?? ''}`);
  const line = (label: string, t: { wallMs: number; cpuMs: number }, what: string) =>
    console.log(`  ${label.padEnd(46)} ${t.wallMs.toFixed(0).padStart(6)} ms wall ${t.cpuMs.toFixed(0).padStart(6)} ms CPU  ${what}`);
  const parse = timed(() => parseHtml(html, HOSTILE_STORY_URL));
  line('parse (linkedom)', parse, `${parse.value.document.querySelectorAll('*').length} elements`);
  const withBudget = timed(() => extractStory(parse.value.document, { url: HOSTILE_STORY_URL, sanitizeHtml: sanitize }));
  line(`engine, default ${DEFAULT_TIME_BUDGET_MS} ms budget`, withBudget, describe(withBudget.value));
  const unbounded = timed(() => extractStory(parse.value.document, { url: HOSTILE_STORY_URL, sanitizeHtml: sanitize, timeBudgetMs: Infinity }));
  line('engine, no budget (to the full story)', unbounded, describe(unbounded.value));
  const readability = timed(() => new Readability(parse.value.document.cloneNode(true) as Document).parse());
  line('baseline: clone + plain Readability', readability, readability.value ? `${readability.value.length} characters` : 'nothing');
  console.log(`goal: ≤ 2000 ms for the engine on this page in Node`);
}

async function main(): Promise<void> {
  const hangArg = process.argv.indexOf('--hang-ms');
  const hangMs = hangArg > 0 ? Number(process.argv[hangArg + 1]) : 30_000;
  console.log(`bench:safety — Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start\n`);
  if (!process.argv.includes("--skip-payloads")) await benchPayloads();
  await benchBrokenPages(hangMs);
  benchBigPage();
  console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}
