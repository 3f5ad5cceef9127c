/**
 * Training the page-type model (lib/story/page-type/classify-page.ts) on labelled signals: feature
 * choice, standardisation, softmax regression, the refusal threshold, and k-fold cross-validation
 * within the tuning part. Deterministic throughout (fixed folds by hash, no sampling).
 */
import { createHash } from 'node:crypto';
import { decidePageType, featureVector, REFUSED_TYPES, typeProbabilities, type PageTypeModel, type TreeNode } from '../../lib/story/page-type/classify-page';
import type { PageSignals } from '../../lib/story/page-type/page-signals';
import type { PageType } from '../../lib/story/types';
import { trainBoosted, type BoostOptions, type Tree } from './boosted-trees';
import { trainSoftmax } from './softmax-regression';

export const PAGE_TYPES: PageType[] = ['article', 'forum', 'documentation', 'product', 'listing', 'collection', 'service'];

export interface Example {
  id: string;
  label: PageType;
  signals: PageSignals;
  /** The engine refused the page before the page-type stage (it stays refused whatever the model says). */
  refusedByEngine: boolean;
}

export const FOLDS = 5;
/**
 * Fold assignments the setting and the threshold are chosen over (round 7, docs/page-type.md). One
 * assignment's choice moved with the assignment: the refused types shown on unseen pages spread 10.5-15.0 %
 * over six assignments with the round-6 pipeline, and the chosen thresholds 0.49-0.78. Assignment 0 is
 * the hash rounds 1-6 used (the benchmark's tuning cross-validation still reads it).
 */
export const FOLD_ASSIGNMENTS = 5;
/** L2 penalties tried by cross-validation. */
export const L2_GRID = [0.03, 0.1, 0.3];
/** The regression's share of the averaged probabilities, tried by cross-validation (1: the regression alone). */
export const REGRESSION_SHARE_GRID = [0.5, 0.7, 1];
/**
 * The boosted trees: shallow (two levels: a signal and one other beside it) and few (60 rounds of
 * seven trees), so the model module stays tens of kilobytes. Chosen on the tuning part's
 * cross-validation among depth 2-3 and 60-200 rounds (docs/page-type.md).
 */
export const TREE_OPTIONS: BoostOptions = { depth: 2, rounds: 60, learningRate: 0.15, bins: 16, minLeafWeight: 2, lambda: 1 };
/**
 * Articles that must still be read as stories, on the tuning part's out-of-fold predictions. The goal
 * is 98 %. Rounds 5-6 chose 98.25 % on one fold assignment: with 503 tuning articles that lets eight be
 * refused (98.41 %). Since round 7 the threshold is chosen on the out-of-fold pages of FOLD_ASSIGNMENTS
 * assignments pooled, which resolves finer levels: 98.375 % lets 40 of 5 × 503 be refused, eight per
 * assignment again. Nested cross-validation over five other fold assignments (the whole training
 * applied to four fifths of the tuning part, read on the fifth; docs/page-type.md, round 7): this rule
 * keeps 98.4 % of the unseen articles (98.0-98.8 by assignment) as round 6's did at 98.25 % (98.2-98.6);
 * at 98.25 % it would keep 98.2 % (97.8-98.6), which is closer to the goal than the story's side wants.
 */
export const ARTICLES_KEPT_GOAL = 0.98375;
/** A signal becomes a feature when at least this many training pages have it (rarer ones are noise). */
const MIN_PAGES_WITH_SIGNAL = 5;
const ITERATIONS = 300;
const LEARNING_RATE = 0.5;

/** The fold of a page in a fold assignment: a hash of its id, so folds never depend on order. */
export function foldOf(id: string, assignment = 0): number {
  const salt = assignment === 0 ? 'page-type-fold' : `page-type-fold-b${assignment}`;
  return createHash('sha256').update(`${salt}\u0000${id}`).digest().readUInt32BE(0) % FOLDS;
}

