/**
 * Sentence -> content terms for similarity: lower-cased words, function words dropped, Porter
 * stems, so "talks"/"talked" and "Beijing's"/"Beijing" count as the same term.
 */
import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
function termOf(raw: string): string {
  // "beijing's" -> "beijing". An acronym loses its dots ("u.s." -> "us") but is never taken for
  // the function word it may spell ("us", "un").
  const acronym = raw.includes('.');
  const word = raw.replace(/['’](s|d|ll|re|ve|m|t)$/, '').replace(/\./g, '');
  if (word.length < 2 && !/\d/.test(word)) return '';
  if (!acronym && ENGLISH_STOPWORDS.has(word)) return '';
  return word.length > 3 && /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/** Number of word tokens (all words, function words included): the sentence's length. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * A term extractor for one story: it remembers each word's term, as a story repeats its words.
 * (Per story, not module-wide, so memory stays bounded and the speed benchmark measures a story
 * the way the extension meets it: for the first time.)
 */
export function createTermExtractor(): (text: string) => string[] {
  const cache = new Map<string, string>(); // raw lower-cased word -> term, '' for none
  return (text: string) => {
    const terms: string[] = [];
    for (const raw of text.toLowerCase().match(WORD) ?? []) {
      let term = cache.get(raw);
      if (term === undefined) {
        term = termOf(raw);
        cache.set(raw, term);
      }
      if (term !== '') terms.push(term);
    }
    return terms;
  };
}

/** Content terms of `text`, in order, with repeats. */
export function contentTerms(text: string): string[] {
  return createTermExtractor()(text);
}
