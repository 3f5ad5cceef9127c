/**
 * Roles from the text around a person's name, three patterns news copy uses:
 * - title before the name: "Secretary of State Antony Blinken", "State Councilor Wang Yi",
 *   "White House press secretary Jen Psaki", "Defense Secretary Lloyd Austin", "Gov. Mike Dunleavy";
 * - appositive after the name: "Antony Blinken, U.S. secretary of state, said";
 * - appositive before the name: "the foreign affairs chief of the Chinese Communist Party, Yang Jiechi".
 * A role must contain a role word (ROLE_HEADS); appositives are preferred to titles, being the
 * story's own description, then the fuller phrase.
 */
import type { Sentence, Token } from '../ner/tokenize';

/** Nouns that head a role phrase. Hand-written for Lede from common news usage. */
export const ROLE_HEADS = new Set([
  'secretary', 'adviser', 'advisor', 'councilor', 'councillor', 'president', 'vice-president', 'minister',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'director', 'official', 'governor', 'senator',
  'leader', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ambassador', 'envoy', 'general', 'king',
  'queen', 'prince', 'princess', 'premier', 'chancellor', 'mayor', 'judge', 'justice', 'commander',
  'head', 'executive', 'ceo', 'founder', 'manager', 'coach', 'captain', 'analyst', 'economist',
  'professor', 'lawyer', 'attorney', 'sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother',
  'father', 'dictator', 'deputy', 'representative', 'candidate', 'nominee', 'member', 'aide', 'officer',
  'strategist', 'correspondent', 'editor', 'administrator', 'commissioner', 'treasurer', 'speaker',
  'lawmaker', 'legislator', 'diplomat', 'negotiator', 'czar', 'pope', 'bishop', 'cardinal', 'owner',
  'partner', 'superintendent', 'inspector', 'prosecutor', 'sheriff', 'emperor', 'sultan', 'sheikh',
  'counselor', 'counsellor', 'president-elect', 'rep.', 'sen.', 'gov.', 'gen.', 'dr.', 'lt.', 'col.',
  'sgt.', 'capt.', 'adm.', 'prof.', 'rev.', 'supt.', 'cmdr.', 'maj.',
  // Sport, arts, work: "senior guard Maya White", "novelist Ann Patchett".
  'guard', 'forward', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'pitcher', 'winger', 'player',
  'author', 'writer', 'novelist', 'poet', 'actor', 'actress', 'singer', 'musician', 'artist', 'director', 'producer',
  'researcher', 'scientist', 'physician', 'doctor', 'nurse', 'teacher', 'student', 'farmer', 'resident', 'activist',
  'journalist', 'reporter', 'photographer', 'architect', 'engineer', 'entrepreneur', 'investor', 'historian',
]);

/** Lower-case words that may stand before a role head in a title ("national security adviser"). */
const ROLE_MODIFIERS = new Set([
  'national', 'security', 'press', 'foreign', 'defense', 'defence', 'prime', 'vice', 'deputy', 'senior',
  'former', 'chief', 'top', 'state', 'assistant', 'general', 'executive', 'first', 'acting', 'interim',
  'associate', 'economic', 'trade', 'finance', 'health', 'homeland', 'affairs', 'policy', 'military',
  'political', 'communications', 'special', 'presidential', 'attorney', 'supreme', 'lead', 'principal',
  'incoming', 'outgoing', 'retired', 'longtime', 'veteran', 'managing', 'public', 'intelligence',
  'energy', 'treasury', 'commerce', 'labor', 'labour', 'education', 'transportation', 'agriculture',
  'interior', 'justice', 'environment', 'climate', 'opposition', 'party', 'house', 'majority',
  'minority', 'team', 'head', 'crown', 'grand', 'district', 'county', 'city', 'federal',
  'regional', 'provincial', 'independent', 'democratic', 'republican', 'conservative', 'liberal',
  'labor', 'army', 'navy', 'air', 'force', 'police', 'fire', 'medical', 'science', 'technology',
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Capitalised only because they open a sentence: never part of a title. */
const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'with', 'but', 'and', 'or', 'after', 'before', 'as', 'when', 'while', 'for', 'from', 'to', 'by', 'of', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'it', 'we', 'i', 'if', 'so', 'then', 'thus', 'meanwhile']);
/** "On Tuesday Foreign Secretary Jack Straw": days and months are never part of a title. */
const DATE_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|Today|Yesterday|Tomorrow)$/;
/** Words that, right before a determiner, show the determiner is inside a longer phrase. */
const PHRASE_INTERNAL = new Set(['of', "'s", '’s', 'for', 'to', 'in', 'on', 'at', 'from', 'by']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'warned', 'explained', 'noted', 'argued', 'insisted', 'stated']);
/** Words that open a clause, not a description, after "Name,". */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom', 'and', 'but', 'or', 'said', 'says', 'told', 'added', 'he', 'she', 'they', 'it', 'however', 'though', 'although', 'when', 'while', 'as', 'if']);

