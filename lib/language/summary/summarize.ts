/**
 * The extractive summary: pick the sentences that best tell what happened, keep them in story order.
 *
 * 1. Split the story into sentences (news-aware, see ../sentences.ts) and each into content terms.
 * 2. Score every sentence: a position prior (news puts what happened first) times how much the
 *    sentence says about the story — its TextRank centrality over TF-IDF sentence similarity, plus
 *    its overlap with the headline and with the story's key names.
 * 3. Take sentences greedily by score, discounting each by its similarity to those already taken
 *    (maximal marginal relevance), so no two sentences say the same thing; fragments and very long
 *    sentences are discounted too.
 * 4. Return them in story order.
 */
import { splitSentences, type Sentence } from '../sentences';
import { textRank } from './centrality';
import { countWords, createTermExtractor } from './terms';
import { buildVectors, cosine, similarityMatrix } from './vectors';

export interface SummaryOptions {
  /** How many sentences: short 3, medium 5, long 7. Default 5. */
  sentences?: number;
  /** The headline: sentences that share its words are more likely to be the point of the story. */
  title?: string;
  /** Key actors' names (from the actors stage), e.g. ["Antony Blinken", "Wang Yi"]. */
  keyNames?: readonly string[];
  /** BCP 47 language of the story, for sentence segmentation. */
  locale?: string;
  /** The scoring constants, for experiments and tests; defaults are `SUMMARY_WEIGHTS`. */
  weights?: Partial<SummaryWeights>;
}

export interface SummaryWeights {
  /** Position prior 1 / (1 + index / positionScale): half weight at sentence `positionScale`. */
  positionScale: number;
  /** Weight of headline overlap (cosine of TF-IDF vectors, 0..1) beside centrality (mean 1). */
  title: number;
  /** Weight of key-name mentions (share of the names the sentence mentions, 0..1). */
  names: number;
  /** MMR: a candidate's score is multiplied by (1 - redundancy * max similarity to chosen). */
  redundancy: number;
  /** Sentences shorter than this many words are discounted in proportion (fragments). */
  minWords: number;
  /** Sentences longer than this many words are discounted in proportion (run-ons). */
  maxWords: number;
}

/**
 * Chosen from general principles, not fitted to the benchmark sets: the lead of a news story
 * carries most of its weight (position halves by the fourth sentence), centrality and the
 * headline are on a par, and a sentence nearly repeating a chosen one is dropped.
 */
export const SUMMARY_WEIGHTS: Readonly<SummaryWeights> = {
  positionScale: 3,
  title: 1,
  names: 0.5,
  redundancy: 1,
  minWords: 8,
  maxWords: 45,
};

export type SummaryResult =
  | { ok: true; sentences: Sentence[] }
  | { ok: false; reason: 'empty text' | 'not text' };

export const DEFAULT_SUMMARY_SENTENCES = 5;

/** At most this many sentences, from the start of the story, are scored. */
const MAX_CANDIDATES = 250;

export function summarize(text: string, options: SummaryOptions = {}): SummaryResult {
  if (typeof text !== 'string') return { ok: false, reason: 'not text' };
  const sentences = splitSentences(text, options.locale);
  if (sentences.length === 0) return { ok: false, reason: 'empty text' };
  const wanted = clampCount(options.sentences);
  if (sentences.length <= wanted) return { ok: true, sentences };
  // The similarity graph grows with the square of the sentence count; past a few hundred sentences
  // (a book chapter, a live blog) only the opening part can reach the summary anyway.
  const candidates = sentences.slice(0, MAX_CANDIDATES);
  const chosen = chooseSentences(candidates, wanted, options);
  return { ok: true, sentences: chosen.sort((a, b) => a.index - b.index) };
}

function clampCount(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return DEFAULT_SUMMARY_SENTENCES;
  return Math.max(1, Math.min(20, Math.round(count)));
}

/** The relevance score of each sentence before redundancy is taken into account. */
export function scoreSentences(sentences: Sentence[], options: SummaryOptions = {}): { scores: number[]; similarity: Float64Array[] } {
  const weights = { ...SUMMARY_WEIGHTS, ...options.weights };
  const contentTerms = createTermExtractor();
  const terms = sentences.map((s) => contentTerms(s.text));
  const titleTerms = options.title ? contentTerms(options.title) : [];
  const vectors = buildVectors(terms, [titleTerms]);
  const similarity = similarityMatrix(vectors.sentences);
  const n = sentences.length;
  const centrality = textRank(similarity).map((score) => score * n); // mean 1
  const titleVector = vectors.extra[0];
  const names = namePatterns(options.keyNames ?? []);

  const scores = sentences.map((sentence, i) => {
    const prior = 1 / (1 + i / weights.positionScale);
    const title = cosine(vectors.sentences[i], titleVector);
    const nameShare = names.length > 0 ? names.filter((name) => name.test(sentence.text)).length / names.length : 0;
    const words = countWords(sentence.text);
    const length = Math.min(1, words / weights.minWords, weights.maxWords / Math.max(words, 1));
    return prior * length * (centrality[i] + weights.title * title + weights.names * nameShare);
  });
  return { scores, similarity };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern per key name: the full name, or for a multi-word name its last word alone, as news
 * writes "Antony Blinken" once and "Blinken" after that. Case-sensitive, whole words only.
 */
function namePatterns(keyNames: readonly string[]): RegExp[] {
  const patterns: RegExp[] = [];
  for (const raw of keyNames) {
    const name = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
    if (name.length < 2) continue;
    const words = name.split(' ');
    const last = words[words.length - 1];
    const forms = [escapeRegExp(name)];
    if (words.length > 1 && last.length > 2) forms.push(escapeRegExp(last));
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'u'));
  }
  return patterns;
}

function chooseSentences(sentences: Sentence[], wanted: number, options: SummaryOptions): Sentence[] {
  const weights = { ...SUMMARY_WEIGHTS, ...options.weights };
  const { scores, similarity } = scoreSentences(sentences, options);
  const chosen: number[] = [];
  const maxSimilarity = new Float64Array(sentences.length);
  const taken = new Uint8Array(sentences.length);
  while (chosen.length < wanted) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < sentences.length; i++) {
      if (taken[i]) continue;
      const score = scores[i] * (1 - weights.redundancy * maxSimilarity[i]);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push(best);
    for (let i = 0; i < sentences.length; i++) maxSimilarity[i] = Math.max(maxSimilarity[i], similarity[best][i]);
  }
  return chosen.map((i) => sentences[i]);
}
