/**
 * Salience: how central an actor is to the story, from where and how the story names it rather
 * than from raw counts (a name repeated in passing is not the story's subject):
 * - where it is first named: news puts its principals in the headline and the first paragraphs
 *   (the inverted pyramid), so the lead counts most and later first appearances less and less;
 * - how: as the subject of sentences (including "he"/"she" opening the next sentence), as a quoted
 *   speaker, introduced with a role;
 * - how often, on a log scale.
 * People weigh more than organisations, and organisations more than places, because Lede answers
 * "who is this story about".
 */
import type { Actor, ActorType } from '../types';

export interface SalienceInput {
  actor: Actor;
  /** Where the actor is first named: earlier wins ties. */
  firstOffset: number;
  inHeadline: boolean;
  /** Index among the story's prose paragraphs of the first that names the actor (0: the lead); -1 if none. */
  firstProseParagraph: number;
  /** Sentences whose subject is this actor (named first, or named before a verb of saying, or "he"/"she" after it). */
  subjectSentences: number;
  quotes: number;
}

const TYPE_WEIGHT: Record<ActorType, number> = { person: 1, organization: 0.8, place: 0.6 };

/** Weight of being first named in the n-th prose paragraph: the lead most, then less and less. */
function positionWeight(n: number): number {
  if (n < 0) return 0;
  return [5, 4, 3, 2, 1.5][n] ?? (n < 10 ? 1 : 0.5);
}

export function salience(x: SalienceInput): number {
  const base =
    (x.inHeadline ? 3 : 0) +
    positionWeight(x.firstProseParagraph) +
    0.5 * Math.min(x.subjectSentences, 4) +
    (x.quotes > 0 ? 1 + 0.5 * Math.min(x.quotes - 1, 2) : 0) +
    // A role the text states marks someone the story introduces on purpose.
    (x.actor.role ? 1.5 : 0) +
    Math.log2(1 + x.actor.mentions);
  return base * TYPE_WEIGHT[x.actor.type];
}

export function rankActors<X extends SalienceInput>(inputs: readonly X[]): X[] {
  return inputs
    .map((x) => ({ x, score: salience(x) }))
    .sort((a, b) => b.score - a.score || a.x.firstOffset - b.x.firstOffset)
    .map(({ x }) => x);
}
