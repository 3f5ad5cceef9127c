/**
 * Key actors on real pages: precision of the top 5 actors the pipeline lists, on fixed samples of
 * WCXB development article pages and of scrapinghub article pages, against verdicts judged by hand.
 *
 * Samples, from the held-out part of `wcxb` (scripts/lib/held-out.ts) in ../shared/corpus/wcxb-articles-dev,
 * in id order:
 * - the first sample: the first 100 held-out pages (scripts/data/wcxb-actors-judged.tsv). Not blind:
 *   issue 17's rules were changed after its outputs had been seen;
 * - the fresh sample: every later held-out page (scripts/data/wcxb-actors-judged-fresh.tsv), judged
 *   once, blind, on the frozen commit FRESH_JUDGED_COMMIT;
 * - the scrapinghub sample: every held-out page of `scrapinghub` (../shared/corpus/scrapinghub,
 *   scripts/data/scrapinghub-actors-judged.tsv): the first five actors of the frozen commit
 *   SCRAPINGHUB_JUDGED_COMMIT and of the baseline SCRAPINGHUB_BASELINE_COMMIT pooled and judged
 *   once, blind (the judge did not know which pipeline listed what).
 * Each page goes through the whole pipeline (parse, extract, analyse) as the CLI runs it; the first
 * five of `actors` are looked up in the judged file by page id, name and type. A listed actor is
 * right when it is a real name of that type in that page's text. Actors nobody judged yet are
 * counted apart as unjudged, never as right. Beside the current pipeline, in the same run, from git
 * history: main before issue 17's third round (SCRAPINGHUB_BASELINE_COMMIT) on every sample, issue
 * 17's first round (FIRST_ROUND_COMMIT) on the WCXB samples, and the pipeline before issue 17
 * (PREVIOUS_MODEL_COMMIT) on the first.
 *
 * Run alone: `npx tsx scripts/bench-actors.ts [--sample=first|fresh|scrapinghub] [--unjudged] [--current-only]`
 * (--unjudged prints each unjudged actor with the sentences that name it, for judging; that output
 * holds corpus text and is not committed). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseStory } from './lib/analyse-page';
import { isHeldOut } from './lib/held-out';
import { loadPreviousPipeline, PREVIOUS_MODEL_COMMIT, type PagePipeline } from './lib/previous-ner-model';
import { readPageFile } from './lib/read-pages';

export const JUDGED_FILE = 'scripts/data/wcxb-actors-judged.tsv';
/** Verdicts on the fresh sample, judged once, blind, on the frozen commit FRESH_JUDGED_COMMIT. */
export const FRESH_JUDGED_FILE = 'scripts/data/wcxb-actors-judged-fresh.tsv';
/** The commit whose outputs on the fresh sample were judged (the system frozen for it). */
export const FRESH_JUDGED_COMMIT = '10e0cf845b200cdbace7b9e154f5af3218ae6ecb';
/** Verdicts on the held-out scrapinghub pages, judged once, blind, pooled from the two commits below. */
export const SCRAPINGHUB_JUDGED_FILE = 'scripts/data/scrapinghub-actors-judged.tsv';
/** Issue 17's third round, frozen before its outputs on the held-out scrapinghub pages were seen. */
export const SCRAPINGHUB_JUDGED_COMMIT = '0d860edeab7482a0dacf76933f29a4a4347b22bf';
/** origin/main when the third round started (the pipeline it was measured against). */
export const SCRAPINGHUB_BASELINE_COMMIT = 'aeb0974af4eb713863f1d01c99ee752a3d8ff75b';
const FIRST_SAMPLE_SIZE = 100;
const TOP = 5;
/** The first helper's final actor pipeline of issue 17 (83.9 % on the first sample), read from git history. */
export const FIRST_ROUND_COMMIT = 'b3b7d9888c900a7bdcabfdba156f77308d949024';

/** A verdict on one listed actor. Only `right` counts as right. */
// not-an-actor: a real name of something that is no person, organisation or place (a product, a work, a program).
export type Verdict = 'right' | 'wrong-type' | 'not-a-name' | 'not-an-actor';
const VERDICTS = new Set<Verdict>(['right', 'wrong-type', 'not-a-name', 'not-an-actor']);

export interface Judgement {
  page: string;
  name: string;
  type: string;
  verdict: Verdict;
  note: string;
}

const keyOf = (page: string, name: string, type: string) => `${page}\u0000${name}\u0000${type}`;

/** Reads the judged file: `page<TAB>type<TAB>name<TAB>verdict[<TAB>note]`, `#` comments. */
export function readJudgements(path: string): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  if (!existsSync(path)) return out;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trimEnd();
    if (!line || line.startsWith('#')) continue;
    const [page, type, name, verdict, note = ''] = line.split('\t');
    if (!page || !type || !name || !VERDICTS.has(verdict as Verdict)) throw new Error(`${path}: bad line "${line}"`);
    out.set(keyOf(page, name, type), { page, name, type, verdict: verdict as Verdict, note });
  }
  return out;
}

