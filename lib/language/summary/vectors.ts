/**
 * TF-IDF sentence vectors over the story's own sentences, and their cosine similarity. Terms are
 * numbered per story and vectors kept as sorted id/weight arrays, so a 1,000-word story's ~50x50
 * similarity matrix takes well under a millisecond.
 */

export interface TermVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Builds TF-IDF vectors for `sentences` (each a list of terms); `extra` lists (the headline) share the vocabulary. */
export function buildVectors(sentences: string[][], extra: string[][] = []): { sentences: TermVector[]; extra: TermVector[] } {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const toIds = (terms: string[]) =>
    terms.map((term) => {
      let id = idOf.get(term);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(term, id);
        df.push(0);
      }
      return id;
    });
  const sentenceIds = sentences.map(toIds);
  const extraIds = extra.map(toIds);
  for (const ids of sentenceIds) for (const id of new Set(ids)) df[id]++;
  const n = sentences.length;
  // Inverse sentence frequency, smoothed so a term in every sentence still counts a little and a
  // headline term found in no sentence counts like the rarest.
  const idf = df.map((count) => Math.log((n + 1) / (count + 1)) + 1);
  const vector = (ids: number[]): TermVector => {
    const tf = new Map<number, number>();
    for (const id of ids) tf.set(id, (tf.get(id) ?? 0) + 1);
    const sorted = [...tf.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(sorted.length);
    let sum = 0;
    sorted.forEach((id, k) => {
      weights[k] = tf.get(id)! * idf[id];
      sum += weights[k] * weights[k];
    });
    return { ids: Int32Array.from(sorted), weights, norm: Math.sqrt(sum) };
  };
  return { sentences: sentenceIds.map(vector), extra: extraIds.map(vector) };
}

/** Cosine similarity in [0, 1]; 0 when either vector is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** All pairwise cosines, as a dense symmetric matrix with a zero diagonal. */
export function similarityMatrix(vectors: TermVector[]): Float64Array[] {
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      matrix[i][j] = s;
      matrix[j][i] = s;
    }
  }
  return matrix;
}