const squash = (value: number | undefined) => (typeof value === 'number' && Number.isFinite(value) ? Math.log1p(Math.max(0, value)) : 0);
/**
 * How a model is fitted beyond the penalty and the regression share: the decimals its numbers keep in
 * the generated module (cross-validation scores the rounded models, so what is evaluated is what
 * ships) and the weight of each type's pages in both models' losses.
 */
export interface FitSettings {
  decimals: { regression: number; thresholds: number; leaves: number };
  /** In PAGE_TYPES order; 1 each when absent. */
  classWeights?: number[];
}
/**
 * Three decimals for the regression and the leaves, two for the trees' thresholds (standardised units):
 * the tuning part's cross-validation gave the same accuracy, articles kept and refused types shown as
 * with four everywhere on the training's folds (one page apart on another fold assignment), and the
 * module is 34 KB instead of 39. No class
 * weights: listing and service pages weighted 1.5 gained nothing beyond the folds' noise (docs/page-type.md).
 */
export const FIT: FitSettings = { decimals: { regression: 3, thresholds: 2, leaves: 3 } };

const rounder = (decimals: number) => (x: number) => Number(x.toFixed(decimals));
const round = rounder(4);

/** Fit a model on examples: features, standardisation, weights (the threshold is set by the caller). */
export function fitModel(examples: Example[], l2: number, fit: FitSettings = FIT): PageTypeModel {
  const round = rounder(fit.decimals.regression);
  const features = [...new Set(examples.flatMap((e) => Object.keys(e.signals)))]
    .filter((name) => examples.filter((e) => e.signals[name]).length >= MIN_PAGES_WITH_SIGNAL)
    .sort();
  const raw = examples.map((e) => features.map((name) => squash(e.signals[name])));
  const mean = features.map((_, j) => round(raw.reduce((sum, row) => sum + row[j], 0) / raw.length));
  const scale = features.map((_, j) => round(Math.sqrt(raw.reduce((sum, row) => sum + (row[j] - mean[j]) ** 2, 0) / raw.length)) || 1);
  const x = raw.map((row) => row.map((v, j) => (v - mean[j]) / scale[j]));
  const y = examples.map((e) => PAGE_TYPES.indexOf(e.label));
  const weights = trainSoftmax(x, y, PAGE_TYPES.length, { l2, iterations: ITERATIONS, learningRate: LEARNING_RATE, classWeights: fit.classWeights });
  return { format: 2, types: PAGE_TYPES, features, mean, scale, weights: weights.map((row) => row.map(round)), refuseAbove: 0.5, l2, trees: [], regressionShare: 1 };
}

/** A boosted tree in the model's nested form, its thresholds and leaves rounded. */
function nested(tree: Tree, decimals: FitSettings['decimals'], node = 0): TreeNode {
  if (tree.feature[node] < 0) return rounder(decimals.leaves)(tree.value[node]);
  return [tree.feature[node], rounder(decimals.thresholds)(tree.threshold[node]), nested(tree, decimals, tree.left[node]), nested(tree, decimals, tree.right[node])];
}

/** The boosted trees on the regression model's own features and standardisation. */
export function fitTrees(model: PageTypeModel, examples: Example[], fit: FitSettings = FIT): TreeNode[][] {
  const x = examples.map((e) => featureVector(model, e.signals));
  const y = examples.map((e) => PAGE_TYPES.indexOf(e.label));
  const trees = trainBoosted(x, y, PAGE_TYPES.length, { ...TREE_OPTIONS, classWeights: fit.classWeights });
  return trees.map((round) => round.map((tree) => nested(tree, fit.decimals)));
}

export function probabilitiesOf(model: PageTypeModel, signals: PageSignals): number[] {
  return typeProbabilities(model, featureVector(model, signals));
}

export interface Scored {
  example: Example;
  probabilities: number[];
}

