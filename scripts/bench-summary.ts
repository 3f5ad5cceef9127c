/**
 * `npm run bench:summary [-- --sentences N] [--set cnndm|bbc] [--limit N]`
 *
 * ROUGE-1/2/L F1 (ROUGE-1.5.5 tokenisation and summary-level ROUGE-L, see scripts/lib/rouge.ts)
 * of the extractive summariser against the reference summaries in ../shared/nlp/summarization,
 * with Lead-N scored in the same run on the same sentences, then the summariser's speed on
 * ~1,000-word stories. `--ablation` also scores the summariser with one part switched off or one
 * constant halved/doubled at a time (a robustness check; the constants are not fitted to these sets).
 * Lead-3 is also scored the way the published numbers in ../shared/docs/data.md
 * were measured (CNN/DM split at " . "; BBC with line breaks joined), which checks the scorer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractActors } from '../lib/language/actors/extract-actors';
import { leadSentences } from '../lib/language/summary/lead';
import { SUMMARY_WEIGHTS, summarize, type SummaryWeights } from '../lib/language/summary/summarize';
import { countWords } from '../lib/language/summary/terms';
import { makeRougeScorer, meanScores, type RougeScores } from './lib/rouge';
import { splitGluedSentences, splitTokenisedSentences } from './lib/rouge-reference';
import { cpuMs } from './lib/cpu-time';

const SHARED = resolve(import.meta.dirname, '../../shared');
const DATA = resolve(SHARED, 'nlp/summarization');
const WORDNET = resolve(SHARED, 'nlp/rouge');

interface Row {
  id: string;
  article: string;
  reference: string;
  title?: string;
}

interface DataSet {
  name: string;
  file: string;
  published: RougeScores;
  /** Lead-3 as the published number was measured (the scorer check). */
  publishedLead: (article: string) => string[];
  referenceSentences: (reference: string) => string[];
}

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuSentences = (text: string) => [...icu.segment(text)].map((s) => s.segment.trim()).filter(Boolean);

const SETS: DataSet[] = [
  {
    name: 'cnndm',
    file: 'cnndm_realsumm100.jsonl',
    published: { rouge1: 41.29, rouge2: 17.43, rougeL: 37.4 },
    // The articles are tokenised: sentence ends are " . ", " ! ", " ? ".
    publishedLead: (article) => splitTokenisedSentences(article).slice(0, 3),
    referenceSentences: splitTokenisedSentences,
  },
  {
    name: 'bbc',
    file: 'bbc_news_summary.jsonl',
    published: { rouge1: 44.73, rouge2: 35.97, rougeL: 43.66 },
    publishedLead: (article) => icuSentences(article.replace(/\n/g, ' ')).slice(0, 3),
    referenceSentences: splitGluedSentences,
  },
];

function parseArgs(argv: string[]) {
  let sentences = 3;
  let only: string | undefined;
  let limit = Infinity;
  let ablation = false;
  let actors = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sentences') sentences = Number(argv[++i]);
    else if (argv[i] === '--set') only = argv[++i];
    else if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--ablation') ablation = true;
    else if (argv[i] === '--actors') actors = true;
  }
  if (!Number.isInteger(sentences) || sentences < 1) throw new Error('--sentences takes a positive integer');
  return { sentences, only, limit, ablation, actors };
}

function readRows(file: string, limit: number): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, limit)
    .map((line) => JSON.parse(line) as Row);
}

const fmt = (s: RougeScores) => `${s.rouge1.toFixed(2)} / ${s.rouge2.toFixed(2)} / ${s.rougeL.toFixed(2)}`;

/** 95% percentile interval of the mean, from 2,000 resamples (seeded, so runs repeat). */
function bootstrapInterval(values: number[]): [number, number] {
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const means: number[] = [];
  for (let b = 0; b < 2000; b++) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(random() * values.length)];
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return [means[50], means[1949]];
}

function keyNames(row: Row): string[] {
  const result = extractActors({ title: row.title ?? '', text: row.article });
  return result.ok ? result.actors.slice(0, 5).map((actor) => actor.name) : [];
}

function benchSet(set: DataSet, rows: Row[], count: number, score: ReturnType<typeof makeRougeScorer>, actors: boolean) {
  const lead: RougeScores[] = [];
  const publishedLead: RougeScores[] = [];
  const ours: RougeScores[] = [];
  const withNames: RougeScores[] = [];
  let same = 0;
  for (const row of rows) {
    const reference = set.referenceSentences(row.reference);
    const leadPick = leadSentences(row.article, count);
    const result = summarize(row.article, { sentences: count, title: row.title });
    const summary = result.ok ? result.sentences : [];
    if (summary.map((s) => s.index).join() === leadPick.map((s) => s.index).join()) same++;
    lead.push(score(leadPick.map((s) => s.text), reference));
    ours.push(score(summary.map((s) => s.text), reference));
    if (actors) {
      const named = summarize(row.article, { sentences: count, title: row.title, keyNames: keyNames(row) });
      withNames.push(score(named.ok ? named.sentences.map((s) => s.text) : [], reference));
    }
    if (count === 3) publishedLead.push(score(set.publishedLead(row.article), reference));
  }
  const leadMean = meanScores(lead);
  const oursMean = meanScores(ours);
  console.log(`\n${set.name} (${rows.length} articles, ${count} sentences; ROUGE-1 / ROUGE-2 / ROUGE-L F1)`);
  if (count === 3) {
    console.log(`  Lead-3, published protocol   ${fmt(meanScores(publishedLead))}   (published: ${fmt(set.published)})`);
  }
  console.log(`  ${`Lead-${count}, Lede sentences`.padEnd(29)}${fmt(leadMean)}`);
  console.log(`  Lede summariser              ${fmt(oursMean)}`);
  if (actors) console.log(`  Lede summariser + key names  ${fmt(meanScores(withNames))}`);
  console.log(
    `  difference                   ${(oursMean.rouge1 - leadMean.rouge1).toFixed(2)} / ${(oursMean.rouge2 - leadMean.rouge2).toFixed(2)} / ${(oursMean.rougeL - leadMean.rougeL).toFixed(2)}` +
      `   (same sentences as Lead-${count} in ${same} of ${rows.length})`,
  );
  const gains = ours.map((s, i) => 100 * (s.rouge1 - lead[i].rouge1));
  const [low, high] = bootstrapInterval(gains);
  console.log(
    `  ROUGE-1 gain per article: better in ${gains.filter((g) => g > 1e-9).length}, worse in ${gains.filter((g) => g < -1e-9).length}; ` +
      `95% bootstrap interval of the mean gain ${low.toFixed(2)} to ${high.toFixed(2)}`,
  );
}

