/**
 * Ordinary English words, for the lexicon's `common` class: words the training text writes in
 * lower case and (almost) never capitalised in the middle of a sentence. Capitalised, such a word
 * is rarely a name ("Download", "Features", "Healthcare"); the model learns how much that counts,
 * most of all in Title-Case and ALL-CAPS lines. Derived from the training text only (CoNLL-2003
 * train and WikiANN train), never from evaluation data.
 */
import type { ConllDocument } from '../../lib/language/ner/conll';

/** Times a word must be seen in lower case, and how much more often than capitalised mid-sentence. */
const MIN_LOWER = 4;
const LOWER_RATIO = 12;

export function commonWords(docs: readonly ConllDocument[]): string[] {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const doc of docs) {
    for (const sentence of doc) {
      const allCaps = !sentence.some((t) => /\p{Ll}/u.test(t.word));
      sentence.forEach((t, i) => {
        const w = t.word;
        if (!/^\p{L}[\p{L}'-]*$/u.test(w) || w.length < 3) return;
        const key = w.toLowerCase();
        if (/^\p{Ll}/u.test(w)) lower.set(key, (lower.get(key) ?? 0) + 1);
        else if (i > 0 && !allCaps) capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      });
    }
  }
  const out: string[] = [];
  for (const [word, n] of lower) {
    if (n >= MIN_LOWER && n >= LOWER_RATIO * (capitalised.get(word) ?? 0)) out.push(word);
  }
  return out.sort();
}

/**
 * Given names as the training text uses them: the first word of person names of two words or more
 * (CoNLL-2003 train, WikiANN train), seen so at least `MIN_GIVEN` times and not an ordinary word.
 * The name lists from npm (U.S. records) lack many ("Donald", "Maya"); these come from the labels.
 */
const MIN_GIVEN = 3;

export function givenNamesFromLabels(docs: readonly ConllDocument[], common: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const sentence of doc) {
      sentence.forEach((t, i) => {
        if (t.gold !== 'B-PER' || sentence[i + 1]?.gold !== 'I-PER') return;
        if (!/^\p{Lu}\p{Ll}+$/u.test(t.word)) return;
        const key = t.word.toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    }
  }
  return [...counts].filter(([w, n]) => n >= MIN_GIVEN && !common.has(w)).map(([w]) => w).sort();
}
