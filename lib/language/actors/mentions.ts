/**
 * Entities -> actor mentions: drops MISC, fixes the entity model's most common confusions for
 * Lede's purpose using the rest of the story, and notes where each mention sits.
 */
import type { Entity } from '../ner/entities';
import type { Sentence } from '../ner/tokenize';
import type { ActorType } from '../types';

export interface Mention {
  /** Cleaned name as written ("Blinken", "White House"). */
  name: string;
  type: ActorType;
  start: number;
  end: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
  /** The entity model's margin for the span (ner/tagger.ts): how sure it was. */
  margin: number;
}

/**
 * Last words that make a place-like name an institution: news copy writes "the White House said",
 * and CoNLL's annotators tagged such names as places about as often as organisations.
 */
const INSTITUTION_HEADS = new Set([
  'house', 'party', 'ministry', 'department', 'council', 'committee', 'commission', 'agency', 'court',
  'congress', 'senate', 'parliament', 'bank', 'university', 'corp', 'corp.', 'inc', 'inc.', 'company',
  'union', 'association', 'administration', 'government', 'office', 'service', 'board', 'assembly',
  'pentagon', 'kremlin', 'bureau', 'authority', 'federation', 'institute', 'foundation', 'army', 'navy',
]);

/** Titles the entity model sometimes pulls into a person's name. */
const LEADING_TITLES =
  /^(?:(?:mr|mrs|ms|miss|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|rev|president|secretary|minister|mayor|governor|senator|councillor|councilor|chancellor|judge|king|queen|prince|princess|sheikh|coach|sir|dame|pope|bishop|cardinal|ambassador|commissioner|chairman|chairwoman|premier|admiral|sergeant|detective|inspector|professor)\.?\s+)+/i;

const TYPE_OF: Record<string, ActorType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

function cleanName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    // "Taylor Swift-themed", "Texas-based": the name without the lower-case word glued to it. Only
    // words of that kind: "Hau-yip" of "Cheuk Hau-yip" and "Jae-in" of "Moon Jae-in" are names.
    .replace(/-(?:\p{Ll}+ed|\p{Ll}+ing|style|era|born|made|run|only|free|friendly|like|esque|wide|centric|bound|sized|shaped|specific|type|class|level|grade|ready|proof|native|inspired|themed)$/u, '')
    // "the Institute." at a sentence end: the period is not part of the name (abbreviations keep theirs).
    .replace(/(\p{L}{4,})\.$/u, '$1')
    .trim();
}

/**
 * Photo credits left in running text, "(Kiyoshi Ota / Pool Photo)", "(AP Photo/Evan Vucci)": the
 * people there took the pictures, they are not in the story.
 */
const CREDIT = /\/|\b(?:photo|photos|photograph|getty|images|reuters|afp|associated press|file|pool|courtesy)\b/i;

function inCredit(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.slice(open, start).includes(')')) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close - open > 120) return false;
  return CREDIT.test(text.slice(open + 1, close));
}

export function toMentions(text: string, entities: readonly Entity[], sentences: readonly Sentence[]): Mention[] {
  // Surnames of people the story names in full ("Trump" of "Donald Trump"), and first words of
  // multi-word organisation names ("Marsh" of "Marsh & McLennan").
  const surnames = new Set<string>();
  const personWords = new Set<string>();
  const organisationHeads = new Set<string>();
  const singlePersonNames = new Set<string>();
  for (const e of entities) {
    if (inCredit(text, e.start, e.end)) continue;
    const words = cleanName(e.text).split(' ');
    if (e.type === 'PER' && words.length === 1) singlePersonNames.add(words[0]!);
    if (e.type === 'PER' && words.length > 1) {
      surnames.add(words[words.length - 1]!);
      for (const w of words) personWords.add(w);
    }
    if (e.type === 'ORG' && words.length > 1) organisationHeads.add(words[0]!);
  }
  const mentions: Mention[] = [];
  for (const e of entities) {
    if (inCredit(text, e.start, e.end)) continue;
    let name = cleanName(e.text);
    let type: ActorType | undefined = TYPE_OF[e.type];
    const words = name.split(' ');
    // "Trump bans": a lone word tagged ORG or MISC that is the surname of someone the story names
    // in full is that person (not places: "Washington", "Jordan").
    if ((e.type === 'ORG' || e.type === 'MISC') && words.length === 1 && surnames.has(name)) type = 'person';
    // "the Biden administration": a lone word tagged MISC (as modifiers usually are) that the story
    // also tags as a person is that person.
    if (e.type === 'MISC' && words.length === 1 && singlePersonNames.has(name)) type = 'person';
    // "Marsh said" after "Marsh & McLennan": a lone word tagged PER that starts an organisation's
    // name and is no part of any full person's name is that organisation's short name.
    if (e.type === 'PER' && words.length === 1 && organisationHeads.has(name) && !personWords.has(name)) type = 'organization';
    if (!type) continue;
    if (type === 'place' && INSTITUTION_HEADS.has(words[words.length - 1]!.toLowerCase()) && words.length > 1) type = 'organization';
    if (type === 'person') name = name.replace(LEADING_TITLES, '');
    if (!/\p{L}/u.test(name)) continue;
    mentions.push({
      name,
      type,
      start: e.start,
      end: e.end,
      sentence: e.sentence,
      tokenStart: e.tokenStart,
      tokenEnd: e.tokenEnd,
      paragraph: sentences[e.sentence]!.paragraph,
      margin: e.margin,
    });
  }
  return withConsistentTypes(mentions);
}

/**
 * One name, one type: the model may call "Alfa Romeo" a person in one sentence and a place in the
 * next; the story means one thing by it. The type most mentions have wins (the first on a tie).
 */
function withConsistentTypes(mentions: Mention[]): Mention[] {
  const votes = new Map<string, Map<ActorType, number>>();
  for (const m of mentions) {
    const v = votes.get(m.name) ?? new Map<ActorType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(m.name, v);
  }
  return mentions.map((m) => {
    let best = m.type;
    let bestCount = 0;
    for (const [type, count] of votes.get(m.name)!) {
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best === m.type ? m : { ...m, type: best };
  });
}
