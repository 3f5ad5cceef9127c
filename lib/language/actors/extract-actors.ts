/**
 * A story's key actors and quotes, from its title and blocks only (pure):
 *  0. the story's language: the entity model reads English only; on other pages no typed actors
 *     are given (`withheld`) and quotes are found by their marks and named speakers (foreign-quotes.ts);
 *  1. choose what to tag (prose-blocks.ts): prose, titles (counted only when the prose confirms
 *     them), never tables, code, references or credits;
 *  2. find entities with the on-device model (ner/entities.ts);
 *  3. turn them into mentions, dropping photo credits and fixing types (mentions.ts);
 *  4. merge mentions into actors (merge.ts);
 *  5. attribute quotes to named people (quotes.ts);
 *  6. give each person the clearest role the text states (roles.ts);
 *  7. keep the actors the story gives evidence for (evidence.ts); the others are only "also mentioned";
 *  8. rank by salience (salience.ts), most important first.
 */
import type { StoryBlock } from '../../story/types';
import { storyLanguage } from '../detect-language';
import { foreignQuotes } from '../foreign-quotes';
import { recogniseEntities } from '../ner/entities';
import type { Sentence } from '../ner/tokenize';
import { MORE_GIVEN_NAMES } from '../ner/lexicon-lists';
import { loadNerModel } from '../ner/load-model';
import type { NerModel } from '../ner/model-codec';
import { attributeQuotes } from '../quotes';
import type { Actor, ActorType, Quote } from '../types';
import { actorEvidence } from './evidence';
import { toMentions, type Mention } from './mentions';
import { mergeMentions } from './merge';
import { extendPersonNames } from './name-runs';
import { storyBlocksForTagging, type TaggedBlock } from './prose-blocks';
import { clearestRole, roleCandidates, type RoleCandidate } from './roles';
import { rankActors } from './salience';

export interface ActorsInput {
  title: string;
  text: string;
  /** The story's blocks; without them, the text split on blank lines. */
  blocks?: readonly StoryBlock[];
  /** The page's declared language (BCP 47), if any. */
  lang?: string;
}

export interface ActorsFound {
  ok: true;
  /** Actors the story gives evidence for, most important first. */
  actors: Actor[];
  /** Names found with less evidence, shown without a type; most important first. */
  alsoMentioned: string[];
  quotes: Quote[];
  /** Set when the story's language is not one the entity model was trained for. */
  withheld?: { reason: 'language'; lang: string };
}

export type ActorsResult = ActorsFound | { ok: false; reason: string };

/** Languages the entity model was trained for. */
const MODEL_LANGUAGES = new Set(['en']);

export interface ActorsOptions {
  model?: NerModel;
  /** Attach to each actor and also-mentioned name the evidence that placed it (for debugging). */
  explain?: (name: string, listed: boolean, reasons: string[]) => void;
}

export function extractActors(input: ActorsInput, options: ActorsOptions = {}): ActorsResult {
  if (!input || typeof input.text !== 'string' || typeof input.title !== 'string') {
    return { ok: false, reason: 'story has no text' };
  }
  try {
    return findActors(input, options);
  } catch (error) {
    // Nothing thrown here may reach the popup: report it as a result instead.
    return { ok: false, reason: `actors failed: ${(error as Error).message}` };
  }
}

const MORE_GIVEN = new Set(MORE_GIVEN_NAMES);