export type RoleKind = 'appositive' | 'title';

export interface RoleCandidate {
  text: string;
  kind: RoleKind;
  words: number;
}

function lower(token: Token): string {
  return token.norm.toLowerCase();
}

function isHead(token: Token): boolean {
  return ROLE_HEADS.has(lower(token));
}

function isCapitalisedWord(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function isPunctuation(token: Token): boolean {
  return !/[\p{L}\p{N}]/u.test(token.text);
}

/** Token ranges [start, end) of people's names in the sentence, so no role swallows a name. */
export type NameRanges = readonly (readonly [number, number])[];

function inName(names: NameRanges, k: number): boolean {
  return names.some(([s, e]) => k >= s && k < e);
}

function phraseText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/**
 * When tokens[at - 1] is a possessive "'s" after one to three capitalised words ("North Korea 's"),
 * the index of the first of those words; else -1.
 */
function possessorStart(t: readonly Token[], at: number): number {
  if (at < 2 || t[at - 1]!.norm !== "'s") return -1;
  let k = at - 2;
  if (!isCapitalisedWord(t[k]!)) return -1;
  while (k - 1 >= 0 && at - 2 - (k - 1) < 3 && isCapitalisedWord(t[k - 1]!) && !DETERMINERS.has(lower(t[k - 1]!)) && !FUNCTION_WORDS.has(lower(t[k - 1]!))) k--;
  return k;
}

/** "Secretary of State Antony Blinken" -> "Secretary of State". */
function titleBefore(text: string, s: Sentence, start: number, names: NameRanges): RoleCandidate | null {
  const t = s.tokens;
  let head = start - 1;
  if (head < 0) return null;
  if (!isHead(t[head]!)) {
    // "<head> of <Capitalised words>": "Secretary of State", "Minister of Foreign Affairs".
    let k = head;
    while (k >= 0 && k > head - 3 && isCapitalisedWord(t[k]!) && !inName(names, k)) k--;
    if (k === head || k < 1 || lower(t[k]!) !== 'of' || !isHead(t[k - 1]!)) return null;
    head = k - 1;
  }
  let from = head;
  while (from - 1 >= 0 && head - from < 5) {
    const tok = t[from - 1]!;
    if (inName(names, from - 1) || isPunctuation(tok)) break;
    const w = lower(tok);
    const modifier = ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w);
    const capitalised = isCapitalisedWord(tok) && !DETERMINERS.has(w) && !FUNCTION_WORDS.has(w) && !DATE_WORDS.test(tok.text);
    if (!modifier && !capitalised) break;
    from--;
  }
  // "North Korea’s leader Kim Jong Un": the possessor belongs to the role.
  const owner = possessorStart(t, from);
  if (owner >= 0) from = owner;
  const words = start - from;
  return { text: phraseText(text, t, from, start), kind: 'title', words };
}

