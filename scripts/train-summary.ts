/**
 * `npm run train:summary [-- --cv] [--no-write] [--limit N]`
 *
 * Trains the summary's sentence scorer on the TUNING part of ../shared/nlp/summarization/
 * cnndm_val4k.jsonl.gz (scripts/lib/held-out.ts; the held-out part is never read here) and writes
 * lib/language/summary/model-data.ts.
 *
 * 1. Each story is read the way the extension reads it (lib/language/summary/prose.ts, features.ts).
 * 2. Labels: a sentence is positive when the greedy ROUGE oracle (ROUGE-1 + ROUGE-2 F1 against the
 *    highlights, at most ORACLE_LIMIT sentences) takes it.
 * 3. Model: L2-regularised logistic regression, fitted by Newton's method from zero weights: no
 *    random start and no shuffling, so the same data give the same bytes.
 * 4. The regularisation, the redundancy penalty and the lead margin are chosen by 5-fold
 *    cross-validation inside the tuning part (folds by a hash of the story id): the setting with the
 *    highest mean ROUGE-1 + ROUGE-2 of three-sentence summaries on the left-out folds.
 *
 * `--cv` prints the cross-validation table (and feature ablations) without writing the model.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { FEATURE_COUNT, FEATURE_NAMES, sentenceFeatures } from '../lib/language/summary/features';
import { SUMMARY_MODEL_FORMAT, scoreRows, type SummaryModelData } from '../lib/language/summary/model';
import { blocksFromText, storyProse } from '../lib/language/summary/prose';
import { selectSummary } from '../lib/language/summary/select';
import { greedyOracle, ngramCounts, rouge12, type NgramCounts } from './lib/ngram-rouge';
import { loadWordNetExceptions, makeRougeTokenizer } from './lib/rouge-tokenize';
import { hasSummarySet, readSummarySet, ROUGE_WORDNET_DIR, summarySetPath } from './lib/summary-data';

const ROOT = resolve(import.meta.dirname, '..');
const MODEL_FILE = resolve(ROOT, 'lib/language/summary/model-data.ts');

/** Sentences scored per story (as in the summariser). */
export const MAX_CANDIDATES = 250;
/** The oracle takes at most this many sentences: the summary length the model is measured at. */
const ORACLE_LIMIT = 3;
const SUMMARY_SENTENCES = 3;
const FOLDS = 5;

const LAMBDAS = [0.3, 3, 30, 300];
const REDUNDANCIES = [0, 1, 2, 4, 8, 16];
/**
 * Lead margins tried: always positive, because a summary that leaves the lead must be clearly
 * better by the model's own scores (when in doubt, the lead); CV picks how clearly.
 */
const LEAD_MARGINS = [0.05, 0.1, 0.2, 0.4, 0.8];

export interface PreparedStory {
  id: string;
  rows: Float64Array[];
  similarity: Float64Array[];
  /** ROUGE tokens of each candidate sentence. */
  tokens: string[][];
  reference: NgramCounts;
  labels: Uint8Array;
  fold: number;
}

function foldOf(id: string): number {
  return createHash('sha256').update(`summary-cv\u0000${id}`).digest().readUInt32BE(0) % FOLDS;
}

export function prepareStories(
  rows: { id: string; article: string; reference: string[]; title?: string }[],
  oracleLimit = ORACLE_LIMIT,
): PreparedStory[] {
  const tokenize = makeRougeTokenizer(loadWordNetExceptions(ROUGE_WORDNET_DIR));
  const prepared: PreparedStory[] = [];
  for (const row of rows) {
    const prose = storyProse(blocksFromText(row.article));
    const sentences = prose.sentences.slice(0, MAX_CANDIDATES);
    if (sentences.length === 0) continue;
    const topics = row.title ? [row.title, ...prose.topics] : prose.topics;
    const features = sentenceFeatures(sentences, topics);
    const tokens = sentences.map((s) => tokenize(s.text));
    const reference = ngramCounts(row.reference.map(tokenize));
    const labels = new Uint8Array(sentences.length);
    for (const i of greedyOracle(tokens, reference, oracleLimit)) labels[i] = 1;
    prepared.push({ id: row.id, rows: features.rows, similarity: features.similarity, tokens, reference, labels, fold: foldOf(row.id) });
  }
  return prepared;
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination with pivoting). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => {
    const r = new Float64Array(n + 1);
    r.set(row);
    r[n] = b[i];
    return r;
  });
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const factor = m[r][col] / m[col][col];
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let c = r + 1; c < n; c++) sum -= m[r][c] * x[c];
    x[r] = sum / m[r][r];
  }
  return x;
}

/**
 * L2-regularised logistic regression by Newton's method (the bias is not penalised). `mask` turns
 * features off (for ablations): their weights stay 0.
 */
