/**
 * A story's key actors and quotes, from its title and text only (pure):
 *  1. find entities in "title + text" with the on-device model (ner/entities.ts);
 *  2. turn them into mentions, dropping photo credits and fixing types (mentions.ts);
 *  3. merge mentions into actors (merge.ts);
 *  4. attribute quotes to named people (quotes.ts);
 *  5. give each person the clearest role the text states (roles.ts);
 *  6. rank by salience (salience.ts), most important first.
 */
import { recogniseEntities } from '../ner/entities';
import { loadNerModel } from '../ner/load-model';
import type { NerModel } from '../ner/model-codec';
import { attributeQuotes } from '../quotes';
import type { Actor, Quote } from '../types';
import { toMentions } from './mentions';
import { mergeMentions } from './merge';
import { clearestRole, roleCandidates, type RoleCandidate } from './roles';
import { rankActors } from './salience';

export interface ActorsInput {
  title: string;
  text: string;
}

export type ActorsResult = { ok: true; actors: Actor[]; quotes: Quote[] } | { ok: false; reason: string };

export function extractActors(input: ActorsInput, options: { model?: NerModel } = {}): ActorsResult {
  if (!input || typeof input.text !== 'string' || typeof input.title !== 'string') {
    return { ok: false, reason: 'story has no text' };
  }
  try {
    return findActors(input, options.model);
  } catch (error) {
    // Nothing thrown here may reach the popup: report it as a result instead.
    return { ok: false, reason: `actors failed: ${(error as Error).message}` };
  }
}

function findActors(input: ActorsInput, model: NerModel | undefined): ActorsResult {
  const title = input.title.replace(/\s+/g, ' ').trim();
  const combined = title ? `${title}\n\n${input.text}` : input.text;
  const bodyFrom = title ? title.length + 2 : 0;
  const headlineParagraphs = title ? 1 : 0;

  let nerModel = model;
  if (!nerModel) {
    const loaded = loadNerModel();
    if (!loaded.ok) return { ok: false, reason: `entity model: ${loaded.reason}` };
    nerModel = loaded.model;
  }
  const found = recogniseEntities(combined, nerModel);
  if (!found.ok) return found;
  const { sentences, entities } = found;
  const mentions = toMentions(combined, entities, sentences);
  const { groups, groupOf } = mergeMentions(mentions);
  const actorOf = groupOf.map((g) => (g >= 0 ? groups[g]!.name : null));
  const lexicon = nerModel.lexicon;
  const sexOfGivenName = (name: string) => {
    const classes = lexicon.classesOf(name);
    const female = classes.includes('female');
    const male = classes.includes('male');
    return female === male ? null : female ? 'female' : 'male';
  };
  const quotes = attributeQuotes({ text: combined, sentences, mentions, actorOf, from: bodyFrom, sexOfGivenName });

  const candidates: RoleCandidate[][] = groups.map(() => []);
  mentions.forEach((m, i) => {
    const g = groupOf[i]!;
    if (g < 0 || m.type !== 'person') return;
    const names = mentions.filter((o) => o.sentence === m.sentence && o.type === 'person').map((o) => [o.tokenStart, o.tokenEnd] as const);
    candidates[g]!.push(...roleCandidates(combined, sentences[m.sentence]!, m.tokenStart, m.tokenEnd, names));
  });

  const actors = rankActors(
    groups.map((g, gi) => ({
      actor: { name: g.name, type: g.type, role: clearestRole(candidates[gi]!), mentions: g.mentions.length },
      firstOffset: Math.min(...g.mentions.map((m) => m.start)),
      inHeadline: g.mentions.some((m) => m.paragraph < headlineParagraphs),
      inLead: g.mentions.some((m) => m.paragraph === headlineParagraphs),
      inSecondParagraph: g.mentions.some((m) => m.paragraph === headlineParagraphs + 1),
      quotes: quotes.filter((q) => q.speaker === g.name).length,
    })),
  );
  return { ok: true, actors, quotes };
}
