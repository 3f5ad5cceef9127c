/**
 * Multinomial logistic regression, trained by full-batch gradient descent with momentum from zero
 * weights: no randomness, so the same data give the same weights, bit for bit, on every run.
 */
export interface SoftmaxOptions {
  /** L2 penalty on the weights (not the biases), per example. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Weight of each class's examples in the loss (e.g. to balance classes); 1 each by default. */
  classWeights?: number[];
}

/** Weights: one row per class, a weight per feature then the bias. `x` rows are standardised vectors. */
export function trainSoftmax(x: number[][], y: number[], classes: number, options: SoftmaxOptions): number[][] {
  const d = x[0]?.length ?? 0;
  const w = Array.from({ length: classes }, () => new Float64Array(d + 1));
  const velocity = Array.from({ length: classes }, () => new Float64Array(d + 1));
  const exampleWeight = y.map((label) => options.classWeights?.[label] ?? 1);
  const totalWeight = exampleWeight.reduce((a, b) => a + b, 0);
  const scores = new Float64Array(classes);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const grad = Array.from({ length: classes }, () => new Float64Array(d + 1));
    for (let i = 0; i < x.length; i++) {
      const row = x[i];
      let top = -Infinity;
      for (let k = 0; k < classes; k++) {
        let s = w[k][d];
        for (let j = 0; j < d; j++) s += w[k][j] * row[j];
        scores[k] = s;
        if (s > top) top = s;
      }
      let total = 0;
      for (let k = 0; k < classes; k++) total += scores[k] = Math.exp(scores[k] - top);
      for (let k = 0; k < classes; k++) {
        const error = (exampleWeight[i] * (scores[k] / total - (y[i] === k ? 1 : 0))) / totalWeight;
        const g = grad[k];
        for (let j = 0; j < d; j++) g[j] += error * row[j];
        g[d] += error;
      }
    }
    for (let k = 0; k < classes; k++) {
      for (let j = 0; j <= d; j++) {
        const g = grad[k][j] + (j < d ? options.l2 * w[k][j] : 0);
        velocity[k][j] = 0.9 * velocity[k][j] - options.learningRate * g;
        w[k][j] += velocity[k][j];
      }
    }
  }
  return w.map((row) => Array.from(row));
}

/** Softmax probabilities of each class for one standardised row. */
export function softmaxProbabilities(weights: number[][], row: number[]): number[] {
  const scores = weights.map((w) => w.reduce((sum, v, j) => sum + v * (j < row.length ? row[j] : 1), 0));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}
