/**
 * Features for the entity tagger. The same code runs in training (scripts/train-ner.ts) and in the
 * extension, so what the model learned is exactly what it sees at run time. Features are strings
 * "template=value"; the model keeps a weight row per feature it kept after training.
 *
 * Everything here comes from the words alone (no POS or chunk tags: there is no POS tagger at run
 * time) plus two wider views of the text, because a capitalised word at the start of a sentence or
 * in an ALL-CAPS headline says little by itself:
 * - the document: is the same word capitalised in the middle of another sentence, or seen in lower
 *   case elsewhere; for headline words, the mixed-case spelling used elsewhere in the document;
 *   where else the word stands (after a title, after "in", before "Corp.", before a verb...);
 * - the lexicon: lists of given names, places, organisation words and titles (see lexicon.ts).
 */
import type { Lexicon } from './lexicon';

/** What the tagger knows about one document before tagging any of its sentences. */
export interface DocumentContext {
  /** Words seen capitalised other than at the start of a mixed-case sentence. */
  capitalisedMidSentence: Set<string>;
  /** Lower-cased words seen written in lower case. */
  seenLowerCase: Set<string>;
  /** UPPER-CASE form -> a mixed-case spelling of it seen in the document. */
  mixedCaseOf: Map<string, string>;
  /**
   * Where else in the document a capitalised word stands, as hints of its type: right after a
   * title or a given name ("Mr Blinken", "Antony Blinken": a surname), right after a place
   * preposition ("in Anchorage"), or right before an organisation word ("Gasline Corp.").
   */
  contextHints: Map<string, Set<string>>;
}

/** Verbs that follow a sentence subject; said/says/told get their own hint. */
const SUBJECT_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'took', 'faces', 'wants', 'added', 'asked', 'believes', 'declined', 'called', 'warned', 'met', 'signed', 'announced', 'urged', 'won', 'lost', 'scored', 'beat', 'became']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside']);
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'president', 'minister', 'secretary', 'senator', 'sen.', 'gov.', 'governor', 'rep.', 'gen.', 'general', 'chancellor', 'premier', 'coach', 'judge', 'spokesman', 'spokeswoman', 'adviser', 'leader', 'chairman', 'king', 'queen', 'prince']);
const ORGANISATION_ENDS = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'party', 'group', 'bank', 'ministry', 'council', 'committee', 'union', 'association', 'university', 'club', 'agency', 'department']);

function addHint(hints: Map<string, Set<string>>, word: string, hint: string): void {
  let set = hints.get(word);
  if (!set) hints.set(word, (set = new Set()));
  set.add(hint);
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isCapitalised(word: string): boolean {
  return UPPER.test(word[0] ?? '');
}

/** A sentence whose letters are all upper case (a wire-copy headline): case says nothing there. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (LOWER.test(w)) return false;
    if (LETTER.test(w)) letters++;
  }
  return letters > 0;
}

/** Words written in lower case inside titles ("Talks in Alaska"): a Title-Case line may keep them so. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'via', 'into', 'over', 'per', 'up', 'off']);

/**
 * A sentence written in Title Case (a headline, a heading, a menu line): every word but the small
 * ones capitalised, ordinary words among them ("White Scores 22 Points In Women's Basketball Loss";
 * with a lexicon, at least one capitalised word it knows as a common word, so that a line of names
 * such as a sports result, "Manchester United 3 Southampton 1", stays an ordinary sentence).
 * There, as in ALL CAPS, capitalisation says little about names.
 */
export function isTitleCaseSentence(words: readonly string[], lexicon: Lexicon | null = null): boolean {
  let content = 0;
  let ordinary = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!LETTER.test(w)) continue;
    if (TITLE_SMALL_WORDS.has(w)) continue;
    if (!isCapitalised(w)) return false;
    content++;
    if (i > 0 && lexicon?.classesOf(w.toLowerCase()).includes('common')) ordinary++;
  }
  return content >= 3 && (lexicon === null || ordinary > 0) && !isAllCapsSentence(words);
}

/** Sentences whose case says nothing about names: ALL CAPS or Title Case. */
function caseless(words: readonly string[], lexicon: Lexicon | null): boolean {
  return isAllCapsSentence(words) || isTitleCaseSentence(words, lexicon);
}

