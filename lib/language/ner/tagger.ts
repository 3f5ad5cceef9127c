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

/**
 * Context features are looked up in an open-addressing table keyed by two 32-bit hashes of
 * (template, value): no Map lookups of freshly built strings on the hot path. A false match
 * needs both hashes to collide (about 1 in 10^19 per lookup).
 */
interface HashIndex {
  mask: number;
  h1: Int32Array;
  h2: Int32Array;
  rows: Int32Array;
}
const hashIndexes = new WeakMap<NerModel, HashIndex>();

function hashPair(template: number, value: string): [number, number] {
  let a = (0x811c9dc5 ^ template) | 0;
  let b = (0x01000193 + template * 0x9e3779b1) | 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a | 0, b | 1];
}

function hashIndex(model: NerModel): HashIndex {
  let index = hashIndexes.get(model);
  if (index) return index;
  let size = 1;
  while (size < model.size * 2) size <<= 1;
  index = { mask: size - 1, h1: new Int32Array(size), h2: new Int32Array(size), rows: new Int32Array(size).fill(-1) };
  CONTEXT_TEMPLATES.forEach((name, id) => {
    for (const [value, row] of model.templates.get(name) ?? []) {
      const [a, b] = hashPair(id, value);
      let slot = a & index!.mask;
      while (index!.rows[slot] !== -1) slot = (slot + 1) & index!.mask;
      index!.h1[slot] = a;
      index!.h2[slot] = b;
      index!.rows[slot] = row;
    }
  });
  hashIndexes.set(model, index);
  return index;
}

/** Tags every sentence of one document (the document is the context for its document features). */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): Tag[][] {
  const ctx = documentContext(sentences, model.lexicon);
  const { mask, h1, h2, rows } = hashIndex(model);
  const weights = model.weights;
  let emissions = new Float64Array(0);
  let offset = 0;
  const emit = (template: number, value: string) => {
    // hashPair, inlined: this is the hot path.
    let a = (0x811c9dc5 ^ template) | 0;
    let b = (0x01000193 + template * 0x9e3779b1) | 0;
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
    return Array.from(viterbi(emissions, n, model.transitions), (t) => TAGS[t]!);
  });
}
