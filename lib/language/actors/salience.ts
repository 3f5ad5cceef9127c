/**
 * Salience: how central an actor is to the story. Counts mentions, with bonuses for being in the
 * headline and the first two paragraphs (news puts the point first), for being quoted, and for
 * having a stated role; people weigh more than organisations, and organisations more than places, because
 * Lede answers "who is this story about".
 */
import type { Actor, ActorType } from '../types';

export interface SalienceInput {
  actor: Actor;
  /** Where the actor is first named: earlier wins ties. */
  firstOffset: number;
  inHeadline: boolean;
  /** Named in the first paragraph of the text (the lead). */
  inLead: boolean;
  /** Named in the second paragraph: wire stories often name the other side there. */
  inSecondParagraph: boolean;
  quotes: number;
}

const TYPE_WEIGHT: Record<ActorType, number> = { person: 1, organization: 0.8, place: 0.6 };

export function salience(x: SalienceInput): number {
  const base =
    x.actor.mentions +
    (x.inHeadline ? 3 : 0) +
    (x.inLead ? 2 : x.inSecondParagraph ? 1 : 0) +
    1.5 * Math.min(x.quotes, 3) +
    // A role the text states marks someone the story introduces on purpose.
    (x.actor.role ? 2 : 0);
  return base * TYPE_WEIGHT[x.actor.type];
}

export function rankActors(inputs: readonly SalienceInput[]): Actor[] {
  return inputs
    .map((x) => ({ x, score: salience(x) }))
    .sort((a, b) => b.score - a.score || a.x.firstOffset - b.x.firstOffset)
    .map(({ x }) => x.actor);
}
