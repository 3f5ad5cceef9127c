import { decodeModel, type ModelResult } from './model-codec';
import { NER_MODEL_TEXT } from './model-data';

let cached: ModelResult | null = null;

/** The shipped entity model, read once per page (about 1.7 MB of text, ~0.1 s to read). */
export function loadNerModel(): ModelResult {
  cached ??= decodeModel(NER_MODEL_TEXT);
  return cached;
}
