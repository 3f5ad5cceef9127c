/**
 * `npm run bench:parse [-- --corpus scrapinghub|wcxb|all] [--limit N] [--repeat N]`
 *
 * Parse time per page of the three ways Node can build a page's DOM (scripts/lib/parse-html.ts),
 * on the same pages in the same run, in CPU time (the machine is shared: see cpu-time.ts):
 * - parse5 into linkedom (the default: browser-equal tree, linkedom's fast DOM);
 * - linkedom's own parser (htmlparser2), which it replaced (not browser-equal);
 * - jsdom (parse5 into jsdom's DOM).
 * Each page is parsed by each way `repeat` times, rotating which goes first, and the fastest run counts.
 *
 * Then the speed bar of issue 11: the whole CLI path (parse5 + linkedom, then the Lede engine; and the
 * whole object `npm run extract` prints: page type, sanitised HTML, summary, actors) beside the baseline
 * it must not be slower than (jsdom, then Readability), per page, same pages, same run.
 * Reads ../shared/corpus; nothing is copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractStory } from '../lib/story/extract-story';
import { cpuMs } from './lib/cpu-time';
import { parseHtml, type DomLibrary } from './lib/parse-html';
import { readPageFile } from './lib/read-pages';
import { analyseStory } from './lib/analyse-page';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');

interface Args {
  corpus: 'scrapinghub' | 'wcxb' | 'all';
  limit: number;
  repeat: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: 'scrapinghub', limit: Infinity, repeat: 3 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = argv[++i] as Args['corpus'];
    else if (argv[i] === '--limit') args.limit = Number(argv[++i]);
    else if (argv[i] === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
  }
  return args;
}

interface Page {
  id: string;
  html: string;
  url: string;
}

function corpusPages(args: Args): Page[] {
  const pages: Page[] = [];
  if (args.corpus !== 'wcxb') {
    const dir = join(SHARED, 'scrapinghub');
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    for (const id of Object.keys(truth).sort()) pages.push({ id, html: readPageFile(join(dir, 'html', `${id}.html.gz`)), url: truth[id].url });
  }
  if (args.corpus !== 'scrapinghub') {
    const dir = join(SHARED, 'wcxb-articles-dev');
    for (const name of readdirSync(join(dir, 'html')).sort()) {
      const id = name.replace(/\.html\.gz$/, '');
      pages.push({ id, html: readPageFile(join(dir, 'html', name)), url: 'https://example.invalid/' });
    }
  }
  return pages.slice(0, args.limit);
}

const PARSERS: { library: DomLibrary; label: string }[] = [
  { library: 'linkedom', label: 'parse5 into linkedom (default)' },
  { library: 'linkedom-htmlparser2', label: 'linkedom own parser (replaced)' },
  { library: 'jsdom', label: 'jsdom (parse5 into jsdom)' },
];

function timeParse(page: Page, library: DomLibrary): number {
  const t0 = cpuMs();
  const parsed = parseHtml(page.html, page.url, library);
  const ms = cpuMs() - t0;
  parsed.close();
  return ms;
}

/** Parse + the Lede engine (what `npm run extract` does before the language stage). */
function timeLedePath(page: Page): number {
  const t0 = cpuMs();
  const parsed = parseHtml(page.html, page.url, 'linkedom');
  extractStory(parsed.document, { url: page.url, sanitizeHtml: (markup) => markup, timeBudgetMs: Number.POSITIVE_INFINITY });
  const ms = cpuMs() - t0;
  parsed.close();
  return ms;
}

/** Everything `npm run extract` does for a page once it has read the file. */
function timeCliObject(page: Page): number {
  const t0 = cpuMs();
  analyseStory(page.html, page.url);
  return cpuMs() - t0;
}

/** The baseline: jsdom parse + Readability on the document. */
function timeBaselinePath(page: Page): number {
  const t0 = cpuMs();
  const parsed = parseHtml(page.html, page.url, 'jsdom');
  try {
    new Readability(parsed.document).parse();
  } catch {
    // Readability throwing is part of the baseline's cost, not a failure of the benchmark.
  }
  const ms = cpuMs() - t0;
  parsed.close();
  return ms;
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const row = (label: string, values: number[]) =>
  `  ${label.padEnd(34)} ${percentile(values, 0.5).toFixed(1).padStart(7)} ${percentile(values, 0.95).toFixed(1).padStart(7)} ${sum(values).toFixed(0).padStart(9)}`;

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(SHARED)) {
    console.error(`bench:parse: ${SHARED} not found (the benchmark corpora live in ../shared/corpus)`);
    return 2;
  }
  const pages = corpusPages(args);
  const parseMs = new Map<DomLibrary, number[]>(PARSERS.map((p) => [p.library, []]));
  const lede: number[] = [];
  const cli: number[] = [];
  const baseline: number[] = [];
  pages.forEach((page, index) => {
    const best = new Map<string, number>();
    const keep = (key: string, ms: number) => best.set(key, Math.min(best.get(key) ?? Infinity, ms));
    for (let k = 0; k < args.repeat; k++) {
      // Rotate the order per page and per run, so that no way always runs first (or after a GC).
      const order = [...PARSERS.keys()].map((i) => PARSERS[(i + index + k) % PARSERS.length]);
      for (const { library } of order) keep(library, timeParse(page, library));
      if ((index + k) % 2 === 0) {
        keep('lede', timeLedePath(page));
        keep('cli', timeCliObject(page));
        keep('baseline', timeBaselinePath(page));
      } else {
        keep('baseline', timeBaselinePath(page));
        keep('cli', timeCliObject(page));
        keep('lede', timeLedePath(page));
      }
    }
    for (const { library } of PARSERS) parseMs.get(library)!.push(best.get(library)!);
    lede.push(best.get('lede')!);
    cli.push(best.get('cli')!);
    baseline.push(best.get('baseline')!);
  });
  console.log(`parse time per page: ${pages.length} pages (${args.corpus}), CPU ms, fastest of ${args.repeat} runs`);
  console.log(`  ${'parser'.padEnd(34)}  median     p95  all pages`);
  for (const { library, label } of PARSERS) console.log(row(label, parseMs.get(library)!));
  console.log('whole path per page (parse, then extraction; CPU ms, fastest of runs)');
  console.log(row('parse5+linkedom, Lede engine', lede));
  console.log(row('npm run extract (the whole object)', cli));
  console.log(row('jsdom, Readability (baseline)', baseline));
  const ratio = (label: string, values: number[]) =>
    console.log(`  ${label} / baseline: median ${(percentile(values, 0.5) / percentile(baseline, 0.5)).toFixed(2)}, p95 ${(percentile(values, 0.95) / percentile(baseline, 0.95)).toFixed(2)}, all pages together ${(sum(values) / sum(baseline)).toFixed(2)}`);
  ratio('Lede path', lede);
  ratio('npm run extract', cli);
  return 0;
}

process.exitCode = main();