function findActors(input: ActorsInput, options: ActorsOptions): ActorsResult {
  let nerModel = options.model;
  if (!nerModel) {
    const loaded = loadNerModel();
    if (!loaded.ok) return { ok: false, reason: `entity model: ${loaded.reason}` };
    nerModel = loaded.model;
  }
  const lexicon = nerModel.lexicon;
  const isGivenName = (word: string) => {
    const lower = word.toLowerCase();
    return MORE_GIVEN.has(lower) || lexicon.classesOf(lower).some((c) => c === 'given' || c === 'male' || c === 'female');
  };

  const lang = storyLanguage(input.lang, `${input.title}\n\n${input.text}`);
  if (!MODEL_LANGUAGES.has(lang)) {
    return { ok: true, actors: [], alsoMentioned: [], quotes: foreignQuotes({ text: input.text, isGivenName }), withheld: { reason: 'language', lang } };
  }

  const blocks = storyBlocksForTagging(input.title, input.blocks, input.text);
  const text = blocks.map((b) => b.text).join('\n\n');
  const found = recogniseEntities(text, nerModel);
  if (!found.ok) return found;
  const { sentences } = found;
  const entities = extendPersonNames(text, found.entities, sentences, lexicon);
  const mentions = confirmedByProse(toMentions(text, entities, sentences), blocks);
  const { groups, groupOf } = mergeMentions(mentions);
  const actorOf = groupOf.map((g) => (g >= 0 ? groups[g]!.name : null));
  const sexOfGivenName = (name: string) => {
    const classes = lexicon.classesOf(name);
    const female = classes.includes('female');
    const male = classes.includes('male');
    return female === male ? null : female ? 'female' : 'male';
  };
  const bodyFrom = blocks[0]?.headline ? blocks[0].text.length + 2 : 0;
  const quotes = attributeQuotes({ text, sentences, mentions, actorOf, from: bodyFrom, sexOfGivenName });

  const candidates: RoleCandidate[][] = groups.map(() => []);
  mentions.forEach((m, i) => {
    const g = groupOf[i]!;
    if (g < 0 || m.type !== 'person') return;
    const names = mentions.filter((o) => o.sentence === m.sentence && o.type === 'person').map((o) => [o.tokenStart, o.tokenEnd] as const);
    candidates[g]!.push(...roleCandidates(text, sentences[m.sentence]!, m.tokenStart, m.tokenEnd, names));
  });

  // Prose paragraphs in order: the first is the lead.
  const proseIndex = new Map<number, number>();
  blocks.forEach((b, i) => {
    if (b.role === 'prose') proseIndex.set(i, proseIndex.size);
  });
  const subjects = subjectSentences(mentions, groupOf, sentences);
  const organisationWords = new Set(mentions.filter((m) => m.type === 'organization').map((m) => m.name.split(/\s+/)[0]!.toLowerCase()));
  // The story's organisations by first word: "Google" and "Google Analytics" share "google".
  const organisationsByFirstWord = new Map<string, Set<string>>();
  // Every actor's name by first word, with its type: "Google" (whatever the model called it) and "Google Docs".
  const namesByFirstWord = new Map<string, Map<string, ActorType>>();
  for (const g of groups) {
    const first = g.name.split(/\s+/)[0]!.toLowerCase();
    namesByFirstWord.set(first, (namesByFirstWord.get(first) ?? new Map()).set(g.name, g.type));
    if (g.type !== 'organization') continue;
    organisationsByFirstWord.set(first, (organisationsByFirstWord.get(first) ?? new Set()).add(g.name));
  }
  const nameTokens = new Map<string, ActorType>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) nameTokens.set(`${m.sentence}:${k}`, m.type);
  const ranked = rankActors(
    groups.map((g, gi) => {
      const role = clearestRole(candidates[gi]!);
      const proseParagraphs = g.mentions.map((m) => proseIndex.get(m.paragraph) ?? Infinity);
      const firstProse = Math.min(...proseParagraphs);
      const evidence = actorEvidence({ group: g, role, sentences, lexicon, quoted: quotes.some((q) => q.speaker === g.name), inProse: (p) => blocks[p]?.role === 'prose', organisationWords, organisationsByFirstWord, namesByFirstWord, nameTokens });
      return {
        actor: { name: g.name, type: evidence.type ?? g.type, role, mentions: g.mentions.length },
        firstOffset: Math.min(...g.mentions.map((m) => m.start)),
        inHeadline: g.mentions.some((m) => blocks[m.paragraph]?.headline === true),
        firstProseParagraph: Number.isFinite(firstProse) ? firstProse : -1,
        subjectSentences: subjects[gi] ?? 0,
        quotes: quotes.filter((q) => q.speaker === g.name).length,
        evidence,
      };
    }),
  );
  for (const r of ranked) options.explain?.(`${r.actor.name} [${r.actor.type}]`, r.evidence.confident, r.evidence.reasons ?? (r.evidence.isName ? [] : ['not a name']));
  return {
    ok: true,
    actors: ranked.filter((r) => r.evidence.confident).map((r) => r.actor),
    alsoMentioned: ranked.filter((r) => !r.evidence.confident && r.evidence.isName).map((r) => r.actor.name),
    quotes,
  };
}

/**
 * Names found in title-like blocks (headline, headings, Title-Case lines) count only when the prose
 * names them too: the same name, a shorter form of it ("Blinken" for "Antony Blinken") or a fuller
 * one. Title Case makes every word look like a name.
 */
function confirmedByProse(mentions: Mention[], blocks: readonly TaggedBlock[]): Mention[] {
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const proseNames = mentions.filter((m) => blocks[m.paragraph]?.role === 'prose').map((m) => words(m.name));
  const within = (short: string[], long: string[]) => {
    for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => w === long[i + k])) return true;
    return false;
  };
  return mentions.filter((m) => {
    if (blocks[m.paragraph]?.role === 'prose') return true;
    const w = words(m.name);
    // The prose has this name or a fuller one; or a full name (two words or more) of its own in it.
    return proseNames.some((p) => within(w, p) || (p.length >= 2 && within(p, w)));
  });
}

const SAYING = /^(?:said|says|told|added|asked|warned|wrote|argued|insisted|explained|announced)$/i;
const SKIPPABLE_OPENERS = /^(?:["“‘'(]|but|and|so|yet|then|now|still|also|meanwhile|however|thus)$/i;
const SUBJECT_PRONOUN = /^(?:he|she)$/i;

/**
 * Per group, the sentences whose subject it is: its name opens the sentence (after "But", a quote
 * mark...), or stands right before a verb of saying; and a sentence opened by "he"/"she" belongs
 * to the person who was the subject of the sentence before it.
 */
function subjectSentences(mentions: readonly Mention[], groupOf: readonly number[], sentences: readonly Sentence[]): number[] {
  const counts: number[] = [];
  const subjectOf = new Map<number, number>();
  mentions.forEach((m, i) => {
    const g = groupOf[i]!;
    if (g < 0 || subjectOf.has(m.sentence)) return;
    const tokens = sentences[m.sentence]!.tokens;
    let first = 0;
    while (first < m.tokenStart && SKIPPABLE_OPENERS.test(tokens[first]!.text)) first++;
    const opens = m.tokenStart === first;
    const saying = SAYING.test(tokens[m.tokenEnd]?.text ?? '');
    if (opens || saying) subjectOf.set(m.sentence, g);
  });
  sentences.forEach((s, si) => {
    const g = subjectOf.get(si);
    if (g !== undefined) counts[g] = (counts[g] ?? 0) + 1;
    else if (SUBJECT_PRONOUN.test(s.tokens[0]?.text ?? '') && subjectOf.has(si - 1)) {
      const prev = subjectOf.get(si - 1)!;
      if (mentions.some((m, i) => groupOf[i] === prev && m.type === 'person')) {
        counts[prev] = (counts[prev] ?? 0) + 1;
        subjectOf.set(si, prev);
      }
    }
  });
  return counts;
}
