/**
 * TextRank (Mihalcea & Tarau 2004) / LexRank with continuous weights (Erkan & Radev 2004):
 * PageRank over the sentence-similarity graph. A sentence is central when it is similar to many
 * sentences that are themselves central, i.e. when it states what the story keeps coming back to.
 */

const DAMPING = 0.85; // PageRank's usual value; not tuned.
const MAX_ITERATIONS = 50;
// Only the order of the scores matters downstream, so a coarse fixed point is enough.
const TOLERANCE = 1e-4;

/** Scores that sum to 1 over the sentences (uniform when no sentence resembles another). */
export function textRank(similarity: Float64Array[]): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  // Row-normalised transition weights: sentence j passes its score to i in proportion to sim(j, i).
  const transition = similarity.map((row) => {
    const total = row.reduce((sum, x) => sum + x, 0);
    return total > 0 ? row.map((x) => x / total) : null;
  });
  let scores = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // Sentences similar to no other sentence spread their score evenly (dangling nodes).
    let dangling = 0;
    for (let j = 0; j < n; j++) if (transition[j] === null) dangling += scores[j];
    const next = new Float64Array(n).fill((1 - DAMPING) / n + (DAMPING * dangling) / n);
    for (let j = 0; j < n; j++) {
      const row = transition[j];
      if (row === null) continue;
      const share = DAMPING * scores[j];
      for (let i = 0; i < n; i++) next[i] += share * row[i];
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i] - scores[i]);
    scores = next;
    if (change < TOLERANCE) break;
  }
  return Array.from(scores);
}
