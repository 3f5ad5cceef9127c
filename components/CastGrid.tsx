import { useState } from 'preact/hooks';
import type { ActorType } from '../lib/settings';
import type { ActorView } from './analysis-view';

/**
 * How many of each type show at a glance. People carry the story and have roles, so they get
 * two-line chips (name, role) in two columns, three rows; organisations and places rarely have a
 * role and get one-line chips after them. Within each type the language stage's order (most
 * important first) is kept.
 */
export const GLANCE_CAST: Record<ActorType, number> = { person: 6, organization: 3, place: 3 };

const TYPE_NAMES: Record<ActorType, string> = { person: 'person', organization: 'organisation', place: 'place' };
const TYPES: ActorType[] = ['person', 'organization', 'place'];

export interface CastGridProps {
  actors: ActorView[];
  heading: string;
  allNamesLabel: string;
  /** Uncertain names, shown untyped in the full list ("Also mentioned"). */
  alsoMentioned?: string[];
  /** The story's language has no trained entity model: say so instead of an empty cast. */
  withheldLang?: string;
  /** Leave roles out (a thread's names are not a story's cast). */
  roles?: boolean;
}

function timesNamed(mentions: number): string {
  return `named ${mentions} ${mentions === 1 ? 'time' : 'times'}`;
}

function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    if (name && name !== lang) return name;
  } catch {
    // An unknown tag: say it as it is.
  }
  return lang || 'this language';
}

function Chip({ actor, roles }: { actor: ActorView; roles: boolean }) {
  const role = roles ? actor.role : '';
  const label = [actor.name, role, `${TYPE_NAMES[actor.type]}, ${timesNamed(actor.mentions)}`].filter(Boolean).join(', ');
  return (
    <li class={`chip chip-${actor.type}${role ? ' chip-role' : ''}`} data-testid="actor" data-actor-type={actor.type} aria-label={label} title={label}>
      <span class="chip-name">{actor.name}</span>
      <span class="chip-count" aria-hidden="true">
        {actor.mentions}×
      </span>
      {role && (
        <span class="chip-role-text" aria-hidden="true">
          {role}
        </span>
      )}
    </li>
  );
}

/**
 * The cast at a glance: the key people (with roles), organisations and places as compact chips,
 * each with how often the story names it; everyone else, and the names the model was unsure of,
 * one click away.
 */
export function CastGrid({ actors, heading, allNamesLabel, alsoMentioned = [], withheldLang, roles = true }: CastGridProps) {
  const [all, setAll] = useState(false);
  if (actors.length === 0 && alsoMentioned.length === 0) {
    if (withheldLang === undefined) return null;
    return (
      <section class="cast" aria-label={heading}>
        <h2>{heading}</h2>
        <p class="cast-withheld" data-testid="actors-withheld">
          Lede’s name finder doesn’t know {languageName(withheldLang)} yet, so it lists no people or places for this page.
        </p>
      </section>
    );
  }
  const byType = TYPES.map((type) => ({ type, list: actors.filter((actor) => actor.type === type) }));
  const shown = byType.map(({ type, list }) => ({ type, list: all ? list : list.slice(0, GLANCE_CAST[type]) }));
  // With no confident names, the uncertain ones are all there is: shown at once.
  const showAlso = all || actors.length === 0;
  const people = shown[0].list;
  // Organisations and places share one row of one-line chips: they seldom have roles.
  const others = [...shown[1].list, ...shown[2].list];
  const hiddenCount = actors.length - shown.reduce((sum, { list }) => sum + list.length, 0) + (showAlso ? 0 : alsoMentioned.length);
  return (
    <section class="cast" aria-label={heading}>
      <h2>{heading}</h2>
      {people.length > 0 && (
        <ul class="chips chips-person" aria-label="People">
          {people.map((actor) => (
            <Chip actor={actor} roles={roles} key={actor.name} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul class="chips chips-other" aria-label="Organisations and places">
          {others.map((actor) => (
            <Chip actor={actor} roles={roles} key={actor.name} />
          ))}
        </ul>
      )}
      {showAlso && alsoMentioned.length > 0 && (
        <p class="also-mentioned" data-testid="also-mentioned">
          <span class="also-label">Also mentioned: </span>
          {alsoMentioned.join(', ')}
        </p>
      )}
      {(hiddenCount > 0 || all) && (
        <button type="button" class="link more" data-testid="cast-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Fewer names' : `${allNamesLabel} (${hiddenCount} more)`}
        </button>
      )}
    </section>
  );
}
