/**
 * `npm run bench [-- --corpus scrapinghub|wcxb|all|page-type] [--part all|tuning|held-out] [--limit N] [--worst N] [--repeat N] [--browser] [--parser linkedom|jsdom|linkedom-htmlparser2] [--without-rules]`
 *
 * Scores the story engine and plain Readability (on the same parsed DOM, in the same run):
 * - scrapinghub: the article-extraction benchmark's shingle F1 / precision / recall (181 pages);
 * - wcxb: share of `with` snippets found and of `without` (boilerplate) snippets kept, WCXB's own
 *   word-level F1 and shingle P/R against `main_content` (711 development pages);
 * Each score is printed for the project's fixed held-out part (scripts/lib/held-out.ts), the tuning
 * part and the whole set; `--part tuning` runs only the tuning pages (what rules are developed on).
 * - speed: per-page time of the whole engine and of Readability alone (clone + parse), median and p95,
 *   and the time to parse the page in Node (parse5 into linkedom: scripts/lib/parse-html.ts).
 * - `--browser`: the same engine, bundled, run in headless Chromium on the same pages (one page load per
 *   file from 127.0.0.1: scripts/lib/browser/run-in-chromium.ts); its scores are printed beside the Node
 *   path's, and every page where the two stories differ is listed (they should not differ). With
 *   `--corpus page-type`: the engine and the page-signals script in Chromium on all 1,415 labelled pages,
 *   signals and types compared with Node's (scripts/lib/page-type-in-chromium.ts).
 * - `--parser`: how Node builds the DOM (scripts/lib/parse-html.ts); the default is the browser-equal
 *   parse5 into linkedom. `linkedom-htmlparser2` is the parser it replaced, kept to measure the change.
 * - `--without-rules`: the engine with every cleaning rule off (scripts/lib/every-rule-off.ts), in Node and
 *   in Chromium: what the rules buy in precision and cost in time (the speed bar's price, docs/benchmarks.md).
 * Reads ../shared/corpus; nothing is copied into the repo.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractStory } from '../lib/story/extract-story';
import { sanitizeStoryHtml } from '../lib/story/sanitize-story-html';
import { parseHtml, sanitizerWindow, type DomLibrary } from './lib/parse-html';
import { cpuMs } from './lib/cpu-time';
import { fastestAlternating, readabilityAloneText } from './lib/engine-against-readability';
import { readPageFile } from './lib/read-pages';
import { scoreCorpus, scorePage, type PageScore } from './lib/shingle-metric';
import { meanWordScore, wordScore, type WordScore } from './lib/word-f1';
import { isHeldOut, type DataPart, type HeldOutDataset } from './lib/held-out';
import { startBrowserSession, type BrowserJob, type BrowserRun, type BrowserSession } from './lib/browser/run-in-chromium';
import { benchPageType } from './lib/bench-page-type';
import { everyRuleOff } from './lib/every-rule-off';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');

interface Args {
  corpus: 'scrapinghub' | 'wcxb' | 'all' | 'page-type';
  /** Which part of each corpus to run: both (scores printed per part and together), or one of them. */
  part: DataPart | 'all';
  limit: number;
  worst: number;
  /** Timed runs of each system per page; the fastest counts (see runPage). */
  repeat: number;
  /** Also run the engine in headless Chromium and compare its stories with the Node path's. */
  browser: boolean;
  /** How Node builds the DOM both systems read. */
  parser: DomLibrary;
  /** The engine with every cleaning rule off (Node and Chromium): what the rules cost and buy. */
  withoutRules: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: 'all', part: 'all', limit: Infinity, worst: 0, repeat: 3, browser: false, parser: 'linkedom', withoutRules: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = argv[++i] as Args['corpus'];
    else if (argv[i] === '--part') args.part = argv[++i] as Args['part'];
    else if (argv[i] === '--limit') args.limit = Number(argv[++i]);
    else if (argv[i] === '--worst') args.worst = Number(argv[++i]);
    else if (argv[i] === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--browser') args.browser = true;
    else if (argv[i] === '--parser') args.parser = argv[++i] as DomLibrary;
    else if (argv[i] === '--without-rules') args.withoutRules = true;
  }
  return args;
}

interface PageRun {
  id: string;
  engineText: string;
  readabilityText: string;
  engineMs: number;
  readabilityMs: number;
  sanitizeMs: number;
  /** Parsing the page into the DOM both systems read (one run). */
  parseMs: number;
  engineFailure?: string;
}

/**
 * Parse once; time Readability alone (on its own clone) and the whole engine on the same document,
 * `repeat` times each, alternating which goes first, and keep each one's fastest run
 * (engine-against-readability.ts says why).
 */