export function documentContext(sentences: readonly (readonly string[])[], lexicon: Lexicon | null = null): DocumentContext {
  const contextHints = new Map<string, Set<string>>();
  const seen = new Map<string, number>();
  for (const words of sentences) {
    if (caseless(words, lexicon)) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (isCapitalised(w) && LETTER.test(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!isCapitalised(w) || !LETTER.test(w)) continue;
      const prev = words[i - 1]!;
      const lp = prev.toLowerCase();
      if (TITLE_WORDS.has(lp) || (isCapitalised(prev) && lexicon?.classesOf(lp).includes('given'))) addHint(contextHints, w, 'after-title');
      if (PLACE_PREPOSITIONS.has(prev)) addHint(contextHints, w, 'after-in');
      const next = words[i + 1];
      if (next && ORGANISATION_ENDS.has(next.toLowerCase()) && isCapitalised(next)) addHint(contextHints, w, 'before-org');
      if (next && SUBJECT_VERBS.has(next)) addHint(contextHints, w, 'before-verb');
      if (next === 'said' || next === 'says' || next === 'told') addHint(contextHints, w, 'before-said');
      if (isCapitalised(prev) && LETTER.test(prev) && !(next && isCapitalised(next))) addHint(contextHints, w, 'ends-name');
      if (!isCapitalised(prev) && next && isCapitalised(next) && LETTER.test(next)) addHint(contextHints, w, 'starts-name');
      if (!isCapitalised(prev) && !(next && isCapitalised(next))) addHint(contextHints, w, 'alone');
    }
  }
  // A name used several times and never after "in", "at", "from"...: a place is rarely written so.
  for (const [w, count] of seen) {
    if (count >= 2 && !contextHints.get(w)?.has('after-in')) addHint(contextHints, w, 'never-after-in');
  }
  const capitalisedMidSentence = new Set<string>();
  const seenLowerCase = new Set<string>();
  const mixedCaseOf = new Map<string, string>();
  for (const words of sentences) {
    const noCase = caseless(words, lexicon);
    words.forEach((w, i) => {
      if (!LETTER.test(w)) return;
      if (!noCase && i > 0 && isCapitalised(w) && !isOpeningQuoteAt(words, i)) capitalisedMidSentence.add(w);
      if (!isCapitalised(w) && LOWER.test(w)) seenLowerCase.add(w.toLowerCase());
      if (!noCase && LOWER.test(w)) {
        const upper = w.toUpperCase();
        if (!mixedCaseOf.has(upper)) mixedCaseOf.set(upper, w);
      }
    });
  }
  return { capitalisedMidSentence, seenLowerCase, mixedCaseOf, contextHints };
}

/** A word right after an opening quote or colon starts a sentence of its own in all but name. */
function isOpeningQuoteAt(words: readonly string[], i: number): boolean {
  const prev = words[i - 1];
  return prev === '"' || prev === ':' || prev === '(' || prev === '``';
}

/** Digits -> 0 so that years, scores and prices share their features. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  return UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : /\d/u.test(ch) ? 'd' : ch;
}

/** Word shape: each character class, runs of the same class collapsed ("Blinken" -> "Xx"). */
export function shape(word: string, collapse = true): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (!collapse || c !== last) out += c;
    last = c;
  }
  return collapse ? out : out.slice(0, 6);
}

const BOUNDARY = ['<s>', '<s2>'];
const END = ['</s>', '</s2>'];

/** Shared per-sentence preparation so token features don't recompute it. */
export interface SentenceView {
  words: readonly string[];
  lower: string[];
  shapes: string[];
  allCaps: boolean;
  /** Written in Title Case (see isTitleCaseSentence). */
  titleCase: boolean;
  /** Where a word is in the lexicon, its classes per token (e.g. "given", "country"). */
  lexicon: string[][];
}

export function sentenceView(words: readonly string[], doc: DocumentContext, lexicon: Lexicon | null): SentenceView {
  const allCaps = isAllCapsSentence(words);
  const lower = words.map(normalise);
  const shapes = words.map((w) => shape(w));
  const lexiconMarks = lexicon ? lexicon.mark(words, allCaps ? doc.mixedCaseOf : null) : words.map(() => []);
  return { words, lower, shapes, allCaps, titleCase: !allCaps && isTitleCaseSentence(words, lexicon), lexicon: lexiconMarks };
}

/**
 * Features of the word alone, whatever its context. Split out because they are the same on every
 * occurrence: the tagger sums their weights once per distinct word (the main cost of tagging).
 */
export function wordFeatures(w: string, out: string[]): void {
  const lw = normalise(w);
  out.push('b=');
  out.push('w=' + lw);
  out.push('W=' + w);
  out.push('sh=' + shape(w));
  out.push('sl=' + shape(w, false));
  const len = w.length;
  for (let k = 1; k <= 4 && k <= len; k++) {
    out.push(`p${k}=` + w.slice(0, k));
    out.push(`s${k}=` + lw.slice(len - k));
  }
  if (w.includes('-')) out.push('hyphen=');
  if (w.includes('.')) out.push('period=');
  if (/\d/.test(w)) out.push('digit=');
  if (len === 1) out.push('len1=');
}

