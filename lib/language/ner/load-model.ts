import { decodeModel, type ModelResult } from './model-codec';
import { NER_MODEL_TEXT } from './model-data';

let cached: ModelResult | null = null;

/** The shipped entity model, read once per process (1.36 MB module; ~30–60 ms to read, mostly the word lists). */
export function loadNerModel(): ModelResult {
  cached ??= decodeModel(NER_MODEL_TEXT);
  return cached;
}