/** What the stage says for a page: the engine's refusals stay refusals (typed by their likeliest other type). */
export function finalType(model: PageTypeModel, scored: Scored, refuseAbove = model.refuseAbove): { pageType: PageType; story: boolean } {
  if (scored.example.refusedByEngine) {
    let best = 1;
    for (let k = 2; k < PAGE_TYPES.length; k++) if (scored.probabilities[k] > scored.probabilities[best]) best = k;
    return { pageType: PAGE_TYPES[best], story: false };
  }
  const pageType = decidePageType(model, scored.probabilities, refuseAbove);
  return { pageType, story: !REFUSED_TYPES.has(pageType) };
}

/** The lowest refusal threshold (the most refusals) that still keeps ARTICLES_KEPT_GOAL of the articles as stories. */
export function chooseRefuseAbove(model: PageTypeModel, scored: Scored[]): number {
  const articles = scored.filter((s) => s.example.label === 'article');
  for (let t = 0.05; t < 1; t += 0.01) {
    const threshold = round(t);
    const kept = articles.filter((s) => finalType(model, s, threshold).story).length / Math.max(1, articles.length);
    if (kept >= ARTICLES_KEPT_GOAL) return threshold;
  }
  return 0.99;
}

/**
 * Out-of-fold probabilities for every example (each fold's model never saw it), folds of one fold
 * assignment. The trees do not depend on the penalty: `treesByFold` keeps each fold's trees (by
 * assignment and fold) for the next penalty tried.
 */
export function crossValidate(
  examples: Example[],
  l2: number,
  regressionShare: number,
  treesByFold = new Map<string, TreeNode[][]>(),
  fit: FitSettings = FIT,
  assignment = 0,
): { scored: Scored[]; models: PageTypeModel[] } {
  const scored: Scored[] = new Array(examples.length);
  const models: PageTypeModel[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = examples.filter((e) => foldOf(e.id, assignment) !== fold);
    const regression = fitModel(training, l2, fit);
    let trees: TreeNode[][] = [];
    if (regressionShare < 1) {
      const key = `${assignment}/${fold}`;
      trees = treesByFold.get(key) ?? fitTrees(regression, training, fit);
      treesByFold.set(key, trees);
    }
    const model = { ...regression, trees, regressionShare };
    models.push(model);
    examples.forEach((example, i) => {
      if (foldOf(example.id, assignment) === fold) scored[i] = { example, probabilities: probabilitiesOf(model, example.signals) };
    });
  }
  return { scored, models };
}

/**
 * The threshold as the pipeline uses it, read on pages it was not chosen on: for each fold of the
 * assignment, the threshold chosen on the other folds' out-of-fold pages, applied to that fold's.
 * (Choosing and reading the threshold on the same pages flatters it: the level is met by construction.)
 */
export function nestedTally(model: PageTypeModel, scored: Scored[], assignment = 0): Tally {
  const predicted: { label: PageType; pageType: PageType; story: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const refuseAbove = chooseRefuseAbove(model, scored.filter((s) => foldOf(s.example.id, assignment) !== fold));
    for (const s of scored) if (foldOf(s.example.id, assignment) === fold) predicted.push({ label: s.example.label, ...finalType(model, s, refuseAbove) });
  }
  return tally(predicted);
}

export interface Tally {
  pages: number;
  accuracy: number;
  articlesKept: number;
  refusedShown: number;
  confusion: number[][];
}

/** Accuracy over the seven types, articles read as stories, refused types shown as stories, and the confusion matrix. */
export function tally(predicted: { label: PageType; pageType: PageType; story: boolean }[]): Tally {
  const confusion = PAGE_TYPES.map(() => PAGE_TYPES.map(() => 0));
  for (const p of predicted) confusion[PAGE_TYPES.indexOf(p.label)][PAGE_TYPES.indexOf(p.pageType)]++;
  const articles = predicted.filter((p) => p.label === 'article');
  const refused = predicted.filter((p) => REFUSED_TYPES.has(p.label));
  return {
    pages: predicted.length,
    accuracy: predicted.filter((p) => p.label === p.pageType).length / Math.max(1, predicted.length),
    articlesKept: articles.filter((p) => p.story).length / Math.max(1, articles.length),
    refusedShown: refused.filter((p) => p.story).length / Math.max(1, refused.length),
    confusion,
  };
}

