/**
 * Who said what: quotations with an attribution beside them, in the same sentence —
 * "“…,” Blinken said", "“…,” said Blinken", "Blinken said: “…”", and "“…,” she said", where the
 * pronoun goes to the person the story was just talking about (the first person named in the
 * sentence, else in the nearest sentence before it that names one), else to the last named speaker.
 * Quotes whose speaker is not a named person ("the official said") are left out: Lede lists
 * quotes under actors.
 */
import type { Sentence } from './ner/tokenize';
import type { Mention } from './actors/mentions';
import type { Quote } from './types';

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|declared|warned|warns|explained|noted|insisted|argued|tweeted|posted|replied|responded|continued|recalled|acknowledged|admitted|announced|cautioned|conceded|emphasized|emphasised|stressed';
const QUOTE = /[“"]([^“”"\n]{2,2000}?)[”"]/g;
const AFTER_SPEAKER_VERB = new RegExp(String.raw`^\s*,?\s*([^,.;!?“”"\n]{1,80}?)\s+(?:${SPEECH_VERBS})\b`);
const AFTER_VERB_SPEAKER = new RegExp(String.raw`^\s*,?\s*(?:${SPEECH_VERBS})\s+([^,.;!?“”"\n]{1,80}?)\s*(?:[,.;!?]|$)`);
const BEFORE_SPEAKER_VERB = new RegExp(String.raw`([^,.;!?“”"\n]{1,80}?)\s+(?:${SPEECH_VERBS})(?:\s+[\p{Ll}]+){0,3}\s*[,:]?\s*$`, 'u');
const PRONOUNS = new Set(['he', 'she']);

export interface QuoteInput {
  text: string;
  sentences: readonly Sentence[];
  /** Person and other mentions in text order, with their actor names (null: not resolved). */
  mentions: readonly Mention[];
  actorOf: readonly (string | null)[];
  /** Character offset where quotes may start (after the headline). */
  from: number;
  /** The sex a given name is usually given to, when the name lists say so; none when unsure. */
  sexOfGivenName?: (name: string) => 'female' | 'male' | null;
}

export function attributeQuotes(input: QuoteInput): Quote[] {
  const { text, sentences, mentions, actorOf, from, sexOfGivenName } = input;
  const people = mentions.map((m, i) => ({ m, actor: actorOf[i] })).filter((p) => p.m.type === 'person' && p.actor);
  const personIn = (start: number, end: number) => people.find((p) => p.m.start >= start && p.m.end <= end)?.actor ?? null;
  const sentenceAt = (offset: number) => {
    let idx = 0;
    sentences.forEach((s, i) => {
      if (s.start <= offset) idx = i;
    });
    return idx;
  };
  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;

  // "she" cannot be a person whose given name is a man's, nor "he" a woman's (when the lists know).
  const fits = (actor: string, pronoun: string) => {
    const sex = sexOfGivenName?.(actor.split(' ')[0]!) ?? null;
    return !sex || (pronoun === 'she' ? sex === 'female' : sex === 'male');
  };
  const resolvePronoun = (quoteStart: number, pronoun: string): string | null => {
    const si = sentenceAt(quoteStart);
    const inSentence = people.find((p) => p.m.sentence === si && p.m.start < quoteStart && fits(p.actor!, pronoun));
    if (inSentence) return inSentence.actor!;
    for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
      const first = people.find((p) => p.m.sentence === k && fits(p.actor!, pronoun));
      if (first) return first.actor!;
    }
    return lastSpeaker && fits(lastSpeaker, pronoun) ? lastSpeaker : null;
  };

  const speakerOf = (phrase: string, start: number, quoteStart: number): string | null => {
    const named = personIn(start, start + phrase.length);
    if (named) return named;
    const pronoun = phrase.trim().toLowerCase();
    if (PRONOUNS.has(pronoun)) return resolvePronoun(quoteStart, pronoun);
    return null;
  };

  for (const match of text.matchAll(QUOTE)) {
    const qs = match.index!;
    const qe = qs + match[0].length;
    if (qs < from) continue;
    const body = match[1]!.trim().replace(/[,\s]+$/, '');
    if (body.split(/\s+/).length < 3) continue; // scare quotes ("taking stock") are not statements
    let speaker: string | null = null;
    const after = text.slice(qe, qe + 120);
    const a = AFTER_SPEAKER_VERB.exec(after);
    if (a) speaker = speakerOf(a[1]!, qe + a[0].indexOf(a[1]!), qs);
    if (!speaker) {
      const b = AFTER_VERB_SPEAKER.exec(after);
      if (b) speaker = speakerOf(b[1]!, qe + b[0].lastIndexOf(b[1]!), qs);
    }
    if (!speaker) {
      const windowStart = Math.max(from, qs - 150);
      const before = text.slice(windowStart, qs);
      const c = BEFORE_SPEAKER_VERB.exec(before);
      if (c) speaker = speakerOf(c[1]!, windowStart + c.index + c[0].indexOf(c[1]!), qs);
    }
    if (!speaker) continue;
    lastSpeaker = speaker;
    quotes.push({ speaker, text: body });
  }
  return quotes;
}
