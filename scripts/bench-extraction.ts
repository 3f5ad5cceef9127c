/**
 * `npm run bench [-- --corpus scrapinghub|wcxb|all] [--limit N] [--worst N] [--repeat N]`
 *
 * Scores the story engine and plain Readability (on the same parsed DOM, in the same run):
 * - scrapinghub: the article-extraction benchmark's shingle F1 / precision / recall (181 pages);
 * - wcxb: share of `with` snippets found and of `without` (boilerplate) snippets kept, plus shingle
 *   P/R against `main_content` (711 development pages);
 * - speed: per-page time of the whole engine and of Readability alone (clone + parse), median and p95.
 * Reads ../shared/corpus; nothing is copied into the repo.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractStory } from '../lib/story/extract-story';
import { sanitizeStoryHtml } from '../lib/story/sanitize-story-html';
import { parseHtml, sanitizerWindow } from './lib/parse-html';
import { cpuMs } from './lib/cpu-time';
import { readPageFile } from './lib/read-pages';
import { scoreCorpus, scorePage, type PageScore } from './lib/shingle-metric';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');

interface Args {
  corpus: 'scrapinghub' | 'wcxb' | 'all';
  limit: number;
  worst: number;
  /** Timed runs of each system per page; the fastest counts (see runPage). */
  repeat: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: 'all', limit: Infinity, worst: 0, repeat: 3 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = argv[++i] as Args['corpus'];
    else if (argv[i] === '--limit') args.limit = Number(argv[++i]);
    else if (argv[i] === '--worst') args.worst = Number(argv[++i]);
    else if (argv[i] === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
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
  engineFailure?: string;
}

/**
 * Parse once; time Readability alone (on its own clone) and the whole engine on the same document,
 * `repeat` times each, alternating which goes first, and keep each one's fastest run. The fastest
 * run is the usual robust estimate of the work done: a garbage collection left over from parsing or
 * from the other system lands in some run, and a single run's median mostly measures where it fell.
 */
