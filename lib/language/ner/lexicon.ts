/**
 * Word lists the tagger consults as features (never as rules): a match only adds a feature such
 * as "lex=given-b"; the trained weights decide how much it counts. Phrases are matched longest
 * first, case-insensitively; classes other than the caseless ones need a capitalised first word.
 */
export interface LexiconLists {
  /** class name -> phrases (words separated by single spaces). */
  [className: string]: string[];
}

/** Lower case, words separated by single spaces: the form the lexicon keys phrases by. */
export function normalisePhrase(phrase: string): string {
  const lower = phrase.toLowerCase();
  // No splitting and joining unless the spacing needs it.
  return SINGLE_SPACED.test(lower) ? lower : lower.trim().split(/\s+/).join(' ');
}

/** Classes matched whatever the case: titles and role words are often written in lower case. */
const CASELESS = new Set(['title']);
/**
 * Classes kept for look-ups only, never marked as features: the given names split by sex, used to
 * resolve "he"/"she" in quote attribution.
 */
export const LOOKUP_ONLY = new Set(['female', 'male']);
const MAX_WORDS = 5;
/** Words separated by single spaces (as the model encoder writes them). */
const SINGLE_SPACED = /^\S+(?: \S+)*$/;

export class Lexicon {
  private readonly phrases = new Map<string, string[]>();
  /** Every proper prefix of a multi-word phrase, so matching stops as soon as nothing can follow. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;

  /**
   * @param normalised the phrases are already lower case with single spaces, as the model encoder
   *   writes them (model-codec.ts): the shipped model's ~18,000 are then taken as they are, which
   *   saves a third of building the lexicon on the click-to-summary path.
   */
  constructor(
    readonly lists: LexiconLists,
    options: { normalised?: boolean } = {},
  ) {
    for (const className of Object.keys(lists).sort()) {
      for (const phrase of lists[className]!) {
        const key = options.normalised ? phrase : normalisePhrase(phrase);
        if (!key) continue;
        let words = 1;
        for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
        if (words > MAX_WORDS) continue;
        this.maxWords = Math.max(this.maxWords, words);
        const classes = this.phrases.get(key);
        if (!classes) this.phrases.set(key, [className]);
        else if (!classes.includes(className)) classes.push(className);
        for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) this.prefixes.add(key.slice(0, at));
      }
    }
  }

  /** Classes of a phrase, or none ("new york" -> ["city"]). */
  classesOf(phrase: string): readonly string[] {
    return this.phrases.get(phrase.toLowerCase()) ?? [];
  }

  /**
   * Marks per token: "<class>-b" on the first word of a matched phrase, "<class>-i" on the others.
   * In an ALL-CAPS sentence `mixedCaseOf` lends the document's own spelling for the case test.
   */
  mark(words: readonly string[], mixedCaseOf: Map<string, string> | null): string[][] {
    const marks: string[][] = words.map(() => []);
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      const first = mixedCaseOf?.get(words[i]!) ?? words[i]!;
      const capitalised = first !== first.toLowerCase() && first[0] === first[0]!.toUpperCase();
      let key = '';
      for (let len = 1; len <= this.maxWords && i + len <= words.length; len++) {
        key = len === 1 ? lower[i]! : key + ' ' + lower[i + len - 1]!;
        const classes = this.phrases.get(key) ?? [];
        for (const c of classes) {
          if (LOOKUP_ONLY.has(c) || (!capitalised && !CASELESS.has(c))) continue;
          const tagB = `${c}-b`;
          if (!marks[i]!.includes(tagB)) marks[i]!.push(tagB);
          for (let k = i + 1; k < i + len; k++) {
            const tagI = `${c}-i`;
            if (!marks[k]!.includes(tagI)) marks[k]!.push(tagI);
          }
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    return marks;
  }
}