/** The summariser with one change at a time, against the same references. */
const VARIANTS: [string, Partial<SummaryWeights>][] = [
  ['no position prior', { positionScale: 1e9 }],
  ['no headline', { title: 0 }],
  ['no redundancy removal', { redundancy: 0 }],
  ['no length discount', { minWords: 0, maxWords: 1e9 }],
  ...(['positionScale', 'title', 'redundancy', 'minWords', 'maxWords'] as const).flatMap(
    (key): [string, Partial<SummaryWeights>][] => [
      [`${key} x0.5 (${SUMMARY_WEIGHTS[key] * 0.5})`, { [key]: SUMMARY_WEIGHTS[key] * 0.5 }],
      [`${key} x2 (${SUMMARY_WEIGHTS[key] * 2})`, { [key]: SUMMARY_WEIGHTS[key] * 2 }],
    ],
  ),
];

function benchAblation(set: DataSet, rows: Row[], count: number, score: ReturnType<typeof makeRougeScorer>) {
  const references = rows.map((row) => set.referenceSentences(row.reference));
  const lead = meanScores(rows.map((row, i) => score(leadSentences(row.article, count).map((s) => s.text), references[i])));
  console.log(`  variants (ROUGE-1 / ROUGE-2 / ROUGE-L, and ROUGE-1 minus Lead-${count}):`);
  for (const [name, weights] of VARIANTS) {
    const mean = meanScores(
      rows.map((row, i) => {
        const result = summarize(row.article, { sentences: count, title: row.title, weights });
        return score(result.ok ? result.sentences.map((s) => s.text) : [], references[i]);
      }),
    );
    console.log(`    ${name.padEnd(28)} ${fmt(mean)}   ${(mean.rouge1 - lead.rouge1 >= 0 ? '+' : '') + (mean.rouge1 - lead.rouge1).toFixed(2)}`);
  }
}

/**
 * Time to summarise stories of 900-1,100 words, taken from both sets, 15 runs each. Wall-clock
 * time (median and fastest run per story) and CPU time (this process's user + system time, median
 * run per story): on a machine shared with other jobs the wall clock also counts the time spent
 * waiting for a core, the CPU time does not. Reported as the median and the worst over stories.
 */
function benchSpeed(stories: Row[], count: number) {
  const picked = stories.filter((row) => {
    const words = countWords(row.article);
    return words >= 900 && words <= 1100;
  }).slice(0, 40);
  if (picked.length === 0) return;
  for (const row of picked) summarize(row.article, { sentences: count, title: row.title }); // warm up
  const medians: number[] = [];
  const fastest: number[] = [];
  const cpuMedians: number[] = [];
  const middleOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const row of picked) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let run = 0; run < 15; run++) {
      const cpuStart = cpuMs();
      const start = performance.now();
      summarize(row.article, { sentences: count, title: row.title });
      times.push(performance.now() - start);
      cpuTimes.push(cpuMs() - cpuStart);
    }
    medians.push(middleOf(times));
    fastest.push(Math.min(...times));
    cpuMedians.push(middleOf(cpuTimes));
  }
  const line = (name: string, xs: number[]) =>
    `  ${name.padEnd(22)} median ${middleOf(xs).toFixed(2)} ms, worst story ${Math.max(...xs).toFixed(2)} ms`;
  const words = picked.reduce((sum, row) => sum + countWords(row.article), 0) / picked.length;
  console.log(
    `\nspeed (budget 10 ms): ${picked.length} stories of 900-1,100 words (mean ${words.toFixed(0)}), 15 runs each, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores\n` +
      [line('wall, median run:', medians), line('wall, fastest run:', fastest), line('CPU time, median run:', cpuMedians)].join('\n'),
  );
}

function main(): number {
  if (!existsSync(DATA) || !existsSync(WORDNET)) {
    console.error(`bench:summary: ${DATA} or ${WORDNET} is missing (the data lives in ../shared)`);
    return 2;
  }
  const { sentences, only, limit, ablation, actors } = parseArgs(process.argv.slice(2));
  const score = makeRougeScorer(WORDNET);
  const all: Row[] = [];
  for (const set of SETS) {
    if (only && set.name !== only) continue;
    const rows = readRows(resolve(DATA, set.file), limit);
    all.push(...rows);
    benchSet(set, rows, sentences, score, actors);
    if (ablation) benchAblation(set, rows, sentences, score);
  }
  benchSpeed(all, sentences);
  return 0;
}

process.exitCode = main();
