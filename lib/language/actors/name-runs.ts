/**
 * A person's name runs on through the capitalised words right after it: the model sometimes stops
 * one word early on names it has never seen ("Kim Jong" of "Kim Jong Un", "Kim Yo" of "Kim Yo
 * Jong"). A person span is extended over following capitalised words that the model left outside
 * any entity (or that it tagged as a person of their own: "Kim Yo" + "Jong"), that are no ordinary words (the lexicon's common words, titles or organisation
 * words), no day or month, and that the text writes nowhere in lower case; and through a particle
 * ("bin", "von", "da") into a person span right after it ("Mohammed" + "bin" + "Rashid Al Maktoum").
 * A place's name starts with a compass word the model made a place of its own ("South" + "China Sea").
 */
import type { Entity } from '../ner/entities';
import type { Lexicon } from '../ner/lexicon';
import type { Sentence } from '../ner/tokenize';

const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight)$/i;
const MAX_NAME_WORDS = 4;
/** Compass words that begin places' names ("South China Sea", "North Dakota", "Western Sahara"). */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|inner|outer)$/i;
/** Lower-case particles inside people's names ("Mohammed bin Rashid", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'du', 'la', 'le', 'ter']);

export function extendPersonNames(text: string, entities: Entity[], sentences: readonly Sentence[], lexicon: Lexicon): Entity[] {
  const lower = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text.toLowerCase());
  const startingAt = new Map(entities.map((e) => [`${e.sentence}:${e.tokenStart}`, e]));
  const absorbed = new Set<Entity>();
  const out = entities.map((e) => {
    if (absorbed.has(e)) return e;
    // "South" + "China Sea": a compass word the model took for a place of its own starts the next place's name.
    if (e.type === 'LOC' && e.tokenEnd - e.tokenStart === 1 && COMPASS.test(e.text)) {
      const next = startingAt.get(`${e.sentence}:${e.tokenEnd}`);
      const tokens = sentences[e.sentence]!.tokens;
      if (next?.type === 'LOC' && tokens[e.tokenEnd]!.start === tokens[e.tokenEnd - 1]!.end + 1) {
        absorbed.add(next);
        return { ...e, tokenEnd: next.tokenEnd, end: next.end, text: text.slice(e.start, next.end), margin: Math.min(e.margin, next.margin) };
      }
    }
    if (e.type !== 'PER') return e;
    const tokens = sentences[e.sentence]!.tokens;
    let end = e.tokenEnd;
    while (end < tokens.length && end - e.tokenStart < MAX_NAME_WORDS) {
      const next = startingAt.get(`${e.sentence}:${end}`);
      // "Mohammed" + "bin" + "Rashid Al Maktoum": a particle of Arabic, Dutch, German, Romance names
      // between two person spans joins them.
      const afterParticle = NAME_PARTICLES.has(tokens[end]!.text) ? startingAt.get(`${e.sentence}:${end + 1}`) : undefined;
      if (!next && afterParticle?.type === 'PER' && afterParticle.tokenEnd - e.tokenStart <= MAX_NAME_WORDS + 3) {
        absorbed.add(afterParticle);
        end = afterParticle.tokenEnd;
        continue;
      }
      if (next) {
        // A one-word person right after this one continues the name.
        if (next.type !== 'PER' || next.tokenEnd - next.tokenStart !== 1 || tokens[end]!.start !== tokens[end - 1]!.end + 1) break;
        absorbed.add(next);
        end++;
        continue;
      }
      const t = tokens[end]!;
      const key = t.text.toLowerCase();
      if (!/^\p{Lu}\p{Ll}*$/u.test(t.text) || t.start !== tokens[end - 1]!.end + 1) break;
      if (DATE_WORDS.test(t.text) || lower.has(key) || lexicon.classesOf(key).some((c) => c === 'common' || c === 'title' || c === 'org')) break;
      end++;
    }
    if (end === e.tokenEnd) return e;
    const last = tokens[end - 1]!;
    return { ...e, tokenEnd: end, end: last.end, text: text.slice(e.start, last.end) };
  });
  return out.filter((e) => !absorbed.has(e));
}
