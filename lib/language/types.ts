/** Shared result types of the language half (actors and quotes), used by analyse-story and the popup. */

export type ActorType = 'person' | 'organization' | 'place';

export interface Actor {
  /** The fullest name the story uses ("Antony Blinken", not "Blinken"). */
  name: string;
  type: ActorType;
  /** The role the story gives, as written ("Secretary of State"); empty when it gives none. */
  role: string;
  /** How many times the story (headline included) names this actor, all forms counted. */
  mentions: number;
}

export interface Quote {
  /** The speaker's actor name. */
  speaker: string;
  /** The quoted words, without the quotation marks. */
  text: string;
}
