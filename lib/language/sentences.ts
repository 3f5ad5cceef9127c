/**
 * Sentence segmentation for news text: `Intl.Segmenter` (Unicode sentence rules) plus the repairs
 * news copy needs, because UAX #29 breaks after every ". " that precedes a capital letter:
 * - titles that never end a sentence ("Gov. Mike Dunleavy", "Sen. Bert Stedman", "Mr.", "Dr."),
 *   months and "No." before a number ("Jan. 6", "No. 1"), initials ("John F. Kennedy");
 * - acronyms and other abbreviations ("U.S. officials", "St. Louis", "Acme Corp. said") unless a
 *   typical sentence opener follows ("... on U.S. soil. The ..." stays two sentences);
 * - quotations that run over several sentences inside one paragraph stay one unit, so no summary
 *   sentence starts or ends inside someone else's quote;
 * - a dateline ("ANCHORAGE, Alaska (AP) —", "(CNN) —", "LONDON —") is taken off the sentence it
 *   opens and kept in `dateline`.
 * Paragraph breaks (newlines) always end a sentence. Pure; no DOM.
 */

export interface Sentence {
  /** The sentence, trimmed, without a leading dateline. */
  text: string;
  /** Position in the story, from 0. */
  index: number;
  /** Paragraph number, from 0 (paragraphs are separated by newlines). */
  paragraph: number;
  /** Character offsets of `text` in the input. */
  start: number;
  end: number;
  /** The dateline removed from the start of this sentence, if any. */
  dateline?: string;
}

/** Titles before a name: they never end a sentence ("Gov. Mike Dunleavy", "Sen. Bert Stedman"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'gen',
  'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'supt', 'insp', 'det', 'rev',
  'fr', 'hon', 'pres', 'amb', 'atty',
]);

/** Abbreviations before a number ("No. 1", "Vol. 2"): "The answer was no." still ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'pp', 'art', 'ch', 'fig']);

/**
 * Other abbreviations that usually sit inside a sentence ("St. Louis", "Acme Corp. said") but can
 * end one ("... on Main St. The ..."): treated like acronyms below.
 */
const OTHER_ABBREVIATIONS = new Set([
  'st', 'mt', 'ft', 'ave', 'blvd', 'rd', 'dept', 'univ', 'assn', 'inc', 'corp', 'co', 'ltd', 'bros',
  'jr', 'sr', 'vs', 'v', 'approx', 'etc', 'est',
]);

/** Month abbreviations (AP style): merged when a day number follows ("Jan. 6"). */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Words that usually open a new sentence. After an acronym such as "U.S." one of these signals a
 * real boundary ("... in the U.S. The ..."); any other capitalised word ("U.S. Secretary") does not.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'his', 'her', 'its', 'their', 'our', 'my', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at',
  'for', 'if', 'when', 'while', 'after', 'before', 'as', 'there', 'here', 'what', 'who', 'why',
  'how', 'however', 'meanwhile', 'still', 'then', 'some', 'many', 'most', 'both', 'all', 'no',
  'one', 'two', 'three', 'last', 'earlier', 'later', 'since', 'with', 'without', 'by', 'from',
  'officials', 'police',
]);

/** News agencies that appear in parentheses in datelines. */
const AGENCIES = 'AP|Reuters|AFP|CNN|UPI|Bloomberg|BBC|dpa|EFE|Xinhua|CNS|KHN|RNS';

/**
 * "ANCHORAGE, Alaska (AP) — ", "WASHINGTON (Reuters) - ", "(CNN) -- ", "LONDON — ": a place in
 * capitals (optionally ", State"), and/or an agency in parentheses, then a dash. A bare "(CNN)"
 * without a dash also counts (CNN's own style).
 */
