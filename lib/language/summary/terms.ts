/**
 * Sentence -> content terms for similarity: lower-cased words, function words dropped, Porter
 * stems, so "talks"/"talked" and "Beijing's"/"Beijing" count as the same term.
 */
import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const stems = new Map<string, string>();

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = word.length > 3 && /^[a-z]+$/.test(word) ? stemmer(word) : word;
    // A module-level cache: news vocabulary is small and the summariser runs on many stories.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Number of word tokens (all words, function words included): the sentence's length. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Content terms of `text`, in order, with repeats. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const raw of text.toLowerCase().match(WORD) ?? []) {
    // "beijing's" -> "beijing"; "u.s." -> "us" would be a stopword, so acronyms keep their dots out.
    const word = raw.replace(/['’](s|d|ll|re|ve|m|t)$/, '').replace(/\./g, '');
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (ENGLISH_STOPWORDS.has(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}