/**
 * Context feature templates. A feature string is `${CONTEXT_TEMPLATES[id]}=${value}`; the tagger
 * looks values up per template id, so it never builds the full feature string.
 */
export const CONTEXT_TEMPLATES = [
  'allcaps-sent', 'cap', 'w-1', 'w+1', 'w-2', 'w+2', 'w-1w', 'ww+1', 'sh-1', 'sh+1', 'sh-1sh', 'shsh+1',
  'sh-1shsh+1', 'doc-mixed', 'Wdoc', 'doc-capmid', 'doc-lower', 'lex', 'lex-1', 'lex+1', 'doc-hint', 'titlecase-sent', 'tc-lex',
] as const;
const [ALLCAPS, CAP, WM1, WP1, WM2, WP2, WM1W, WWP1, SHM1, SHP1, SHM1SH, SHSHP1, SHM1SHSHP1, DOC_MIXED, WDOC, DOC_CAPMID, DOC_LOWER, LEX, LEXM1, LEXP1, DOC_HINT, TITLECASE, TC_LEX] =
  CONTEXT_TEMPLATES.map((_, id) => id) as number[];

/** Receives one feature as a template id (index into CONTEXT_TEMPLATES) and a value. */
export type Emit = (template: number, value: string) => void;

function wordAt(view: SentenceView, k: number): string {
  const n = view.words.length;
  return k < 0 ? BOUNDARY[-k - 1]! : k >= n ? END[k - n]! : view.lower[k]!;
}

function shapeAt(view: SentenceView, k: number): string {
  return k < 0 ? '<s>' : k >= view.words.length ? '</s>' : view.shapes[k]!;
}

/**
 * The features of token i that depend on its sentence and document, emitted as (template, value)
 * pairs.
 */
export function contextFeatures(view: SentenceView, doc: DocumentContext, i: number, emit: Emit): void {
  const { words, lower, shapes } = view;
  const w = words[i]!;
  const lw = lower[i]!;
  const cap = isCapitalised(w);
  const first = i === 0 || isOpeningQuoteAt(words, i);
  if (view.allCaps) emit(ALLCAPS!, '');
  if (view.titleCase) emit(TITLECASE!, '');
  if (cap) emit(CAP!, first ? 'first' : view.titleCase ? 'title' : 'mid');

  const wm1 = wordAt(view, i - 1);
  const wp1 = wordAt(view, i + 1);
  emit(WM1!, wm1);
  emit(WP1!, wp1);
  emit(WM2!, wordAt(view, i - 2));
  emit(WP2!, wordAt(view, i + 2));
  emit(WM1W!, wm1 + '|' + lw);
  emit(WWP1!, lw + '|' + wp1);
  const shm1 = shapeAt(view, i - 1);
  const shp1 = shapeAt(view, i + 1);
  const sh = shapes[i]!;
  emit(SHM1!, shm1);
  emit(SHP1!, shp1);
  emit(SHM1SH!, shm1 + '|' + sh);
  emit(SHSHP1!, sh + '|' + shp1);
  emit(SHM1SHSHP1!, shm1 + '|' + sh + '|' + shp1);

  // The document's view of this word.
  if (LETTER.test(w)) {
    if (view.allCaps) {
      const mixed = doc.mixedCaseOf.get(w.toUpperCase());
      emit(DOC_MIXED!, mixed ? shape(mixed) : 'none');
      if (mixed) emit(WDOC!, mixed);
    } else if (cap) {
      emit(DOC_CAPMID!, (doc.capitalisedMidSentence.has(w) ? '1' : '0') + (first ? 'f' : view.titleCase ? 't' : 'm'));
      if (doc.seenLowerCase.has(w.toLowerCase())) emit(DOC_LOWER!, '');
    }
    const hints = doc.contextHints.get(view.allCaps ? (doc.mixedCaseOf.get(w) ?? w) : w);
    if (hints) for (const hint of hints) emit(DOC_HINT!, hint);
  }
  for (const mark of view.lexicon[i]!) {
    emit(LEX!, mark);
    // In a line whose case says nothing, the lexicon says more: "Download" is an ordinary word.
    if (view.titleCase || view.allCaps) emit(TC_LEX!, mark);
  }
  if (i > 0) for (const mark of view.lexicon[i - 1]!) emit(LEXM1!, mark);
  if (i + 1 < words.length) for (const mark of view.lexicon[i + 1]!) emit(LEXP1!, mark);
}

/** All of token i's features: its word's own, then its context's. */
export function tokenFeatures(view: SentenceView, doc: DocumentContext, i: number, out: string[]): void {
  wordFeatures(view.words[i]!, out);
  contextFeatures(view, doc, i, (template, value) => out.push(CONTEXT_TEMPLATES[template] + '=' + value));
}
