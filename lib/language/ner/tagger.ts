/**
 * Tags sentences with the entity model: features per token (features.ts), emission scores from the
 * model's weight rows, then Viterbi over IOB2 tags (viterbi.ts). Pure and synchronous.
 */
import { CONTEXT_TEMPLATES, contextFeatures, documentContext, sentenceView, wordFeatures } from './features';
import { rowOf, type NerModel } from './model-codec';
import { TAGS, type Tag } from './tags';
import { viterbi } from './viterbi';

const T = TAGS.length;
/** Distinct words whose summed word-feature weights are kept between calls (a bounded cache). */
const WORD_CACHE_LIMIT = 50_000;
const wordCaches = new WeakMap<NerModel, Map<string, Float64Array>>();
function addRows(model: NerModel, feats: readonly string[], into: Float64Array, offset: number): void {
  for (const f of feats) {
    const row = rowOf(model, f);
    if (row === undefined) continue;
    const base = row * T;
    for (let t = 0; t < T; t++) into[offset + t]! += model.weights[base + t]!;
  }
}

/** The summed weights of a word's own features: the same wherever the word occurs. */
function wordScores(model: NerModel, word: string): Float64Array {
  let cache = wordCaches.get(model);
  if (!cache) wordCaches.set(model, (cache = new Map()));
  let scores = cache.get(word);
  if (!scores) {
    const feats: string[] = [];
    wordFeatures(word, feats);
    scores = new Float64Array(T);
    addRows(model, feats, scores, 0);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, scores);
  }
  return scores;
}

/** Tags every sentence of one document (the document is the context for its document features). */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): Tag[][] {
  const ctx = documentContext(sentences);
  const templates = CONTEXT_TEMPLATES.map((name) => model.templates.get(name));
  const weights = model.weights;
  let emissions = new Float64Array(0);
  let offset = 0;
  const emit = (template: number, value: string) => {
    const row = templates[template]?.get(value);
    if (row === undefined) return;
    const base = row * T;
    for (let t = 0; t < T; t++) emissions[offset + t]! += weights[base + t]!;
  };
  return sentences.map((words) => {
    const view = sentenceView(words, ctx, model.lexicon);
    const n = words.length;
    emissions = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      offset = i * T;
      const own = wordScores(model, words[i]!);
      for (let t = 0; t < T; t++) emissions[offset + t] = own[t]!;
      contextFeatures(view, ctx, i, emit);
    }
    return Array.from(viterbi(emissions, n, model.transitions), (t) => TAGS[t]!);
  });
}
