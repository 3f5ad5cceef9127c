/**
 * Quotes on pages the entity model cannot read (German, French, Spanish, Italian, Portuguese,
 * Dutch...). There is no name tagger for these languages, so a speaker is taken only where the
 * words beside a speech verb hold a name the name lists know: a given name followed by one to
 * three capitalised words ("sagte Bundeskanzler Friedrich Merz" -> "Friedrich Merz"), or a lone
 * surname the story has already written after such a given name ("sagte Merz"). "sagte der Kanzler"
 * names nobody (German capitalises every noun) and is left out, as English quotes with unnamed
 * speakers are.
 *
 * Quotation marks by language: „…“ and »…« (German), « … » (French, Spanish, Italian), “…”, "…".
 */
import type { Quote } from './types';

/** Opening mark -> the marks that close it. */
const CLOSERS: Record<string, string> = { '„': '“”', '»': '«', '«': '»', '“': '”', '"': '"' };
const QUOTATION = /([„»«“"])\s*([^„»«“”"\n]{2,2000}?)\s*([“”«»"])/gu;

/** Speech verbs (and "according to") in the languages this handles; lower case, whole words. */
const SPEECH_WORDS = new Set(
  [
    // German
    'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'so', 'schrieb', 'warnte', 'ergänzte', 'fügte', 'kritisierte', 'sagte:', 'zufolge',
    // French
    'dit', 'déclaré', 'déclare', 'affirmé', 'affirme', 'expliqué', 'explique', 'ajouté', 'ajoute', 'estimé', 'estime', 'souligné', 'souligne', 'selon', 'indiqué', 'indique', 'assuré', 'assure', 'a-t-il', 'a-t-elle',
    // Spanish, Portuguese, Italian
    'dijo', 'afirmó', 'declaró', 'explicó', 'señaló', 'aseguró', 'según', 'indicó', 'añadió', 'destacó', 'disse', 'afirmou', 'declarou', 'segundo', 'detto', 'dichiarato', 'spiegato', 'secondo',
    // Dutch
    'zei', 'zegt', 'aldus', 'volgens',
  ],
);

/** Words that may stand inside a name, lower case ("Ursula von der Leyen", "Pedro de la Cruz"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'la', 'le', 'da', 'di', 'dos', 'du', 'zu', 'y']);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

export interface ForeignQuoteInput {
  text: string;
  /** True when the name lists give this word (any case) as a given name. */
  isGivenName: (word: string) => boolean;
}

/** Words of a stretch of text with their offsets. */
function words(text: string): { word: string; start: number }[] {
  return [...text.matchAll(/[\p{L}\p{M}'’-]+[.:]?/gu)].map((m) => ({ word: m[0].replace(/[.:]$/, ''), start: m.index! }));
}

/** Full names "Given Capitalised..." in the text, by their last word (for lone surnames later). */
function fullNames(text: string, isGivenName: (w: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const name = nameFrom(ws, i, isGivenName);
    if (name) out.set(name.split(' ').at(-1)!, name);
  }
  return out;
}

/** A name starting at word i: a given name, then capitalised words (particles allowed inside). */
function nameFrom(ws: { word: string }[], i: number, isGivenName: (w: string) => boolean): string | null {
  const first = ws[i]?.word ?? '';
  if (!CAPITALISED.test(first) || !isGivenName(first)) return null;
  const parts = [first];
  for (let k = i + 1; k < ws.length && parts.length < 5; k++) {
    const w = ws[k]!.word;
    if (CAPITALISED.test(w)) parts.push(w);
    else if (NAME_PARTICLES.has(w) && CAPITALISED.test(ws[k + 1]?.word ?? '')) parts.push(w);
    else break;
  }
  while (parts.length > 1 && NAME_PARTICLES.has(parts.at(-1)!)) parts.pop();
  return parts.length >= 2 ? parts.join(' ') : null;
}

/** The speaker named in a few words beside a speech verb, or null. */
function speakerIn(stretch: string, known: Map<string, string>, isGivenName: (w: string) => boolean): string | null {
  const ws = words(stretch);
  const verb = ws.findIndex((w) => SPEECH_WORDS.has(w.word.toLowerCase()));
  if (verb < 0) return null;
  // The name usually follows the verb ("sagte Merz", "a déclaré Emmanuel Macron"), or precedes it
  // ("Merz sagte", "Macron a dit").
  for (let i = verb + 1; i < Math.min(ws.length, verb + 6); i++) {
    const name = nameFrom(ws, i, isGivenName);
    if (name) return name;
  }
  const after = ws[verb + 1]?.word ?? '';
  if (CAPITALISED.test(after) && known.has(after)) return known.get(after)!;
  for (let i = Math.max(0, verb - 5); i < verb; i++) {
    const name = nameFrom(ws, i, isGivenName);
    if (name) return name;
  }
  const before = ws[verb - 1]?.word ?? '';
  if (CAPITALISED.test(before) && known.has(before)) return known.get(before)!;
  return null;
}

export function foreignQuotes(input: ForeignQuoteInput): Quote[] {
  const { text, isGivenName } = input;
  const known = fullNames(text, isGivenName);
  const quotes: Quote[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    const [whole, open, body, close] = m as unknown as [string, string, string, string];
    if (!CLOSERS[open]!.includes(close)) continue;
    const quoted = body.trim().replace(/[,\s]+$/, '');
    if (quoted.split(/\s+/).length < 3) continue; // scare quotes are not statements
    const start = m.index!;
    const end = start + whole.length;
    // The attribution follows the quote to the end of its sentence, or leads into it.
    const after = text.slice(end, end + 100).split(/[.!?\n]/)[0] ?? '';
    const before = text.slice(Math.max(0, start - 100), start).split(/[.!?\n]/).at(-1) ?? '';
    const speaker = speakerIn(after, known, isGivenName) ?? speakerIn(before, known, isGivenName);
    if (speaker) quotes.push({ speaker, text: quoted });
  }
  return quotes;
}