function runPage(id: string, html: string, url: string, repeat: number): PageRun {
  const parseStarted = cpuMs();
  const page = parseHtml(html, url, args.parser);
  const parseMs = cpuMs() - parseStarted;
  // The engine as it runs in the tab: there the extension page sanitises the HTML afterwards
  // (timed separately, since in Node it runs in jsdom and would dominate the figure).
  // No time budget here: the benchmark measures what the engine extracts, whatever else loads the machine.
  const { engine: fastestEngine, readability: fastestReadability } = fastestAlternating(
    repeat,
    cpuMs,
    () => extractStory(page.document, { url, sanitizeHtml: (markup) => markup, timeBudgetMs: Number.POSITIVE_INFINITY, rules: engineRules }),
    () => readabilityAloneText(page.document),
  );
  const engine = { result: fastestEngine.value, ms: fastestEngine.ms };
  const readability = { text: fastestReadability.value, ms: fastestReadability.ms };
  const t0 = cpuMs();
  if (engine.result.ok) sanitizeStoryHtml(engine.result.story.html, sanitizerWindow());
  const sanitizeMs = cpuMs() - t0;
  page.close();
  return {
    id,
    engineText: engine.result.ok ? engine.result.story.text : '',
    readabilityText: readability.text,
    engineMs: engine.ms,
    readabilityMs: readability.ms,
    sanitizeMs,
    parseMs,
    engineFailure: engine.result.ok ? undefined : engine.result.reason,
  };
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const fmt = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function printSpeed(runs: PageRun[]) {
  const engine = runs.map((r) => r.engineMs);
  const readability = runs.map((r) => r.readabilityMs);
  const median = (v: number[]) => percentile(v, 0.5);
  console.log(`  speed per page (CPU ms, parse excluded, fastest of ${args.repeat} runs) median   p95`);
  console.log(`    Readability alone (clone + parse)  ${median(readability).toFixed(1).padStart(6)} ${percentile(readability, 0.95).toFixed(1).padStart(6)}`);
  console.log(`    Lede engine (all stages)           ${median(engine).toFixed(1).padStart(6)} ${percentile(engine, 0.95).toFixed(1).padStart(6)}`);
  const sanitize = runs.map((r) => r.sanitizeMs);
  console.log(`    DOMPurify on the story html (jsdom)${median(sanitize).toFixed(1).padStart(6)} ${percentile(sanitize, 0.95).toFixed(1).padStart(6)}   (runs in the extension page, not in the tab)`);
  const total = (v: number[]) => v.reduce((a, b) => a + b, 0);
  console.log(`    engine / Readability               ${(median(engine) / median(readability)).toFixed(2).padStart(6)} ${(percentile(engine, 0.95) / percentile(readability, 0.95)).toFixed(2).padStart(6)}   all pages together: ${(total(engine) / total(readability)).toFixed(2)}`);
  const parse = runs.map((r) => r.parseMs);
  const parserName = { linkedom: 'parse5 into linkedom', jsdom: 'jsdom', 'linkedom-htmlparser2': 'linkedom own parser' }[args.parser];
  console.log(`    parse in Node (${parserName.padEnd(20)})${median(parse).toFixed(1).padStart(5)} ${percentile(parse, 0.95).toFixed(1).padStart(6)}   (one run; npm run bench:parse compares parsers)`);
}

/** The pages of a corpus the run covers: `--part` picks one part, `--limit` cuts the list. */
function selectIds(dataset: HeldOutDataset, ids: string[], args: Args): string[] {
  const inPart = args.part === 'all' ? ids : ids.filter((id) => isHeldOut(dataset, id) === (args.part === 'held-out'));
  return inPart.slice(0, args.limit);
}

/** The parts to print rows for: each part present in the run, then the whole run when both are. */
function partsOf<T extends { id: string }>(dataset: HeldOutDataset, rows: T[]): { label: string; rows: T[] }[] {
  const heldOut = rows.filter((row) => isHeldOut(dataset, row.id));
  const tuning = rows.filter((row) => !isHeldOut(dataset, row.id));
  const parts = [
    { label: 'held-out', rows: heldOut },
    { label: 'tuning', rows: tuning },
  ].filter((part) => part.rows.length > 0);
  if (parts.length > 1) parts.push({ label: 'all', rows });
  return parts;
}

async function benchScrapinghub(args: Args, browser: BrowserSession | null) {
  const dir = join(SHARED, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = selectIds('scrapinghub', Object.keys(truth).sort(), args);
  const jobs: BrowserJob[] = ids.map((id) => ({ id, file: join(dir, 'html', `${id}.html.gz`), url: truth[id].url }));
  const runs = jobs.map((job) => runPage(job.id, readPageFile(job.file!), job.url, args.repeat));
  const rows = runs.map((run) => ({
    id: run.id,
    run,
    engine: scorePage(truth[run.id].articleBody, run.engineText),
    readability: scorePage(truth[run.id].articleBody, run.readabilityText),
  }));
  console.log(`scrapinghub article-extraction benchmark: ${runs.length} pages, shingle metric (4-token shingles)${rulesNote()}`);
  console.log(`  part (pages)        system                 F1      P      R`);
  for (const part of partsOf('scrapinghub', rows)) {
    const label = `${part.label} (${part.rows.length})`.padEnd(18);
    const r = scoreCorpus(part.rows.map((row) => row.readability));
    const e = scoreCorpus(part.rows.map((row) => row.engine));
    console.log(`  ${label}  Readability          ${fmt(r.f1)}  ${fmt(r.precision)}  ${fmt(r.recall)}`);
    console.log(`  ${''.padEnd(18)}  Lede engine          ${fmt(e.f1)}  ${fmt(e.precision)}  ${fmt(e.recall)}`);
  }
  const failures = runs.filter((x) => x.engineFailure);
  console.log(`  engine returned ok:false on ${failures.length} page(s)${failures.length ? ': ' + failures.map((x) => `${x.id.slice(0, 8)} (${x.engineFailure})`).join(', ') : ''}`);
  printSpeed(runs);
  printWorst(args.worst, rows);
  if (!browser) return;
  const inBrowser = byId(await browser.run(jobs, args.repeat, engineRules));
  console.log(`  in headless Chromium (${browserVersion}): the same engine, bundled and minified as the extension ships it, on the page Chromium parsed (at its own address, served from memory by the browser harness; page scripts blocked)`);
  console.log(`  part (pages)        system                 F1      P      R`);
  for (const part of partsOf('scrapinghub', rows)) {
    const label = `${part.label} (${part.rows.length})`.padEnd(18);
    const node = scoreCorpus(part.rows.map((row) => row.engine));
    const chromium = scoreCorpus(part.rows.map((row) => scorePage(truth[row.id].articleBody, inBrowser.get(row.id)?.text ?? '')));
    console.log(`  ${label}  Lede in Node         ${fmt(node.f1)}  ${fmt(node.precision)}  ${fmt(node.recall)}`);
    console.log(`  ${''.padEnd(18)}  Lede in Chromium     ${fmt(chromium.f1)}  ${fmt(chromium.precision)}  ${fmt(chromium.recall)}`);
  }
  printAgreement(runs, inBrowser);
}

function byId(runs: BrowserRun[]): Map<string, BrowserRun> {
  return new Map(runs.map((run) => [run.id, run]));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Where two stories first differ, as a few words of each. */
function firstDifference(a: string, b: string): string {
  const x = words(a);
  const y = words(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return 'same words, different spacing';
  const around = (w: string[]) => JSON.stringify(w.slice(i, i + 8).join(' '));
  return `from word ${i + 1}: Node ${around(x)} | Chromium ${around(y)}`;
}

/** Same story in Node and in Chromium? Lists every page where they differ, and why when it can tell. */
function printAgreement(runs: PageRun[], inBrowser: Map<string, BrowserRun>) {
  const differing: string[] = [];
  for (const run of runs) {
    const chromium = inBrowser.get(run.id);
    if (!chromium) {
      differing.push(`${run.id}: not run in Chromium`);
      continue;
    }
    if (chromium.error) {
      differing.push(`${run.id}: Chromium could not run it: ${chromium.error}`);
      continue;
    }
    const nodeOk = !run.engineFailure;
    if (nodeOk !== chromium.ok) {
      differing.push(`${run.id}: Node ${nodeOk ? 'ok' : `ok:false (${run.engineFailure})`}, Chromium ${chromium.ok ? 'ok' : `ok:false (${chromium.reason}${chromium.detail ? `: ${chromium.detail}` : ''})`}`);
    } else if (nodeOk && run.engineText !== chromium.text) {
      differing.push(`${run.id}: ${words(run.engineText).length} words in Node, ${words(chromium.text).length} in Chromium, ${firstDifference(run.engineText, chromium.text)}`);
    } else if (!nodeOk && run.engineFailure !== chromium.reason) {
      differing.push(`${run.id}: Node ok:false (${run.engineFailure}), Chromium ok:false (${chromium.reason})`);
    }
  }
  console.log(`  Node and Chromium gave the same result on ${runs.length - differing.length} of ${runs.length} pages` + (differing.length ? '; they differ on:' : ''));
  for (const line of differing) console.log(`    ${line}`);
  printChromiumSpeed([...inBrowser.values()].filter((run) => !run.error));
}

/**
 * Speed where the product runs: the engine and Readability alone on the same tab's DOM, fastest of
 * --repeat runs each (the tab's wall clock: the browser offers no CPU clock, so a busy machine shows).
 */
function printChromiumSpeed(runs: BrowserRun[]) {
  const engine = runs.map((run) => run.ms);
  const readability = runs.map((run) => run.readabilityMs);
  const total = (v: number[]) => v.reduce((a, b) => a + b, 0);
  const median = (v: number[]) => percentile(v, 0.5);
  console.log(`  speed in Chromium (wall-clock ms per page in the tab, fastest of ${args.repeat} runs)   median    p95`);
  console.log(`    Readability alone (clone + parse)                              ${median(readability).toFixed(1).padStart(6)} ${percentile(readability, 0.95).toFixed(1).padStart(6)}`);
  console.log(`    Lede engine (all stages)                                       ${median(engine).toFixed(1).padStart(6)} ${percentile(engine, 0.95).toFixed(1).padStart(6)}`);
  console.log(`    engine / Readability                                           ${(median(engine) / median(readability)).toFixed(2).padStart(6)} ${(percentile(engine, 0.95) / percentile(readability, 0.95)).toFixed(2).padStart(6)}   all pages together: ${(total(engine) / total(readability)).toFixed(2)}`);
}

function printWorst(n: number, rows: { id: string; engine: PageScore; readability: PageScore }[]) {
  if (!n) return;
  const f = (s: PageScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
  const sorted = [...rows].sort((a, b) => f(a.engine) - f(b.engine));
  console.log(`  worst ${n} pages by engine F1 (engine P/R | readability P/R):`);
  for (const row of sorted.slice(0, n)) {
    console.log(`    ${row.id}  ${fmt(row.engine.precision)}/${fmt(row.engine.recall)} | ${fmt(row.readability.precision)}/${fmt(row.readability.recall)}`);
  }
}

const normalizeSnippet = (text: string) => text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

interface WcxbRow {
  id: string;
  run: PageRun;
  withTotal: number;
  withFound: { engine: number; readability: number };
  withoutTotal: number;
  withoutKept: { engine: number; readability: number };
  /** Against `main_content`, when the page has one (a few have snippets only). */
  shingles?: { engine: PageScore; readability: PageScore };
  words?: { engine: WordScore; readability: WordScore };
}

interface WcxbTruth {
  main_content?: string;
  with?: string[];
  without?: string[];
}

function scoreWcxbPage(run: PageRun, gt: WcxbTruth): WcxbRow {
  const texts = { engine: normalizeSnippet(run.engineText), readability: normalizeSnippet(run.readabilityText) };
  const withSnippets = (gt.with ?? []).map(normalizeSnippet);
  const withoutSnippets = (gt.without ?? []).map(normalizeSnippet);
  const found = (text: string, snippets: string[]) => snippets.filter((snippet) => text.includes(snippet)).length;
  const row: WcxbRow = {
    id: run.id,
    run,
    withTotal: withSnippets.length,
    withFound: { engine: found(texts.engine, withSnippets), readability: found(texts.readability, withSnippets) },
    withoutTotal: withoutSnippets.length,
    withoutKept: { engine: found(texts.engine, withoutSnippets), readability: found(texts.readability, withoutSnippets) },
  };
  if (typeof gt.main_content === 'string') {
    row.shingles = { engine: scorePage(gt.main_content, run.engineText), readability: scorePage(gt.main_content, run.readabilityText) };
    row.words = { engine: wordScore(gt.main_content, run.engineText), readability: wordScore(gt.main_content, run.readabilityText) };
  }
  return row;
}

const sumOf = (rows: WcxbRow[], pick: (row: WcxbRow) => number) => rows.reduce((total, row) => total + pick(row), 0);

/**
 * The WCXB table, part by part: one line per system, each reading one side of the scored rows (the
 * Chromium table puts Chromium's story on the side Readability's holds in the first).
 */
function printWcxbTable(rows: WcxbRow[], systems: [side: 'readability' | 'engine', name: string][]) {
  console.log(`  part (pages)        system          with found  without kept   word F1   shingle F1      P      R`);
  for (const part of partsOf('wcxb', rows)) {
    const label = `${part.label} (${part.rows.length})`.padEnd(18);
    const scored = part.rows.filter((row) => row.shingles && row.words);
    systems.forEach(([side, name], i) => {
      const withFound = sumOf(part.rows, (row) => row.withFound[side]) / Math.max(1, sumOf(part.rows, (row) => row.withTotal));
      const withoutKept = sumOf(part.rows, (row) => row.withoutKept[side]) / Math.max(1, sumOf(part.rows, (row) => row.withoutTotal));
      const words = meanWordScore(scored.map((row) => row.words![side]));
      const shingles = scoreCorpus(scored.map((row) => row.shingles![side]));
      // The name and "with found" share one right-aligned column of 25 characters.
      console.log(`  ${i === 0 ? label : ''.padEnd(18)}  ${name} ${pct(withFound).padStart(24 - name.length)}  ${pct(withoutKept).padStart(12)}   ${fmt(words.f1)}     ${fmt(shingles.f1)}  ${fmt(shingles.precision)}  ${fmt(shingles.recall)}`);
    });
  }
}

async function benchWcxb(args: Args, browser: BrowserSession | null) {
  const dir = join(SHARED, 'wcxb-articles-dev');
  const allIds = readdirSync(join(dir, 'html')).map((name) => name.replace(/\.html\.gz$/, '')).sort();
  const rows: WcxbRow[] = [];
  const jobs: BrowserJob[] = [];
  const truths = new Map<string, WcxbTruth>();
  for (const id of selectIds('wcxb', allIds, args)) {
    const truthFile = join(dir, 'ground-truth', `${id}.json`);
    if (!existsSync(truthFile)) continue;
    const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
    const job = { id, file: join(dir, 'html', `${id}.html.gz`), url: truth.url ?? 'https://example.invalid/' };
    jobs.push(job);
    truths.set(id, truth.ground_truth ?? {});
    const run = runPage(id, readPageFile(job.file), job.url, args.repeat);
    rows.push(scoreWcxbPage(run, truth.ground_truth ?? {}));
  }
  console.log(`WCXB article pages, development split: ${rows.length} pages, ${sumOf(rows, (r) => r.withTotal)} 'with' and ${sumOf(rows, (r) => r.withoutTotal)} 'without' snippets${rulesNote()}`);
  printWcxbTable(rows, [
    ['readability', 'Readability'],
    ['engine', 'Lede engine'],
  ]);
  const failures = rows.filter((row) => row.run.engineFailure);
  console.log(`  engine returned ok:false on ${failures.length} page(s)${failures.length ? ': ' + failures.map((row) => `${row.id} (${row.run.engineFailure})`).join(', ') : ''}`);
  printSpeed(rows.map((row) => row.run));
  printWorst(args.worst, rows.filter((row) => row.shingles).map((row) => ({ id: row.id, engine: row.shingles!.engine, readability: row.shingles!.readability })));
  if (!browser) return;
  const inBrowser = byId(await browser.run(jobs, args.repeat, engineRules));
  // The same scoring, with Chromium's story in the place of Readability's.
  const browserRows = rows.map((row) => scoreWcxbPage({ ...row.run, readabilityText: inBrowser.get(row.id)?.text ?? '' }, truths.get(row.id)!));
  console.log(`  in headless Chromium (${browserVersion}): the same engine, bundled and minified as the extension ships it, on the page Chromium parsed (at its own address, served from memory by the browser harness; page scripts blocked)`);
  printWcxbTable(browserRows, [
    ['engine', 'Lede in Node'],
    ['readability', 'Lede in Chromium'],
  ]);
  printAgreement(rows.map((row) => row.run), inBrowser);
}

const args = parseArgs(process.argv.slice(2));
/** The rules the engine runs with: all (undefined), or none with --without-rules. */
const engineRules = args.withoutRules ? everyRuleOff() : undefined;
const rulesNote = () => (args.withoutRules ? '; the engine with every cleaning rule off (--without-rules)' : '');
if (!existsSync(SHARED)) {
  console.error(`bench: ${SHARED} not found (the benchmark corpora live in ../shared/corpus)`);
  process.exit(2);
}
let browserVersion = '';

async function main() {
  if (args.corpus === 'page-type') return benchPageType(args.browser);
  const browser = args.browser ? await startBrowserSession() : null;
  if (browser) browserVersion = `Chromium ${browser.version}`;
  try {
    if (args.corpus !== 'wcxb') await benchScrapinghub(args, browser);
    if (args.corpus !== 'scrapinghub') await benchWcxb(args, browser);
  } finally {
    if (browser) {
      const outside = browser.refused.filter((url) => !url.startsWith('http://127.0.0.1:'));
      console.log(`browser: ${browser.refused.length} request(s) other than the pages were refused, ${outside.length} of them beyond 127.0.0.1; none was sent`);
      await browser.close();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
