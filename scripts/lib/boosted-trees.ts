/**
 * A small gradient-boosted tree ensemble for several classes (softmax loss, one shallow regression
 * tree per class per round, Newton leaf values, splits on per-feature quantile bins). No sampling and
 * no randomness: the same data give the same trees on every run.
 */
export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** Candidate thresholds per feature (quantiles of the training values). */
  bins: number;
  /** A leaf needs at least this much hessian weight. */
  minLeafWeight: number;
  /** L2 on leaf values. */
  lambda: number;
  classWeights?: number[];
}

/** A tree as flat arrays: node i splits on feature[i] at threshold[i] (value <= threshold goes left); leaves have feature -1. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export function treeOutput(tree: Tree, row: number[]): number {
  let node = 0;
  while (tree.feature[node] >= 0) node = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  return tree.value[node];
}

/** Trees per round and class: `trees[round][class]`. Scores are sums of tree outputs; probabilities their softmax. */
export function trainBoosted(x: number[][], y: number[], classes: number, options: BoostOptions): Tree[][] {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const thresholds: number[][] = [];
  for (let j = 0; j < d; j++) {
    const values = [...new Set(x.map((row) => row[j]))].sort((a, b) => a - b);
    const cuts: number[] = [];
    for (let b = 1; b < options.bins; b++) {
      const i = Math.floor((b * values.length) / options.bins);
      if (i > 0 && i < values.length) cuts.push((values[i - 1] + values[i]) / 2);
    }
    thresholds.push([...new Set(cuts)]);
  }
  const weight = y.map((label) => options.classWeights?.[label] ?? 1);
  const scores = Array.from({ length: n }, () => new Array(classes).fill(0));
  const trees: Tree[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    const probs = scores.map((s) => {
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const t = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / t);
    });
    const roundTrees: Tree[] = [];
    for (let k = 0; k < classes; k++) {
      const g = probs.map((p, i) => weight[i] * (p[k] - (y[i] === k ? 1 : 0)));
      const h = probs.map((p, i) => weight[i] * Math.max(p[k] * (1 - p[k]), 1e-6));
      const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
      const grow = (rows: number[], depth: number): number => {
        const id = tree.feature.length;
        let G = 0;
        let H = 0;
        for (const i of rows) {
          G += g[i];
          H += h[i];
        }
        tree.feature.push(-1);
        tree.threshold.push(0);
        tree.left.push(-1);
        tree.right.push(-1);
        tree.value.push((-G / (H + options.lambda)) * options.learningRate);
        if (depth >= options.depth) return id;
        const parentGain = (G * G) / (H + options.lambda);
        let best = { gain: 1e-9, feature: -1, threshold: 0 };
        for (let j = 0; j < d; j++) {
          const cuts = thresholds[j];
          if (!cuts.length) continue;
          const gBin = new Float64Array(cuts.length + 1);
          const hBin = new Float64Array(cuts.length + 1);
          for (const i of rows) {
            const v = x[i][j];
            let lo = 0;
            let hi = cuts.length;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (v <= cuts[mid]) hi = mid;
              else lo = mid + 1;
            }
            gBin[lo] += g[i];
            hBin[lo] += h[i];
          }
          let gl = 0;
          let hl = 0;
          for (let b = 0; b < cuts.length; b++) {
            gl += gBin[b];
            hl += hBin[b];
            const gr = G - gl;
            const hr = H - hl;
            if (hl < options.minLeafWeight || hr < options.minLeafWeight) continue;
            const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parentGain;
            if (gain > best.gain) best = { gain, feature: j, threshold: cuts[b] };
          }
        }
        if (best.feature < 0) return id;
        const leftRows = rows.filter((i) => x[i][best.feature] <= best.threshold);
        const rightRows = rows.filter((i) => x[i][best.feature] > best.threshold);
        tree.feature[id] = best.feature;
        tree.threshold[id] = best.threshold;
        tree.left[id] = grow(leftRows, depth + 1);
        tree.right[id] = grow(rightRows, depth + 1);
        return id;
      };
      grow(Array.from({ length: n }, (_, i) => i), 0);
      roundTrees.push(tree);
      for (let i = 0; i < n; i++) scores[i][k] += treeOutput(tree, x[i]);
    }
    trees.push(roundTrees);
  }
  return trees;
}

export function boostedProbabilities(trees: Tree[][], row: number[], classes: number): number[] {
  const s = new Array(classes).fill(0);
  for (const round of trees) round.forEach((tree, k) => (s[k] += treeOutput(tree, row)));
  const top = Math.max(...s);
  const e = s.map((v) => Math.exp(v - top));
  const t = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / t);
}
