/**
 * Tags sentences with the entity model: features per token (features.ts), emission scores from the
 * model's weight rows, then Viterbi over IOB2 tags (viterbi.ts). Pure and synchronous.
 */
import { CONTEXT_TEMPLATES, contextFeatures, documentContext, sentenceView, wordFeatures } from './features';
import { templatePrefix } from './feature-hash';
import { rowOf, type NerModel } from './model-codec';
import { TAGS, type Tag } from './tags';
import { tagsToSpans } from './spans';
import { pathScore, viterbi } from './viterbi';

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

/** Each context template's hash state after "template=" (feature-hash.ts), by template id. */
const PREFIX_A = new Int32Array(CONTEXT_TEMPLATES.length);
const PREFIX_B = new Int32Array(CONTEXT_TEMPLATES.length);
CONTEXT_TEMPLATES.forEach((name, id) => {
  const state = templatePrefix(name);
  PREFIX_A[id] = state.a;
  PREFIX_B[id] = state.b;
});

/** Tags every sentence of one document (the document is the context for its document features). */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): Tag[][] {
  return scoreDocument(model, sentences).map(({ tags }) => tags);
}

export interface TaggedSentence {
  tags: Tag[];
  /**
   * Per entity span of `tags` (in order): how much better the best path is than the best path
   * that leaves those words outside any entity. The model's own confidence in the span (perceptron
   * scores are not probabilities: compare margins with each other, not with 1).
   */
  margins: number[];
}

/** Tags a document and scores how sure the model is of each entity it found. */
export function tagDocumentWithMargins(model: NerModel, sentences: readonly (readonly string[])[]): TaggedSentence[] {
  return scoreDocument(model, sentences, true);
}

function scoreDocument(model: NerModel, sentences: readonly (readonly string[])[], withMargins = false): TaggedSentence[] {
  const ctx = documentContext(sentences, model.lexicon);
  const { mask, h1, h2, rows } = model.index;
  const weights = model.weights;
  let emissions = new Float64Array(0);
  let offset = 0;
  const emit = (template: number, value: string) => {
    // continueHash (feature-hash.ts) from the template's prefix, inlined: this is the hot path.
    let a = PREFIX_A[template]!;
    let b = PREFIX_B[template]!;
    for (let k = 0; k < value.length; k++) {
      const c = value.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    b |= 1;
    let slot = a & mask;
    let row = -1;
    while (rows[slot] !== -1) {
      if (h1[slot] === a && h2[slot] === b) {
        row = rows[slot]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (row < 0) return;
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
    const path = viterbi(emissions, n, model.transitions);
    const tags = Array.from(path, (t) => TAGS[t]!);
    if (!withMargins) return { tags, margins: [] };
    const best = pathScore(emissions, path, model.transitions);
    const margins = tagsToSpans(tags).map((span) => {
      // The best path with the span's words forced outside any entity.
      const forced = emissions.slice();
      for (let i = span.start; i < span.end; i++) for (let t = 1; t < T; t++) forced[i * T + t] = -1e9;
      const alternative = viterbi(forced, n, model.transitions);
      return best - pathScore(forced, alternative, model.transitions);
    });
    return { tags, margins };
  });
}
