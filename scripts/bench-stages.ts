/**
 * `npm run bench:stages [-- --corpus scrapinghub|wcxb|all] [--limit N] [--every K] [--repeat N] [--browser] [--cold]`
 *
 * Where the engine's time goes: each stage of extractStory (guard, clone and prepare, the whole-page
 * index and each rule before Readability, Readability, the story's index and each rule after it,
 * blocks, result), as mean ms per page summed over the pages, and as a share of Readability alone
 * (clone + parse) on the same pages in the same run — the baseline of issue 11's speed bar
 * (engine ≤ 1.3× Readability). Node: CPU time of this process (cpu-time.ts). `--browser`: the same,
 * bundled and minified as the extension ships it, in a headless Chromium tab on the page Chromium
 * parsed (the tab's clock: wall time, so a busy machine shows). `npm run bench` prints the engine
 * against Readability per page (fastest runs, medians); this one says which stage the difference is.
 *
 * `--cold` (Chromium only): the first run, as a reader's first click on a site gets it. Each page is
 * loaded twice at addresses of two sites the browser has not seen (so each load gets a fresh renderer,
 * with nothing of Lede's or Readability's compiled yet: code, regular expressions), and the engine
 * runs once in the first, Readability alone once in the second. The engine is still given the page's
 * own address. The warm rows (fastest or mean of several runs) hide this cost: in the product every
 * click injects the script anew.
 * Reads ../shared/corpus; nothing is copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AFTER_READABILITY, BEFORE_READABILITY } from '../lib/story/clean/run-cleaning-rules';
import { cpuMs } from './lib/cpu-time';
import { timeEngineStages, type StageTimes } from './lib/engine-stages';
import { parseHtml } from './lib/parse-html';
import { readPageFile } from './lib/read-pages';
import { startBrowserSession, type BrowserJob, type BrowserSession } from './lib/browser/run-in-chromium';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');

interface Args {
  corpus: 'scrapinghub' | 'wcxb' | 'all';
  limit: number;
  every: number;
  repeat: number;
  browser: boolean;
  cold: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: 'all', limit: Infinity, every: 1, repeat: 5, browser: false, cold: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = argv[++i] as Args['corpus'];
    else if (argv[i] === '--limit') args.limit = Number(argv[++i]);
    else if (argv[i] === '--every') args.every = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--browser') args.browser = true;
    else if (argv[i] === '--cold') args.cold = args.browser = true;
  }
  return args;
}

/** The pages of one corpus with the address each page had (every `every`-th, at most `limit`). */
function corpusJobs(corpus: 'scrapinghub' | 'wcxb', args: Args): BrowserJob[] {
  const jobs: BrowserJob[] = [];
  if (corpus === 'scrapinghub') {
    const dir = join(SHARED, 'scrapinghub');
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    for (const id of Object.keys(truth).sort()) jobs.push({ id, file: join(dir, 'html', `${id}.html.gz`), url: truth[id].url });
  } else {
    const dir = join(SHARED, 'wcxb-articles-dev');
    for (const name of readdirSync(join(dir, 'html')).sort()) {
      const id = name.replace(/\.html\.gz$/, '');
      const truthFile = join(dir, 'ground-truth', `${id}.json`);
      const url = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')).url ?? 'https://example.invalid/') : 'https://example.invalid/';
      jobs.push({ id, file: join(dir, 'html', name), url });
    }
  }
  return jobs.filter((_, i) => i % args.every === 0).slice(0, args.limit);
}

/**
 * The engine against Readability alone by page size: the pages in four equal groups by Readability's
 * own time, and each group's ratio of summed times. The speed bar (1.3×) is read per page, and the
 * ratio falls as pages grow: the engine's whole-page passes (guard, copy, index) cost the same share
 * of every page, while Readability's own work on the story grows faster than the page.
 */
function bySize(times: StageTimes[]): string {
  const sorted = [...times].sort((a, b) => a.readability - b.readability);
  const groups = [0, 1, 2, 3].map((q) => sorted.slice(Math.floor((q * sorted.length) / 4), Math.floor(((q + 1) * sorted.length) / 4)));
  return groups
    .filter((group) => group.length > 0)
    .map((group) => {
      const readability = group.reduce((sum, page) => sum + page.readability, 0);
      const engine = group.reduce((sum, page) => sum + page.engine, 0);
      return `${(engine / readability).toFixed(2)} (Readability ${(readability / group.length).toFixed(1)} ms a page)`;
    })
    .join(', ');
}

interface Totals {
  stages: Map<string, number>;
  engine: number;
  readability: number;
  pages: number;
}

function addUp(times: StageTimes[]): Totals {
  const totals: Totals = { stages: new Map(), engine: 0, readability: 0, pages: times.length };
  for (const page of times) {
    for (const [stage, ms] of Object.entries(page.stages)) totals.stages.set(stage, (totals.stages.get(stage) ?? 0) + ms);
    totals.engine += page.engine;
    totals.readability += page.readability;
  }
  return totals;
}

function column(label: string, pages: StageTimes[]) {
  return { label, totals: addUp(pages), pages };
}