function runPage(id: string, html: string, url: string, repeat: number): PageRun {
  const page = parseHtml(html, url);
  const timeReadability = () => {
    const t0 = cpuMs();
    let text = '';
    try {
      text = new Readability(page.document.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      text = '';
    }
    return { text, ms: cpuMs() - t0 };
  };
  // The engine as it runs in the tab: there the extension page sanitises the HTML afterwards
  // (timed separately, since in Node it runs in jsdom and would dominate the figure).
  const timeEngine = () => {
    const t0 = cpuMs();
    // No time budget here: the benchmark measures what the engine extracts, whatever else loads the machine.
    const result = extractStory(page.document, { url, sanitizeHtml: (markup) => markup, timeBudgetMs: Number.POSITIVE_INFINITY });
    return { result, ms: cpuMs() - t0 };
  };
  let readability = { text: '', ms: Infinity };
  let engine: ReturnType<typeof timeEngine> | undefined;
  for (let k = 0; k < repeat; k++) {
    const first = k % 2 === 0 ? timeEngine() : timeReadability();
    const second = k % 2 === 0 ? timeReadability() : timeEngine();
    for (const run of [first, second]) {
      if ('result' in run) engine = !engine || run.ms < engine.ms ? run : engine;
      else readability = run.ms < readability.ms ? run : readability;
    }
  }
  if (!engine) throw new Error('repeat must be at least 1');
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
}

function benchScrapinghub(args: Args) {
  const dir = join(SHARED, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(truth).sort().slice(0, args.limit);
  const runs = ids.map((id) => runPage(id, readPageFile(join(dir, 'html', `${id}.html.gz`)), truth[id].url, args.repeat));
  const engineScores = runs.map((r) => scorePage(truth[r.id].articleBody, r.engineText));
  const readabilityScores = runs.map((r) => scorePage(truth[r.id].articleBody, r.readabilityText));
  const e = scoreCorpus(engineScores);
  const r = scoreCorpus(readabilityScores);
  console.log(`scrapinghub article-extraction benchmark: ${runs.length} pages, shingle metric (4-token shingles)`);
  console.log(`  system                 F1      P      R`);
  console.log(`  Readability          ${fmt(r.f1)}  ${fmt(r.precision)}  ${fmt(r.recall)}`);
  console.log(`  Lede engine          ${fmt(e.f1)}  ${fmt(e.precision)}  ${fmt(e.recall)}`);
  const failures = runs.filter((x) => x.engineFailure);
  console.log(`  engine returned ok:false on ${failures.length} page(s)${failures.length ? ': ' + failures.map((x) => `${x.id.slice(0, 8)} (${x.engineFailure})`).join(', ') : ''}`);
  printSpeed(runs);
  printWorst(args.worst, runs.map((x, i) => ({ id: x.id, engine: engineScores[i], readability: readabilityScores[i] })));
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

function benchWcxb(args: Args) {
  const dir = join(SHARED, 'wcxb-articles-dev');
  const ids = readdirSync(join(dir, 'html')).map((name) => name.replace(/\.html\.gz$/, '')).sort().slice(0, args.limit);
  const counts = { withTotal: 0, withFoundEngine: 0, withFoundReadability: 0, withoutTotal: 0, withoutKeptEngine: 0, withoutKeptReadability: 0 };
  const engineScores: PageScore[] = [];
  const readabilityScores: PageScore[] = [];
  const runs: PageRun[] = [];
  for (const id of ids) {
    const truthFile = join(dir, 'ground-truth', `${id}.json`);
    if (!existsSync(truthFile)) continue;
    const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
    const gt = (truth.ground_truth ?? {}) as { main_content?: string; with?: string[]; without?: string[] };
    const run = runPage(id, readPageFile(join(dir, 'html', `${id}.html.gz`)), truth.url ?? 'https://example.invalid/', args.repeat);
    runs.push(run);
    const engineText = normalizeSnippet(run.engineText);
    const readabilityText = normalizeSnippet(run.readabilityText);
    for (const snippet of gt.with ?? []) {
      const s = normalizeSnippet(snippet);
      counts.withTotal++;
      if (engineText.includes(s)) counts.withFoundEngine++;
      if (readabilityText.includes(s)) counts.withFoundReadability++;
    }
    for (const snippet of gt.without ?? []) {
      const s = normalizeSnippet(snippet);
      counts.withoutTotal++;
      if (engineText.includes(s)) counts.withoutKeptEngine++;
      if (readabilityText.includes(s)) counts.withoutKeptReadability++;
    }
    // A few pages have snippets but no main_content: they count for the snippets only.
    if (typeof gt.main_content === 'string') {
      engineScores.push(scorePage(gt.main_content, run.engineText));
      readabilityScores.push(scorePage(gt.main_content, run.readabilityText));
    }
  }
  const e = scoreCorpus(engineScores);
  const r = scoreCorpus(readabilityScores);
  console.log(`WCXB article pages, development split: ${runs.length} pages, ${counts.withTotal} 'with' and ${counts.withoutTotal} 'without' snippets`);
  console.log(`  system               with found  without kept   shingle F1      P      R`);
  console.log(`  Readability          ${pct(counts.withFoundReadability / counts.withTotal).padStart(10)}  ${pct(counts.withoutKeptReadability / counts.withoutTotal).padStart(12)}   ${fmt(r.f1)}  ${fmt(r.precision)}  ${fmt(r.recall)}`);
  console.log(`  Lede engine          ${pct(counts.withFoundEngine / counts.withTotal).padStart(10)}  ${pct(counts.withoutKeptEngine / counts.withoutTotal).padStart(12)}   ${fmt(e.f1)}  ${fmt(e.precision)}  ${fmt(e.recall)}`);
  const failures = runs.filter((x) => x.engineFailure);
  console.log(`  engine returned ok:false on ${failures.length} page(s)`);
  printSpeed(runs);
  printWorst(args.worst, runs.map((x, i) => ({ id: x.id, engine: engineScores[i], readability: readabilityScores[i] })));
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(SHARED)) {
  console.error(`bench: ${SHARED} not found (the benchmark corpora live in ../shared/corpus)`);
  process.exit(2);
}
if (args.corpus !== 'wcxb') benchScrapinghub(args);
if (args.corpus !== 'scrapinghub') benchWcxb(args);
