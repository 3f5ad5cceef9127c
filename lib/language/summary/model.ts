/**
 * The learned sentence scorer: logistic regression over the features of ./features.ts, trained by
 * scripts/train-summary.ts on the tuning part of the CNN/DailyMail validation set, where a sentence
 * is positive when the greedy ROUGE oracle puts it in the best summary of its story. Its score is
 * the log-odds that the sentence belongs in the summary.
 *
 * The weights ship as a generated module (model-data.ts) with a format version; a module that does
 * not match this code's features is refused, and the summariser then shows the lead.
 */
import { FEATURE_COUNT, FEATURE_NAMES } from './features';
import { SUMMARY_MODEL_DATA } from './model-data';

export const SUMMARY_MODEL_FORMAT = 'lede-summary/1';

export interface SummaryModelData {
  format: string;
  /** Feature names, in row order: must equal FEATURE_NAMES. */
  features: readonly string[];
  bias: number;
  weights: readonly number[];
  /** Redundancy penalty: a candidate's log-odds minus this times its highest cosine to a chosen sentence. */
  redundancy: number;
  /**
   * The lead is kept unless the chosen sentences' mean log-odds beats the lead's by more than this:
   * when the scores give no clear signal, the reader gets the top of the story.
   */
  leadMargin: number;
}

export interface SummaryModel {
  bias: number;
  weights: Float64Array;
  redundancy: number;
  leadMargin: number;
}

export type SummaryModelResult = { ok: true; model: SummaryModel } | { ok: false; reason: string };

export function loadSummaryModel(data: SummaryModelData): SummaryModelResult {
  if (data.format !== SUMMARY_MODEL_FORMAT) return { ok: false, reason: `model format ${data.format}, expected ${SUMMARY_MODEL_FORMAT}` };
  if (data.features.length !== FEATURE_COUNT || data.features.some((name, i) => name !== FEATURE_NAMES[i])) {
    return { ok: false, reason: 'model features differ from the code (run npm run train:summary)' };
  }
  if (data.weights.length !== FEATURE_COUNT || ![data.bias, data.redundancy, data.leadMargin, ...data.weights].every(Number.isFinite)) {
    return { ok: false, reason: 'model weights are malformed' };
  }
  return {
    ok: true,
    model: { bias: data.bias, weights: Float64Array.from(data.weights), redundancy: data.redundancy, leadMargin: data.leadMargin },
  };
}

let shipped: SummaryModelResult | undefined;

/** The shipped model, read once. */
export function shippedSummaryModel(): SummaryModelResult {
  shipped ??= loadSummaryModel(SUMMARY_MODEL_DATA);
  return shipped;
}

/** Log-odds of each feature row. */
export function scoreRows(model: Pick<SummaryModel, 'bias' | 'weights'>, rows: readonly Float64Array[]): number[] {
  return rows.map((row) => {
    let z = model.bias;
    for (let f = 0; f < row.length; f++) z += model.weights[f] * row[f];
    return z;
  });
}