/**
 * How a setting is judged: the two other goals at once, at the articles-kept level every setting
 * is held to (the threshold): accuracy over the seven types, less the share of product, listing,
 * collection and service pages still presented as stories.
 */
const merit = (cv: Tally) => cv.accuracy - cv.refusedShown;

/**
 * The whole choice on the tuning part, over FOLD_ASSIGNMENTS fold assignments (round 7): for each L2
 * penalty and regression share, out-of-fold probabilities in every assignment; the setting is judged by
 * `merit` of the threshold read on pages it was not chosen on (`nestedTally`), averaged over the
 * assignments; the threshold is chosen on the out-of-fold pages of all assignments pooled (each page
 * counted once per assignment), so it no longer rests on one assignment's eighth-highest article. Then
 * the model is fitted on the whole tuning part with that setting and given that threshold.
 */
export function trainPageTypeModel(tuning: Example[], log: (line: string) => void = () => undefined): { model: PageTypeModel; cv: Tally; l2: number } {
  let best: { l2: number; regressionShare: number; refuseAbove: number; cv: Tally; score: number } | undefined;
  const treesByFold = new Map<string, TreeNode[][]>();
  const assignments = Array.from({ length: FOLD_ASSIGNMENTS }, (_, a) => a);
  const pct = (x: number) => (100 * x).toFixed(1);
  for (const l2 of L2_GRID) {
    for (const regressionShare of REGRESSION_SHARE_GRID) {
      const runs = assignments.map((a) => crossValidate(tuning, l2, regressionShare, treesByFold, FIT, a));
      const model = runs[0].models[0];
      const nested = runs.map((run, a) => nestedTally(model, run.scored, a));
      const mean = (key: 'accuracy' | 'articlesKept' | 'refusedShown') => nested.reduce((sum, t) => sum + t[key], 0) / nested.length;
      const score = nested.reduce((sum, t) => sum + merit(t), 0) / nested.length;
      const pooled = runs.flatMap((run) => run.scored);
      const refuseAbove = chooseRefuseAbove(model, pooled);
      const cv = tally(pooled.map((s) => ({ label: s.example.label, ...finalType(model, s, refuseAbove) })));
      const shown = nested.map((t) => t.refusedShown);
      log(
        `  l2 ${l2}, regression share ${regressionShare}: nested over ${FOLD_ASSIGNMENTS} assignments: accuracy ${pct(mean('accuracy'))} %, articles kept ${pct(mean('articlesKept'))} % (lowest ${pct(Math.min(...nested.map((t) => t.articlesKept)))}), refused types shown ${pct(mean('refusedShown'))} % (${pct(Math.min(...shown))}-${pct(Math.max(...shown))}); pooled: refuse above ${refuseAbove.toFixed(2)}, accuracy ${pct(cv.accuracy)} %, articles kept ${pct(cv.articlesKept)} %, refused types shown ${pct(cv.refusedShown)} %`,
      );
      if (!best || score > best.score) best = { l2, regressionShare, refuseAbove, cv, score };
    }
  }
  if (!best) throw new Error('no tuning pages');
  const regression = fitModel(tuning, best.l2);
  const trees = best.regressionShare < 1 ? fitTrees(regression, tuning) : [];
  const model: PageTypeModel = { ...regression, trees, regressionShare: best.regressionShare, refuseAbove: best.refuseAbove };
  return { model, cv: best.cv, l2: best.l2 };
}