export function trainLogistic(stories: readonly PreparedStory[], lambda: number, mask?: readonly boolean[]): { bias: number; weights: Float64Array } {
  const d = FEATURE_COUNT + 1; // last = bias
  const active = Array.from({ length: FEATURE_COUNT }, (_, f) => (mask ? mask[f] : true));
  let w = new Float64Array(d);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Float64Array(d);
    const hessian = Array.from({ length: d }, () => new Float64Array(d));
    const x = new Float64Array(d);
    for (const story of stories) {
      for (let s = 0; s < story.rows.length; s++) {
        const row = story.rows[s];
        for (let f = 0; f < FEATURE_COUNT; f++) x[f] = active[f] ? row[f] : 0;
        x[d - 1] = 1;
        let z = 0;
        for (let f = 0; f < d; f++) z += w[f] * x[f];
        const p = 1 / (1 + Math.exp(-z));
        const error = p - story.labels[s];
        const curvature = p * (1 - p);
        for (let f = 0; f < d; f++) {
          if (x[f] === 0) continue;
          gradient[f] += error * x[f];
          const cx = curvature * x[f];
          for (let g = f; g < d; g++) hessian[f][g] += cx * x[g];
        }
      }
    }
    for (let f = 0; f < d; f++) for (let g = 0; g < f; g++) hessian[f][g] = hessian[g][f];
    for (let f = 0; f < d - 1; f++) {
      gradient[f] += lambda * w[f];
      hessian[f][f] += lambda;
    }
    // A feature switched off (or never non-zero) keeps weight 0: its row and column are the identity.
    for (let f = 0; f < d - 1; f++) {
      if (hessian[f][f] <= lambda && gradient[f] === 0) {
        hessian[f].fill(0);
        for (let g = 0; g < d; g++) hessian[g][f] = 0;
        hessian[f][f] = 1;
      }
    }
    const step = solve(hessian, gradient);
    const next = w.map((value, f) => value - step[f]);
    const change = step.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    w = next;
    if (change < 1e-7) break;
  }
  return { bias: w[d - 1], weights: w.slice(0, FEATURE_COUNT) };
}

interface Evaluation {
  rouge1: number;
  rouge2: number;
  leadRouge1: number;
  leadRouge2: number;
  leadShare: number;
}

export function evaluate(
  stories: readonly PreparedStory[],
  model: { bias: number; weights: Float64Array },
  selection: { redundancy: number; leadMargin: number },
): Evaluation {
  let r1 = 0;
  let r2 = 0;
  let l1 = 0;
  let l2 = 0;
  let leads = 0;
  for (const story of stories) {
    const scores = scoreRows(model, story.rows);
    const chosen = selectSummary(scores, story.similarity, SUMMARY_SENTENCES, selection);
    if (chosen.lead) leads++;
    const ours = rouge12(ngramCounts(chosen.indices.map((i) => story.tokens[i])), story.reference);
    const lead = rouge12(ngramCounts(story.tokens.slice(0, SUMMARY_SENTENCES)), story.reference);
    r1 += ours.rouge1;
    r2 += ours.rouge2;
    l1 += lead.rouge1;
    l2 += lead.rouge2;
  }
  const n = Math.max(1, stories.length);
  return { rouge1: (100 * r1) / n, rouge2: (100 * r2) / n, leadRouge1: (100 * l1) / n, leadRouge2: (100 * l2) / n, leadShare: leads / n };
}

interface Setting {
  lambda: number;
  redundancy: number;
  leadMargin: number;
}

/** Mean left-out-fold scores of every setting in the grid. */
function crossValidate(stories: PreparedStory[], lambdas: readonly number[], mask?: boolean[]): { setting: Setting; result: Evaluation }[] {
  const results = new Map<string, { setting: Setting; sums: Evaluation; count: number }>();
  for (const lambda of lambdas) {
    for (let fold = 0; fold < FOLDS; fold++) {
      const train = stories.filter((s) => s.fold !== fold);
      const test = stories.filter((s) => s.fold === fold);
      const model = trainLogistic(train, lambda, mask);
      for (const redundancy of REDUNDANCIES) {
        for (const leadMargin of LEAD_MARGINS) {
          const key = `${lambda}/${redundancy}/${leadMargin}`;
          const result = evaluate(test, model, { redundancy, leadMargin });
          const entry = results.get(key) ?? {
            setting: { lambda, redundancy, leadMargin },
            sums: { rouge1: 0, rouge2: 0, leadRouge1: 0, leadRouge2: 0, leadShare: 0 },
            count: 0,
          };
          // Weighted by fold size, so the mean is over stories.
          for (const k of Object.keys(entry.sums) as (keyof Evaluation)[]) entry.sums[k] += result[k] * test.length;
          entry.count += test.length;
          results.set(key, entry);
        }
      }
    }
  }
  return [...results.values()].map(({ setting, sums, count }) => ({
    setting,
    result: Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / count])) as unknown as Evaluation,
  }));
}

const objective = (e: Evaluation) => e.rouge1 + e.rouge2;

/**
 * Settings within this much (ROUGE-1 + ROUGE-2, points) of the best are as good as the best: the
 * standard error of a cross-validated mean over ~3,000 stories is about 0.15 points.
 */
const TOLERANCE = 0.1;

/**
 * The best setting, and among those within TOLERANCE of it the safest: the largest lead margin
 * (the lead when in doubt), then the strongest regularisation, then the smallest redundancy penalty.
 */
