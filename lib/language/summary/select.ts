/**
 * From sentence scores to a summary: greedy selection with a redundancy penalty (maximal marginal
 * relevance, Carbonell & Goldstein 1998), then the lead check.
 */

export interface Selection {
  /** Chosen sentence indices, in story order. */
  indices: number[];
  /** True when the summary is the lead because the scores gave no clear reason to leave it. */
  lead: boolean;
}

/**
 * Takes `wanted` sentences one at a time, each the best by `score - redundancy * (highest cosine
 * to a sentence already taken)`, so that two sentences never tell the same fact twice.
 */
export function pickByScore(scores: readonly number[], similarity: readonly Float64Array[], wanted: number, redundancy: number): number[] {
  const n = scores.length;
  const chosen: number[] = [];
  const maxSimilarity = new Float64Array(n);
  const taken = new Uint8Array(n);
  while (chosen.length < Math.min(wanted, n)) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const score = scores[i] - redundancy * maxSimilarity[i];
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push(best);
    for (let i = 0; i < n; i++) if (similarity[best][i] > maxSimilarity[i]) maxSimilarity[i] = similarity[best][i];
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * A story with at most this many sentences more than the summary wants is summarised by its lead:
 * leaving out one or two sentences of a brief is no choice worth a guess.
 */
export const SHORT_STORY_EXTRA = 2;

const mean = (scores: readonly number[], indices: readonly number[]) => indices.reduce((sum, i) => sum + scores[i], 0) / Math.max(1, indices.length);

/**
 * The summary: the picked sentences when their mean score beats the lead's by more than
 * `leadMargin`, else the lead (the first `wanted` sentences) — what the reader sees at the top of
 * the page is never replaced by a guess. Short stories are their lead.
 */
export function selectSummary(
  scores: readonly number[],
  similarity: readonly Float64Array[],
  wanted: number,
  options: { redundancy: number; leadMargin: number },
): Selection {
  const lead = Array.from({ length: Math.min(wanted, scores.length) }, (_, i) => i);
  if (scores.length <= wanted + SHORT_STORY_EXTRA) return { indices: lead, lead: true };
  const picked = pickByScore(scores, similarity, wanted, options.redundancy);
  const same = picked.length === lead.length && picked.every((i, k) => i === lead[k]);
  if (same) return { indices: lead, lead: true };
  if (mean(scores, picked) - mean(scores, lead) <= options.leadMargin) return { indices: lead, lead: true };
  return { indices: picked, lead: false };
}
