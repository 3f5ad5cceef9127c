/**
 * Splits story text into sentences of tokens the way CoNLL-2003 (Reuters) tokenises, because that
 * is what the tagger was trained on: "U.S." and "Jan." stay whole, "China's" becomes "China" +
 * "'s", punctuation stands alone, hyphenated words stay whole. Each token keeps its offsets in the
 * original text, so entities can be cut out of the text exactly as written.
 */
export interface Token {
  /** The token as written. */
  text: string;
  /** The form the model sees (curly quotes straightened, dashes as in Reuters copy). */
  norm: string;
  start: number;
  end: number;
}

export interface Sentence {
  tokens: Token[];
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
}

/** Abbreviations that keep their period and do not end a sentence. */
const ABBREVIATIONS =
  'Mr|Mrs|Ms|Dr|Gov|Sen|Sens|Rep|Reps|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|Ave|Blvd|Gens|Supt|Insp|Hon|Messrs';
/** Abbreviations that end a sentence when the next word is capitalised (they usually close a name). */
const SENTENCE_FINAL_OK = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.', 'Jr.', 'Sr.']);

const TOKEN = new RegExp(
  [
    // Acronyms with periods: U.S., U.N., a.m.
    String.raw`(?:\p{L}\.){2,}`,
    // Known abbreviations and single initials (John F. Kennedy).
    String.raw`(?:${ABBREVIATIONS})\.(?!\p{L})`,
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    // Numbers: 1,000  3.5  1996-08-22  6-4  10:30
    String.raw`\d+(?:[.,:/\-]\d+)*(?:\p{L}+)?`,
    // Clitics split off as Reuters does: 's 're 've 'll 'd 'm n't
    String.raw`\p{L}+?(?=n['’]t\b)`,
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b`,
    // Words, with inner apostrophes (O'Brien) and hyphens (Indo-Pacific).
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’](?!(?:s|re|ve|ll|d|m|t)\b)|[-&])[\p{L}\p{M}\p{N}]+)*`,
    // Dashes and ellipses, then any other single symbol.
    String.raw`-{2,}|\.{3}|…|[—–]`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

function normalise(text: string): string {
  if (/^[“”„‟"«»]$/.test(text)) return '"';
  if (/^[‘’‚‛`]$/.test(text)) return "'";
  if (text === '—' || text === '–') return '--';
  if (text === '…') return '...';
  return text.replace(/’/g, "'");
}

const CLOSERS = /^["'”’)\]]$/;

/** Sentences and tokens of a text; paragraphs are separated by blank lines. */
export function tokenize(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /\n\s*\n/g;
  let paraStart = 0;
  const blocks: [number, number][] = [];
  for (const m of text.matchAll(paraRe)) {
    blocks.push([paraStart, m.index!]);
    paraStart = m.index! + m[0].length;
  }
  blocks.push([paraStart, text.length]);
  for (const [from, to] of blocks) {
    const tokens: Token[] = [];
    TOKEN.lastIndex = 0;
    const block = text.slice(from, to);
    for (const m of block.matchAll(TOKEN)) {
      tokens.push({ text: m[0], norm: normalise(m[0]), start: from + m.index!, end: from + m.index! + m[0].length });
    }
    if (tokens.length === 0) continue;
    let current: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      current.push(tok);
      if (!endsSentence(tokens, i)) continue;
      // Closing quotes and brackets belong to the sentence they close.
      while (i + 1 < tokens.length && CLOSERS.test(tokens[i + 1]!.text) && !opensNext(tokens, i + 1)) current.push(tokens[++i]!);
      sentences.push({ tokens: current, start: current[0]!.start, end: current[current.length - 1]!.end, paragraph });
      current = [];
    }
    if (current.length) sentences.push({ tokens: current, start: current[0]!.start, end: current[current.length - 1]!.end, paragraph });
    paragraph++;
  }
  return sentences;
}

function endsSentence(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return false;
  const final = tok.text === '.' || tok.text === '!' || tok.text === '?' || tok.text === '...' || tok.text === '…';
  const abbreviationEnd = SENTENCE_FINAL_OK.has(tok.text) || /^(?:\p{L}\.){2,}$/u.test(tok.text);
  if (!final && !abbreviationEnd) return false;
  // The next real word must look like a sentence start.
  let k = i + 1;
  while (k < tokens.length && CLOSERS.test(tokens[k]!.text)) k++;
  const after = tokens[k];
  if (!after) return true;
  const startsLikeSentence = /^[\p{Lu}\d"“‘(\[]/u.test(after.text);
  if (abbreviationEnd && !final) return startsLikeSentence && /^\p{Lu}\p{Ll}/u.test(after.text) && k === i + 1 && isCommonSentenceStart(after.text);
  return startsLikeSentence;
}

/** After "Inc." or "U.S." a new sentence is only likely when a function word follows. */
function isCommonSentenceStart(word: string): boolean {
  return /^(?:The|A|An|In|On|At|But|And|It|He|She|They|We|I|This|That|Its|His|Her|Their|There|After|Before|Meanwhile|However|Thus|So)$/.test(word);
}

/** A quote right after a sentence end that is followed by a word is an opening quote if spaced so. */
function opensNext(tokens: Token[], k: number): boolean {
  const tok = tokens[k]!;
  const prev = tokens[k - 1]!;
  if (tok.text === '“' || tok.text === '‘' || tok.text === '(' || tok.text === '[') return true;
  if (tok.text === '”' || tok.text === '’' || tok.text === ')' || tok.text === ']') return false;
  // Straight quotes: closing when glued to the previous token.
  return tok.start > prev.end;
}