function best(results: { setting: Setting; result: Evaluation }[]) {
  const top = Math.max(...results.map((r) => objective(r.result)));
  return results
    .filter((r) => objective(r.result) >= top - TOLERANCE)
    .sort(
      (a, b) =>
        b.setting.leadMargin - a.setting.leadMargin ||
        b.setting.lambda - a.setting.lambda ||
        a.setting.redundancy - b.setting.redundancy,
    )[0];
}

const fmt = (x: number) => x.toFixed(2);

function writeModel(data: SummaryModelData, stories: number, sentences: number, setting: Setting): void {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const weights = data.weights.map((w, f) => `    ${JSON.stringify(round(w))}, // ${FEATURE_NAMES[f]}`).join('\n');
  const text = `// Generated by \`npm run train:summary\` from the tuning part of cnndm_val4k (${stories} stories,
// ${sentences} sentences); do not edit. Format: model.ts. Chosen by 5-fold cross-validation inside
// the tuning part: L2 lambda ${setting.lambda}, redundancy ${setting.redundancy}, lead margin ${setting.leadMargin}.
import type { SummaryModelData } from './model';

export const SUMMARY_MODEL_DATA: SummaryModelData = {
  format: ${JSON.stringify(data.format)},
  features: ${JSON.stringify(data.features)},
  bias: ${round(data.bias)},
  weights: [
${weights}
  ],
  redundancy: ${data.redundancy},
  leadMargin: ${data.leadMargin},
};
`;
  writeFileSync(MODEL_FILE, text);
}

function main(argv: string[]): number {
  if (!hasSummarySet('cnndm-val')) {
    console.error(`train:summary: ${summarySetPath('cnndm-val')} is missing (the data lives in ../shared)`);
    return 2;
  }
  const cv = argv.includes('--cv');
  const write = !argv.includes('--no-write') && !cv;
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  // The tuning part only: the held-out part is for the benchmark's report.
  const rows = readSummarySet('cnndm-val', 'tuning').slice(0, limit);
  const started = performance.now();
  const stories = prepareStories(rows);
  const sentences = stories.reduce((sum, s) => sum + s.rows.length, 0);
  const positives = stories.reduce((sum, s) => sum + s.labels.reduce((a, b) => a + b, 0), 0);
  console.log(`tuning part: ${stories.length} stories, ${sentences} sentences, ${positives} oracle sentences (read in ${((performance.now() - started) / 1000).toFixed(0)} s)`);

  const results = crossValidate(stories, LAMBDAS);
  const chosen = best(results);
  const line = (name: string, e: Evaluation) =>
    `${name.padEnd(44)} R-1 ${fmt(e.rouge1)} (lead ${fmt(e.leadRouge1)}, ${e.rouge1 >= e.leadRouge1 ? '+' : ''}${fmt(e.rouge1 - e.leadRouge1)})  R-2 ${fmt(e.rouge2)} (lead ${fmt(e.leadRouge2)})  lead kept ${(100 * e.leadShare).toFixed(0)}%`;
  if (cv) {
    console.log(`\n${FOLDS}-fold cross-validation inside the tuning part (fast ROUGE, 3 sentences):`);
    for (const { setting, result } of [...results].sort((a, b) => objective(b.result) - objective(a.result)).slice(0, 15)) {
      console.log(line(`lambda ${setting.lambda} redundancy ${setting.redundancy} margin ${setting.leadMargin}`, result));
    }
    const groups: [string, RegExp][] = [
      ['position', /^position|relative position/],
      ['length', /^words/],
      ['centrality', /centrality|centroid/],
      ['number', /^number/],
      ['question', /question/],
      ['pronoun opener', /pronoun/],
    ];
    console.log(`\nablations (each without one group of features; lambda ${chosen.setting.lambda}, best redundancy and margin for each):`);
    for (const [name, pattern] of groups) {
      const mask = FEATURE_NAMES.map((feature) => !pattern.test(feature));
      const ablated = best(crossValidate(stories, [chosen.setting.lambda], mask));
      console.log(line(`without ${name}`, ablated.result));
    }
  }
  console.log(`\nchosen: ${JSON.stringify(chosen.setting)}`);
  console.log(line('cross-validated', chosen.result));

  const model = trainLogistic(stories, chosen.setting.lambda);
  const data: SummaryModelData = {
    format: SUMMARY_MODEL_FORMAT,
    features: [...FEATURE_NAMES],
    bias: model.bias,
    weights: Array.from(model.weights),
    redundancy: chosen.setting.redundancy,
    leadMargin: chosen.setting.leadMargin,
  };
  console.log('\nweights:');
  FEATURE_NAMES.forEach((name, f) => console.log(`  ${name.padEnd(34)} ${model.weights[f].toFixed(3)}`));
  console.log(`  ${'bias'.padEnd(34)} ${model.bias.toFixed(3)}`);
  if (write) {
    writeModel(data, stories.length, sentences, chosen.setting);
    console.log(`\nwrote ${MODEL_FILE}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main(process.argv.slice(2));
