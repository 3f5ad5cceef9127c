import type { ActorType } from '../lib/settings';

/**
 * What the views need from the language stage. The stage is being filled in while the UI is
 * built, so its output is read defensively: anything missing or malformed is left out, never shown.
 */
export interface ActorView {
  name: string;
  type: ActorType;
  role: string;
  mentions: number;
}

export interface QuoteView {
  text: string;
  speaker: string;
}

export interface AnalysisView {
  summary: string[];
  /** Where the summary came from, when that is worth saying (built-in model, or why not). */
  summaryNote?: string;
  actors: ActorView[];
  quotes: QuoteView[];
  /** Names the entity model was unsure of: shown untyped, under "Also mentioned" (TEAM.md contract). */
  alsoMentioned?: string[];
  /** No typed actors because the story's language is not one the model was trained for. */
  actorsWithheld?: { reason: 'language'; lang: string };
}

const ACTOR_TYPES = new Set<string>(['person', 'organization', 'place']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function toAnalysisView(analysis: unknown): AnalysisView {
  const input = isRecord(analysis) ? analysis : {};
  const summary = Array.isArray(input.summary) ? input.summary.map(text).filter(Boolean) : [];
  const actors: ActorView[] = [];
  if (Array.isArray(input.actors)) {
    for (const actor of input.actors) {
      if (!isRecord(actor) || !text(actor.name) || !ACTOR_TYPES.has(String(actor.type))) continue;
      const mentions = typeof actor.mentions === 'number' && actor.mentions > 0 ? Math.round(actor.mentions) : 1;
      actors.push({ name: text(actor.name), type: actor.type as ActorType, role: text(actor.role), mentions });
    }
  }
  const quotes: QuoteView[] = [];
  if (Array.isArray(input.quotes)) {
    for (const quote of input.quotes) {
      if (!isRecord(quote)) continue;
      const body = text(quote.text) || text(quote.quote);
      if (body) quotes.push({ text: body, speaker: text(quote.speaker) || text(quote.by) || text(quote.actor) });
    }
  }
  const view: AnalysisView = { summary, actors, quotes };
  if (Array.isArray(input.alsoMentioned)) {
    const typed = new Set(actors.map((actor) => actor.name));
    const names = [...new Set(input.alsoMentioned.map(text).filter((name) => name && !typed.has(name)))];
    if (names.length) view.alsoMentioned = names;
  }
  const withheld = isRecord(input.actorsWithheld) ? input.actorsWithheld : null;
  if (withheld && withheld.reason === 'language') view.actorsWithheld = { reason: 'language', lang: text(withheld.lang) };
  return view;
}

/** Actors of the types the user chose to see, in the order the language stage ranked them. */
export function visibleActors(actors: ActorView[], shown: Record<ActorType, boolean>): ActorView[] {
  return actors.filter((actor) => shown[actor.type]);
}