/** "Antony Blinken, U.S. secretary of state, speaks" -> "U.S. secretary of state". */
function appositiveAfter(text: string, s: Sentence, end: number, names: NameRanges): RoleCandidate | null {
  const t = s.tokens;
  if (t[end]?.text !== ',') return null;
  let k = end + 1;
  if (k < t.length && CLAUSE_OPENERS.has(lower(t[k]!))) return null;
  let from = k;
  if (k < t.length && DETERMINERS.has(lower(t[k]!)) && lower(t[k]!) !== 'his' && lower(t[k]!) !== 'her') from = k + 1;
  let hasHead = false;
  for (; k < t.length; k++) {
    const tok = t[k]!;
    if ([',', ';', '.', '(', ')', ':', '--', '"'].includes(tok.norm)) break;
    // "Mark Serwotka, leader of the PCS union said": the verb ends the description.
    if (SPEECH_VERBS.has(lower(tok))) break;
    if (inName(names, k)) return null;
    if (isHead(tok)) hasHead = true;
  }
  const to = k;
  if (!hasHead || to <= from || to - from > 12) return null;
  return { text: phraseText(text, t, from, to), kind: 'appositive', words: to - from };
}

/** "the foreign affairs chief of the Chinese Communist Party, Yang Jiechi" -> "foreign affairs chief of ...". */
function appositiveBefore(text: string, s: Sentence, start: number, names: NameRanges): RoleCandidate | null {
  const t = s.tokens;
  if (start < 2 || t[start - 1]?.text !== ',') return null;
  let k = start - 2;
  let from = -1;
  let hasHead = false;
  let textFrom = -1;
  for (; k >= 0 && start - 1 - k <= 12; k--) {
    const tok = t[k]!;
    if (tok.norm === "'s") {
      // "Japan’s foreign minister, Toshimitsu Motegi": a possessor opens the phrase.
      const owner = possessorStart(t, k + 1);
      if (owner >= 0 && (owner === 0 || !['of', "'s"].includes(lower(t[owner - 1]!)))) {
        from = owner;
        textFrom = owner;
        break;
      }
      continue;
    }
    if (inName(names, k)) return null;
    if (isPunctuation(tok)) return null;
    if (isHead(tok)) hasHead = true;
    if (DETERMINERS.has(lower(tok)) && (k === 0 || !PHRASE_INTERNAL.has(lower(t[k - 1]!)))) {
      from = k;
      textFrom = k + 1;
      break;
    }
  }
  if (from < 0 || !hasHead) return null;
  // The phrase must follow a clause edge: start of sentence, a comma, a conjunction or a preposition.
  const before = from > 0 ? lower(t[from - 1]!) : '';
  if (before && !/^(?:,|and|or|with|to|by|from|of|as|including|between|:|--)$/.test(before)) return null;
  return { text: phraseText(text, t, textFrom, start - 1), kind: 'appositive', words: start - 1 - textFrom };
}

/** Role phrases for a person's name at tokens [start, end) of a sentence. */
export function roleCandidates(text: string, sentence: Sentence, start: number, end: number, names: NameRanges): RoleCandidate[] {
  return [
    titleBefore(text, sentence, start, names),
    appositiveAfter(text, sentence, end, names),
    appositiveBefore(text, sentence, start, names),
  ].filter((c): c is RoleCandidate => c !== null && c.words > 0);
}

/** The clearest role: the story's own description (appositive) over a title, then the fuller one. */
export function clearestRole(candidates: readonly RoleCandidate[]): string {
  let best: RoleCandidate | null = null;
  for (const c of candidates) {
    if (!best) best = c;
    else if (c.kind !== best.kind) {
      if (c.kind === 'appositive') best = c;
    } else if (c.words > best.words) best = c;
  }
  return best?.text ?? '';
}
