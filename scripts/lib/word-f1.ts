/**
 * WCXB's own metric (../shared/docs/data.md): word-level F1 between the extracted text and the ground
 * truth's `main_content`, over bags of `\w+` tokens, lower-cased; computed per page, then averaged.
 */
import { tokenize } from './shingle-metric';

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of tokenize(text.toLowerCase())) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export function wordScore(truth: string, predicted: string): WordScore {
  const truthBag = bagOfWords(truth);
  const predictedBag = bagOfWords(predicted);
  let truthTotal = 0;
  let predictedTotal = 0;
  let matched = 0;
  for (const count of truthBag.values()) truthTotal += count;
  for (const [token, count] of predictedBag) {
    predictedTotal += count;
    matched += Math.min(count, truthBag.get(token) ?? 0);
  }
  // Nothing to find and nothing found is a perfect answer; one side empty is a zero.
  if (truthTotal === 0 && predictedTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predictedTotal ? matched / predictedTotal : 0;
  const recall = truthTotal ? matched / truthTotal : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Mean of the per-page scores. */
export function meanWordScore(pages: WordScore[]): WordScore {
  const mean = (pick: (s: WordScore) => number) => pages.reduce((sum, s) => sum + pick(s), 0) / Math.max(1, pages.length);
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}