const DATELINE = new RegExp(
  '^(?:' +
    // PLACE[, State] [(AGENCY)] dash
    `[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\\s*[A-Z][A-Za-z.'’ ]{1,30})?(?:\\s*\\((?:${AGENCIES})\\))?\\s*(?:—|–|--?)\\s*` +
    '|' +
    // (AGENCY) [dash]
    `\\(\\s*(?:${AGENCIES})\\s*\\)\\s*(?:—|–|--?)?\\s*` +
    ')',
  'i',
);
// The place part must really be in capitals; the `i` flag is only for "( cnn )"-style agencies.
const PLACE_IN_CAPITALS = /^[^a-z(]*[A-Z]{2}/;

/** Splits `text` at the end of a dateline, if it opens with one. */
export function splitDateline(text: string): { dateline: string; rest: string } | undefined {
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const dateline = match[0];
  if (!dateline.trimStart().startsWith('(') && !PLACE_IN_CAPITALS.test(dateline)) return undefined;
  const rest = text.slice(dateline.length);
  // A dateline is followed by the sentence; a "dateline" that is the whole text is not one.
  if (!/[A-Za-z]/.test(rest)) return undefined;
  return { dateline: dateline.trim(), rest };
}

interface Piece {
  start: number;
  end: number;
}

const segmenterCache = new Map<string, Intl.Segmenter>();

function segmentParagraph(text: string, locale: string): Piece[] {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    let segmenter = segmenterCache.get(locale);
    if (!segmenter) {
      try {
        segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
      } catch {
        segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
      }
      segmenterCache.set(locale, segmenter);
    }
    const pieces: Piece[] = [];
    for (const { segment, index } of segmenter.segment(text)) pieces.push({ start: index, end: index + segment.length });
    return pieces;
  }
  // Engines without Intl.Segmenter: break after . ! ? (and closing quotes) before whitespace.
  const pieces: Piece[] = [];
  const boundary = /[.!?…]+["'”’)\]]*\s+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    pieces.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) pieces.push({ start, end: text.length });
  return pieces;
}

/**
 * Text tokenised the Penn Treebank way (NLP corpora, some feeds): punctuation stands apart ("said
 * friday . the suspect"), often all lower-case, so UAX #29 sees no sentence end before a lower-case
 * word. Recognised by punctuation with a space on both sides, which edited prose never has.
 */
const TOKENISED_PUNCTUATION = /\s[,.;:!?]\s/g;
function isTokenised(text: string): boolean {
  return count(text, TOKENISED_PUNCTUATION) >= 2;
}

/** In tokenised text a stand-alone " . ", " ! " or " ? " (and a closing '' after it) ends a sentence. */
const TOKENISED_END = /\s[.!?]+(?:\s+'')?\s+(?=\S)/g;
function splitTokenisedEnds(text: string, pieces: Piece[]): Piece[] {
  const result: Piece[] = [];
  for (const piece of pieces) {
    const slice = text.slice(piece.start, piece.end);
    let start = piece.start;
    TOKENISED_END.lastIndex = 0;
    for (let m = TOKENISED_END.exec(slice); m; m = TOKENISED_END.exec(slice)) {
      const end = piece.start + m.index + m[0].length;
      result.push({ start, end });
      start = end;
    }
    if (start < piece.end) result.push({ start, end: piece.end });
  }
  return result;
}

/** The last word of a piece when it ends in a period, without the period: "Gov." -> "Gov". */
function lastWordBeforePeriod(piece: string): string | undefined {
  const match = /(?:^|[\s("“‘'])([A-Za-z][A-Za-z.-]*)\.\s*$/.exec(piece);
  return match?.[1];
}

function firstWord(piece: string): string {
  const match = /^[\s"“‘'(]*([A-Za-z0-9][\w'’-]*)/.exec(piece);
  return match?.[1] ?? '';
}

/** True when the break between `piece` and `next` is an abbreviation, not a sentence end. */
function isFalseBreak(piece: string, next: string): boolean {
  const word = lastWordBeforePeriod(piece);
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  const following = firstWord(next);
  if (TITLES.has(lower)) return true;
  if (MONTHS.has(lower) || NUMBER_ABBREVIATIONS.has(lower)) return /^\d/.test(following);
  // An initial: "John F. Kennedy", "J.R.R. Tolkien".
  if (/^[A-Z]$/.test(word)) return /^[A-Z]/.test(following);
  // Acronyms with inner periods ("U.S.", "U.N.", "D.C.", "a.m.") and other abbreviations.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || OTHER_ABBREVIATIONS.has(lower)) {
    return following !== '' && !SENTENCE_OPENERS.has(following.toLowerCase());
  }
  return false;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * How a piece changes the number of open quotations: curly quotes count opening minus closing;
 * straight quotes can only be counted, so their parity decides.
 */
function quoteDelta(text: string, curly: boolean): number {
  // Tokenised text writes quotation marks as `` and '' (opening and closing, like curly ones).
  return curly ? count(text, /[“«]|``/g) - count(text, /[”»]|''/g) : count(text, /"/g);
}

/** A quotation longer than this many pieces is treated as unbalanced punctuation, not joined. */
const MAX_QUOTE_PIECES = 4;

function mergePieces(paragraph: string, pieces: Piece[]): Piece[] {
  // 1. Abbreviations and initials.
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && isFalseBreak(paragraph.slice(last.start, last.end), paragraph.slice(piece.start, piece.end))) {
      last.end = piece.end;
    } else merged.push({ ...piece });
  }
  // 2. Quotations that span sentences ("“We will go. We will win,” he said."): join the pieces
  // until the quotation closes, if it closes within a few pieces of the same paragraph.
  const curly = /[“”«»]|``/.test(paragraph);
  const isOpen = (balance: number) => (curly ? balance > 0 : balance % 2 === 1);
  const joined: Piece[] = [];
  for (let i = 0; i < merged.length; i++) {
    const piece = { ...merged[i] };
    let balance = quoteDelta(paragraph.slice(piece.start, piece.end), curly);
    let j = i;
    while (isOpen(balance) && j + 1 < merged.length && j + 1 - i < MAX_QUOTE_PIECES) {
      j++;
      balance += quoteDelta(paragraph.slice(merged[j].start, merged[j].end), curly);
    }
    if (j > i && !isOpen(balance)) {
      piece.end = merged[j].end;
      i = j;
    }
    joined.push(piece);
  }
  return joined;
}

/**
 * Splits story text into sentences. `locale` picks the `Intl.Segmenter` rules (the repairs above
 * are for English news and are harmless elsewhere).
 */
export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  if (typeof text !== 'string' || text.trim() === '') return sentences;
  const paragraphPattern = /[^\n]+/g;
  let paragraph = 0;
  for (let p = paragraphPattern.exec(text); p; p = paragraphPattern.exec(text)) {
    const paragraphText = p[0];
    if (paragraphText.trim() === '') continue;
    let segments = segmentParagraph(paragraphText, locale);
    if (isTokenised(paragraphText)) segments = splitTokenisedEnds(paragraphText, segments);
    const pieces = mergePieces(paragraphText, segments);
    let first = true;
    for (const piece of pieces) {
      const raw = paragraphText.slice(piece.start, piece.end);
      let body = raw.trim();
      if (body === '') continue;
      let start = p.index + piece.start + (raw.length - raw.trimStart().length);
      let dateline: string | undefined;
      // Datelines open a story's first sentence (and sometimes a paragraph's, in wire copy).
      if (first) {
        const split = splitDateline(body);
        if (split) {
          dateline = split.dateline;
          start += body.length - split.rest.trimStart().length;
          body = split.rest.trim();
        }
      }
      first = false;
      // Punctuation-only leftovers (a stray quote mark) are not sentences.
      if (!/[\p{L}\p{N}]/u.test(body)) continue;
      const sentence: Sentence = { text: body, index: sentences.length, paragraph, start, end: start + body.length };
      if (dateline) sentence.dateline = dateline;
      sentences.push(sentence);
    }
    paragraph++;
  }
  return sentences;
}