/** The held-out wcxb article pages, by id. */
function heldOutPages(corpusDir: string): string[] {
  return readdirSync(resolve(corpusDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .sort()
    .filter((id) => isHeldOut('wcxb', id));
}

/** The held-out scrapinghub pages, by id. */
export function scrapinghubSamplePages(corpusDir: string): string[] {
  if (!existsSync(resolve(corpusDir, 'html'))) return [];
  return readdirSync(resolve(corpusDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .sort()
    .filter((id) => isHeldOut('scrapinghub', id));
}

/** Where a sample's page and its address are. */
interface PageSource {
  html(page: string): string;
  url(page: string): string | undefined;
}

function wcxbSource(corpusDir: string): PageSource {
  return {
    html: (page) => resolve(corpusDir, 'html', `${page}.html.gz`),
    url: (page) => (JSON.parse(readFileSync(resolve(corpusDir, 'ground-truth', `${page}.json`), 'utf8')) as { url?: string }).url,
  };
}

function scrapinghubSource(corpusDir: string): PageSource {
  let truth: Record<string, { url?: string }> | undefined;
  return {
    html: (page) => resolve(corpusDir, 'html', `${page}.html.gz`),
    url: (page) => (truth ??= JSON.parse(readFileSync(resolve(corpusDir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>)[page]?.url,
  };
}

/** The first sample: held-out wcxb article pages, first 100 by id (seen while rules were changed: not blind). */
export function samplePages(corpusDir: string): string[] {
  return heldOutPages(corpusDir).slice(0, FIRST_SAMPLE_SIZE);
}

/** The fresh sample: every held-out wcxb article page after the first 100 (judged once, blind). */
export function freshSamplePages(corpusDir: string): string[] {
  return heldOutPages(corpusDir).slice(FIRST_SAMPLE_SIZE);
}

interface Listed {
  page: string;
  name: string;
  type: string;
  text: string;
}

function listedActors(pipeline: PagePipeline, source: PageSource, pages: string[]): { listed: Listed[]; withActors: number; failed: number } {
  const listed: Listed[] = [];
  let withActors = 0;
  let failed = 0;
  for (const page of pages) {
    const html = readPageFile(source.html(page));
    let result: Record<string, unknown>;
    try {
      result = pipeline(html, source.url(page));
    } catch {
      failed++;
      continue;
    }
    const actors = Array.isArray(result.actors) ? (result.actors as { name: string; type: string }[]).slice(0, TOP) : [];
    if (actors.length) withActors++;
    const text = `${String(result.title ?? '')}\n\n${String(result.text ?? '')}`;
    for (const a of actors) listed.push({ page, name: a.name, type: a.type, text });
  }
  return { listed, withActors, failed };
}

function tally(listed: Listed[], judged: Map<string, Judgement>) {
  const counts: Record<Verdict | 'unjudged', number> = { right: 0, 'wrong-type': 0, 'not-a-name': 0, 'not-an-actor': 0, unjudged: 0 };
  for (const l of listed) counts[judged.get(keyOf(l.page, l.name, l.type))?.verdict ?? 'unjudged']++;
  const judgedCount = listed.length - counts.unjudged;
  return { counts, judgedCount, precision: judgedCount ? (100 * counts.right) / judgedCount : NaN };
}

/** Sentences of the page text that name the actor, for the person judging (never committed). */
function contexts(l: Listed, max = 3): string[] {
  const sentences = l.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.includes(l.name.split(' ').at(-1)!));
  return sentences.slice(0, max).map((s) => (s.length > 300 ? s.slice(0, 300) + '…' : s));
}

export interface BenchActorsOptions {
  printUnjudged?: boolean;
  /** Only the current pipeline (no versions from git history). */
  currentOnly?: boolean;
  /** Only one of the samples. */
  sample?: 'first' | 'fresh' | 'scrapinghub';
}

export async function benchActors(root: string, options: BenchActorsOptions = {}): Promise<void> {
  const corpusDir = resolve(root, '../shared/corpus/wcxb-articles-dev');
  const scrapinghubDir = resolve(root, '../shared/corpus/scrapinghub');
  console.log('\nKey actors on real pages: top-5 precision on the judged samples (held-out parts of wcxb-articles-dev and scrapinghub)');
  const skipped = (reason: string) => ({ ok: false as const, reason });
  const baseline = options.currentOnly ? skipped('--current-only') : await loadPreviousPipeline(root, SCRAPINGHUB_BASELINE_COMMIT);
  const firstRound = options.currentOnly ? skipped('--current-only') : await loadPreviousPipeline(root, FIRST_ROUND_COMMIT);
  const previous = options.currentOnly ? skipped('--current-only') : await loadPreviousPipeline(root);
  const haveWcxb = existsSync(corpusDir);
  const haveScrapinghub = existsSync(scrapinghubDir);
  if (!haveWcxb) console.log(`  WCXB pages not found under ${corpusDir}: WCXB samples skipped`);
  if (!haveScrapinghub) console.log(`  scrapinghub pages not found under ${scrapinghubDir}: scrapinghub sample skipped`);
  const samples = [
    {
      name: 'first',
      label: 'WCXB first sample: the first 100 held-out pages by id; NOT blind (issue 17 rules were changed after its outputs were seen)',
      pages: haveWcxb ? samplePages(corpusDir) : [],
      source: wcxbSource(corpusDir),
      file: JUDGED_FILE,
      runs: ['baseline', 'firstRound', 'previous'],
    },
    {
      name: 'fresh',
      label: `WCXB fresh sample: every later held-out page; judged once, blind, on commit ${FRESH_JUDGED_COMMIT.slice(0, 10)} (frozen before anyone saw its outputs); actors later rules list that it did not are unjudged`,
      pages: haveWcxb ? freshSamplePages(corpusDir) : [],
      source: wcxbSource(corpusDir),
      file: FRESH_JUDGED_FILE,
      runs: ['baseline', 'firstRound'],
    },
    {
      name: 'scrapinghub',
      label: `scrapinghub sample: every held-out page; the first five actors of commits ${SCRAPINGHUB_JUDGED_COMMIT.slice(0, 7)} (issue 17 third round, frozen) and ${SCRAPINGHUB_BASELINE_COMMIT.slice(0, 7)} (main before it) pooled and judged once, blind`,
      pages: haveScrapinghub ? scrapinghubSamplePages(scrapinghubDir) : [],
      source: scrapinghubSource(scrapinghubDir),
      file: SCRAPINGHUB_JUDGED_FILE,
      runs: ['baseline'],
    },
  ].filter((sample) => sample.pages.length > 0 && (!options.sample || options.sample === sample.name));
  const versions: Record<string, [string, { ok: true; value: PagePipeline } | { ok: false; reason: string }, string]> = {
    baseline: ['main before round 3', baseline, `commit ${SCRAPINGHUB_BASELINE_COMMIT.slice(0, 7)}`],
    firstRound: ['issue 17 first round', firstRound, `commit ${FIRST_ROUND_COMMIT.slice(0, 7)}`],
    previous: ['before issue 17', previous, `commit ${PREVIOUS_MODEL_COMMIT.slice(0, 7)}`],
  };
  for (const sample of samples) {
    const judged = readJudgements(resolve(root, sample.file));
    console.log(`\n  ${sample.label}`);
    console.log(`  ${sample.pages.length} pages (${sample.pages[0]!.slice(0, 12)}..${sample.pages.at(-1)!.slice(0, 12)}); ${judged.size} judgements in ${sample.file}`);
    const runs: [string, PagePipeline | null, string][] = [['current', analyseStory, '']];
    for (const key of sample.runs) {
      const [name, loaded, note] = versions[key]!;
      runs.push([name, loaded.ok ? loaded.value : null, loaded.ok ? note : loaded.reason]);
    }
    for (const [name, pipeline, note] of runs) {
      if (!pipeline) {
        console.log(`    ${name}: not run (${note})`);
        continue;
      }
      const { listed, withActors, failed } = listedActors(pipeline, sample.source, sample.pages);
      const { counts, judgedCount, precision } = tally(listed, judged);
      console.log(
        `    ${`${name}${note ? ` (${note})` : ''}`.padEnd(36)} listed ${listed.length} on ${withActors} pages` +
          `${failed ? ` (${failed} pages threw)` : ''}; judged ${judgedCount}: right ${counts.right}, wrong type ${counts['wrong-type']}, ` +
          `not a name ${counts['not-a-name']}, names of other things (products, works...) ${counts['not-an-actor']}; unjudged ${counts.unjudged}` +
          ` -> precision ${Number.isNaN(precision) ? '-' : precision.toFixed(1) + ' %'} of judged`,
      );
      if (options.printUnjudged) {
        for (const l of listed) {
          if (judged.has(keyOf(l.page, l.name, l.type))) continue;
          console.log(`\n[${sample.name}/${name}] ${l.page}\t${l.type}\t${l.name}`);
          for (const c of contexts(l)) console.log(`    | ${c}`);
        }
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sample = process.argv.find((a) => a.startsWith('--sample='))?.slice('--sample='.length);
  void benchActors(resolve(import.meta.dirname, '..'), {
    printUnjudged: process.argv.includes('--unjudged'),
    currentOnly: process.argv.includes('--current-only'),
    sample: sample === 'first' || sample === 'fresh' || sample === 'scrapinghub' ? sample : undefined,
  });
}
