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
const LEADING_TITLES = /^(?:(?:mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|rev|president|secretary|minister)\.?\s+)+/i;

const TYPE_OF: Record<string, ActorType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

function cleanName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
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
  // Words that name a person somewhere in the story ("Trump" of "Donald Trump").
  const personWords = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PER' || inCredit(text, e.start, e.end)) continue;
    for (const w of cleanName(e.text).split(' ')) personWords.add(w);
  }
  const mentions: Mention[] = [];
  for (const e of entities) {
    if (inCredit(text, e.start, e.end)) continue;
    let name = cleanName(e.text);
    let type: ActorType | undefined = TYPE_OF[e.type];
    const words = name.split(' ');
    // "Trump bans", "the Biden administration": a lone word tagged ORG or MISC that the story uses
    // as a person's name elsewhere is that person (not places: "Washington", "Jordan").
    if ((e.type === 'ORG' || e.type === 'MISC') && words.length === 1 && personWords.has(name)) type = 'person';
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
    });
  }
  return mentions;
}