/** "page rule 2" → "page rule 2 removeTeaserCards": the rule lists are the engine's own. */
function stageLabel(stage: string): string {
  const rule = /^(page|story) rule (\d+)$/.exec(stage);
  if (!rule) return stage;
  const list = rule[1] === 'page' ? BEFORE_READABILITY : AFTER_READABILITY;
  const found = list[Number(rule[2])];
  return found ? `${stage} ${found.apply.name || found.id}` : stage;
}

function printTable(title: string, columns: { label: string; totals: Totals; pages: StageTimes[] }[]) {
  console.log(title);
  const stages: string[] = [];
  for (const { totals } of columns) for (const stage of totals.stages.keys()) if (!stages.includes(stage)) stages.push(stage);
  const header = columns.map(({ label }) => `${label.padStart(14)}  share`).join('   ');
  console.log(`  ${'stage'.padEnd(44)}${header}   (ms summed over the pages; share of Readability alone)`);
  const cell = (ms: number, totals: Totals) => `${ms.toFixed(1).padStart(14)} ${((100 * ms) / totals.readability).toFixed(1).padStart(5)} %`;
  for (const stage of stages) console.log(`  ${stageLabel(stage).padEnd(44)}${columns.map(({ totals }) => cell(totals.stages.get(stage) ?? 0, totals)).join('  ')}`);
  const sum = (totals: Totals) => [...totals.stages.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${'engine, stages added up'.padEnd(44)}${columns.map(({ totals }) => cell(sum(totals), totals)).join('  ')}`);
  console.log(`  ${'engine, whole runs'.padEnd(44)}${columns.map(({ totals }) => cell(totals.engine, totals)).join('  ')}`);
  console.log(`  ${'Readability alone (clone + parse)'.padEnd(44)}${columns.map(({ totals }) => cell(totals.readability, totals)).join('  ')}`);
  console.log(`  ${'engine / Readability, all pages together'.padEnd(44)}${columns.map(({ totals }) => `${(totals.engine / totals.readability).toFixed(2).padStart(14)}        `).join('  ')}`);
  for (const { label, pages } of columns) console.log(`  engine / Readability by page size, smallest quarter first, ${label}: ${bySize(pages)}`);
}

/** A site the browser has not seen: `https://e12-lede-bench.invalid/<the page's path>` (answered from memory, like every page). */
function freshAddress(prefix: string, n: number, url: string): string {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    // not a web address: the path does not matter
  }
  return `https://${prefix}${n}-lede-bench.invalid${path}`;
}

/** Per page: the engine's first run in one fresh renderer, Readability alone's first run in another. */
async function coldRuns(browser: BrowserSession, jobs: BrowserJob[]): Promise<StageTimes[]> {
  const times: StageTimes[] = [];
  for (const [n, job] of jobs.entries()) {
    const [engine] = await browser.evaluate<{ stages: Record<string, number>; engine: number }>([{ ...job, url: freshAddress('e', n, job.url) }], () => `ledeBenchEngineOnce(${JSON.stringify(job.url)})`);
    const [readability] = await browser.evaluate<number>([{ ...job, url: freshAddress('r', n, job.url) }], () => 'ledeBenchReadabilityOnce()');
    if (engine.value && readability.value !== undefined) times.push({ ...engine.value, readability: readability.value });
    else console.log(`  ${job.id}: could not be timed (${engine.error ?? readability.error})`);
  }
  return times;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(SHARED)) {
    console.error(`bench:stages: ${SHARED} not found (the benchmark corpora live in ../shared/corpus)`);
    process.exit(1);
  }
  const browser = args.browser ? await startBrowserSession({ stages: true }) : null;
  try {
    for (const corpus of args.corpus === 'all' ? (['scrapinghub', 'wcxb'] as const) : [args.corpus]) {
      const jobs = corpusJobs(corpus, args);
      if (browser && args.cold) {
        printTable(`${corpus}: ${jobs.length} pages, first run (cold: each in a renderer of its own), headless Chromium ${browser.version} (the tab's clock)`, [
          column('Chromium cold', await coldRuns(browser, jobs)),
        ]);
        continue;
      }
      const inNode = jobs.map((job) => {
        const page = parseHtml(readPageFile(job.file!), job.url);
        try {
          return timeEngineStages(page.document, job.url, args.repeat, cpuMs);
        } finally {
          page.close();
        }
      });
      const columns = [column('Node CPU', inNode)];
      if (browser) {
        const answers = await browser.evaluate<StageTimes>(jobs, (job) => `ledeBenchStages(${JSON.stringify(job.url)}, ${args.repeat})`);
        const failed = answers.filter((answer) => answer.error !== undefined);
        if (failed.length > 0) console.log(`  ${failed.length} page(s) could not be timed in Chromium: ${failed.map((answer) => answer.id).slice(0, 5).join(', ')}`);
        columns.push(column('Chromium tab', answers.flatMap((answer) => (answer.value ? [answer.value] : []))));
      }
      const where = browser ? `Node (CPU) and headless Chromium ${browser.version} (the tab's clock)` : 'Node (CPU)';
      printTable(`${corpus}: ${jobs.length} pages, mean of ${args.repeat} warm runs per page (after one of each not counted; engine and Readability alternating), ${where}`, columns);
    }
  } finally {
    await browser?.close();
  }
}

await main();
