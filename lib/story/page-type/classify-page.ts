import type { PageType } from '../types';
import type { PageSignals } from './page-signals';

/**
 * The page-type model: multinomial logistic regression over the page's and the story's signals
 * (page-signals.ts, story-signals.ts), averaged with a small ensemble of boosted trees on the same
 * features. Each named signal is read (0 when absent), squashed with log(1 + x) (counts span four
 * orders of magnitude; shares stay near their value), standardised with the training part's mean and
 * spread, and weighed per type. The regression sees each signal alone; the trees see thresholds and
 * pairs of signals (a date beside the headline *and* long paragraphs), and the two disagree on
 * different pages, so their mean is surer than either (chosen by cross-validation on the tuning part,
 * docs/page-type.md). Trained by `npm run train:page-type` (scripts/train-page-type.ts), which writes
 * model-data.ts.
 *
 * The decision prefers the story. A page is refused (as the most probable of product, listing,
 * collection and service) only when those four types together have a probability above `refuseAbove`,
 * a threshold chosen on the tuning part so that almost every article is still read as a story (a story
 * wrongly refused costs the reader more than a listing shown as one); otherwise it is the most probable
 * of article, forum and documentation. (Their sum, not the largest alone: a page the model cannot place
 * between listing and collection is still surely not a story.)
 */
/** A boosted tree: a leaf's value, or a split `[feature, threshold, at or below, above]` on the standardised vector. */
export type TreeNode = number | [number, number, TreeNode, TreeNode];

export interface PageTypeModel {
  /** Format version of this object (the generated module says which one it holds). 2 added the trees. */
  format: 2;
  types: PageType[];
  features: string[];
  mean: number[];
  scale: number[];
  /** One row per type: a weight per feature, then the bias. */
  weights: number[][];
  /** A page is refused only when product, listing, collection and service together pass this probability. */
  refuseAbove: number;
  /** The L2 penalty it was trained with (the benchmark's cross-validation uses it again). */
  l2: number;
  /** Boosted trees, one per type in each round (`trees[round][type]`): a type's score is the sum of its trees. */
  trees: TreeNode[][];
  /** The regression's share of the averaged probabilities (the trees have the rest); 1 without trees. */
  regressionShare: number;
}

export interface PageTypeReading {
  pageType: PageType;
  /** The model's probability of each type, in `model.types` order. */
  probabilities: number[];
}

/** The feature vector the model reads: each named signal, log(1 + x), standardised. */
export function featureVector(model: PageTypeModel, signals: PageSignals): number[] {
  return model.features.map((name, i) => {
    const raw = signals[name];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? Math.log1p(Math.max(0, raw)) : 0;
    return (value - model.mean[i]) / model.scale[i];
  });
}

const softmax = (scores: number[]) => {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
};

export function treeValue(node: TreeNode, vector: number[]): number {
  while (typeof node !== 'number') node = vector[node[0]] <= node[1] ? node[2] : node[3];
  return node;
}

/** The trees' probabilities of each type for a standardised feature vector. */
export function treeProbabilities(trees: TreeNode[][], types: number, vector: number[]): number[] {
  const scores = new Array<number>(types).fill(0);
  for (const round of trees) round.forEach((tree, k) => (scores[k] += treeValue(tree, vector)));
  return softmax(scores);
}

/** Probabilities of each type for a standardised feature vector: the regression's, averaged with the trees'. */
export function typeProbabilities(model: PageTypeModel, vector: number[]): number[] {
  const regression = softmax(model.weights.map((row) => row.reduce((sum, w, j) => sum + w * (j < vector.length ? vector[j] : 1), 0)));
  if (!model.trees.length || model.regressionShare >= 1) return regression;
  const trees = treeProbabilities(model.trees, model.types.length, vector);
  return regression.map((p, k) => model.regressionShare * p + (1 - model.regressionShare) * trees[k]);
}

/** Types whose pages get no story (`not an article`); the other three are read as stories. */
export const REFUSED_TYPES: ReadonlySet<PageType> = new Set<PageType>(['product', 'listing', 'collection', 'service']);

/** The most probable type among those `keep` accepts (`article` when none is). */
export function mostProbable(model: PageTypeModel, probabilities: number[], keep: (type: PageType) => boolean): PageType {
  let best = -1;
  model.types.forEach((type, i) => {
    if (keep(type) && (best < 0 || probabilities[i] > probabilities[best])) best = i;
  });
  return best >= 0 ? model.types[best] : 'article';
}

/** The decision (see the module comment): a refused type only above `refuseAbove`, else the likeliest story type. */
export function decidePageType(model: PageTypeModel, probabilities: number[], refuseAbove = model.refuseAbove): PageType {
  const refusedMass = model.types.reduce((sum, type, i) => sum + (REFUSED_TYPES.has(type) ? probabilities[i] : 0), 0);
  if (refusedMass > refuseAbove) return mostProbable(model, probabilities, (type) => REFUSED_TYPES.has(type));
  return mostProbable(model, probabilities, (type) => !REFUSED_TYPES.has(type));
}

export function classifyPage(model: PageTypeModel, signals: PageSignals): PageTypeReading {
  const probabilities = typeProbabilities(model, featureVector(model, signals));
  return { pageType: decidePageType(model, probabilities), probabilities };
}
