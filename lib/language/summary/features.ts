/**
 * What the sentence scorer knows about each sentence: a few features that mean the same thing in
 * any news story, whatever its length, site or letter case. Shared by the shipped scorer and by
 * scripts/train-summary.ts, so training and the extension compute the very same numbers.
 *
 * Every feature is case-blind (the training stories are lower-cased; web pages are not) and
 * relative to the story where it can be (a rank or a share rather than a raw count), so that a
 * 300-word brief and a 3,000-word feature put their values on the same scale.
 *
 * - position: one indicator per lead sentence (0-4) and per band after it. News is written in
 *   inverted-pyramid order; the learned weights of these indicators are the lead prior.
 * - length: indicators per band of words. Very short sentences are fragments; very long ones are
 *   run-ons that crowd out other facts in a three-sentence summary.
 * - centrality: TextRank score (as a rank within the story) and mean cosine to the rest of the
 *   story (as a share of the story's highest): what the story keeps coming back to.
 * - form: a number (news summaries state figures), a question (rarely a summary sentence), a
 *   sentence that opens with a pronoun or connective (it leans on the one before it and reads
 *   badly out of context).
 * The headline and headings (topic lines), when the story has them, join the similarity graph as
 * nodes that are never candidates: a sentence close to them gains centrality. (The training
 * stories have neither, so no weight of their own could be learned for them.)
 *
 * Cross-validation on the tuning part dropped four more features that added nothing beside these
 * (cosine to the first sentence, share of the story's top terms, quotation, opening quotation):
 * see docs/summary.md.
 */
import { textRank } from './centrality';
import { countWords, createTermExtractor } from './terms';
import { buildVectors, similarityMatrix } from './vectors';

/** Names of the features, in the order of each row. Changing them changes the model format. */
export const FEATURE_NAMES = [
  'position 0',
  'position 1',
  'position 2',
  'position 3',
  'position 4',
  'position 5-6',
  'position 7-9',
  'position 10-14',
  'position 15+',
  'relative position',
  'words <8',
  'words 8-12',
  'words 13-17',
  'words 18-24',
  'words 25-32',
  'words 33-40',
  'words 41+',
  'centrality rank',
  'centroid cosine',
  'number',
  'question',
  'opens with pronoun or connective',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;

export interface SentenceFeatures {
  /** One row of FEATURE_COUNT values per sentence. */
  rows: Float64Array[];
  /** Sentence-by-sentence cosine similarity (for redundancy control). */
  similarity: Float64Array[];
  /** Content terms of each sentence (lower-cased, stemmed). */
  terms: string[][];
}

const POSITION_BANDS: [number, number][] = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 6], [7, 9], [10, 14], [15, Infinity]];
const LENGTH_BANDS: [number, number][] = [[0, 7], [8, 12], [13, 17], [18, 24], [25, 32], [33, 40], [41, Infinity]];

const NUMBER = /\p{N}/u;
const QUESTION = /\?(?:\s*(?:''|["'”’»)\]]))*\s*$/u;
/**
 * Words that make a sentence lean on the one before it: "He said...", "But officials...",
 * "This is...". Lower-cased comparison; the list is closed-class English, not learned.
 */
const DEPENDENT_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'them', 'this', 'that', 'these', 'those',
  'but', 'and', 'so', 'or', 'also', 'however', 'meanwhile', 'still', 'then', 'instead', 'though', 'yet',
  'there', 'such', 'both', 'another',
]);

function firstWord(text: string): string {
  const match = /^[\s"'“‘«(`]*([\p{L}]+)/u.exec(text);
  return match ? match[1].toLowerCase() : '';
}

function band(value: number, bands: [number, number][]): number {
  return bands.findIndex(([low, high]) => value >= low && value <= high);
}

/**
 * Features of `sentences` (the story's candidate sentences, in order). `topics` are the headline
 * and headings, when known.
 */
export function sentenceFeatures(sentences: readonly { text: string }[], topics: readonly string[] = []): SentenceFeatures {
  const n = sentences.length;
  const contentTerms = createTermExtractor();
  const terms = sentences.map((s) => contentTerms(s.text));
  const topicTerms = topics.map((topic) => contentTerms(topic)).filter((list) => list.length > 0);
  const vectors = buildVectors(terms, topicTerms);
  // The graph holds the sentences and the topic lines; only sentences are scored and compared.
  const graph = similarityMatrix([...vectors.sentences, ...vectors.extra]);
  const similarity = graph.slice(0, n).map((row) => row.subarray(0, n));
  const centrality = textRank(graph).slice(0, n);
  const rankOf = ranks(centrality);
  const centroid = centroidCosines(graph.slice(0, n));

  const rows = sentences.map((sentence, i) => {
    const row = new Float64Array(FEATURE_COUNT);
    let f = 0;
    const positionBand = band(i, POSITION_BANDS);
    for (let k = 0; k < POSITION_BANDS.length; k++) row[f++] = k === positionBand ? 1 : 0;
    row[f++] = n > 1 ? i / (n - 1) : 0;
    const lengthBand = band(countWords(sentence.text), LENGTH_BANDS);
    for (let k = 0; k < LENGTH_BANDS.length; k++) row[f++] = k === lengthBand ? 1 : 0;
    row[f++] = n > 1 ? 1 - rankOf[i] / (n - 1) : 1;
    row[f++] = centroid[i];
    row[f++] = NUMBER.test(sentence.text) ? 1 : 0;
    row[f++] = QUESTION.test(sentence.text) ? 1 : 0;
    row[f++] = DEPENDENT_OPENERS.has(firstWord(sentence.text)) ? 1 : 0;
    return row;
  });
  return { rows, similarity, terms };
}

/** Rank of each score, 0 for the highest (ties keep story order). */
function ranks(scores: number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const rank = new Array<number>(scores.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/**
 * Each sentence's mean similarity to the other nodes of the graph, as a share of the story's
 * highest: 1 for the sentence most like the rest of the story.
 */
function centroidCosines(rows: Float64Array[]): number[] {
  const means = rows.map((row) => (row.length > 1 ? row.reduce((sum, x) => sum + x, 0) / (row.length - 1) : 0));
  const top = Math.max(0, ...means);
  return means.map((m) => (top > 0 ? m / top : 0));
}
