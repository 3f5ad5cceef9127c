import { useState } from 'preact/hooks';
import type { ActorType } from '../lib/settings';
import type { ActorView } from './analysis-view';

const GROUPS: { type: ActorType; heading: string }[] = [
  { type: 'person', heading: 'People' },
  { type: 'organization', heading: 'Organisations' },
  { type: 'place', heading: 'Places' },
];

export interface ActorListProps {
  actors: ActorView[];
  /** Actors shown per group before "N more" (the language stage ranks them, key ones first). */
  perGroup?: number;
}

/** Key actors grouped as people, organisations and places, each with role and mention count. */
export function ActorList({ actors, perGroup = 5 }: ActorListProps) {
  const [expanded, setExpanded] = useState<Partial<Record<ActorType, boolean>>>({});
  if (actors.length === 0) return null;
  return (
    <section class="actors" aria-label="Key actors">
      {GROUPS.map(({ type, heading }) => {
        const group = actors.filter((actor) => actor.type === type);
        if (group.length === 0) return null;
        const shown = expanded[type] ? group : group.slice(0, perGroup);
        const hidden = group.length - shown.length;
        return (
          <div class={`actor-group actor-group-${type}`} key={type}>
            <h2>{heading}</h2>
            <ul>
              {shown.map((actor) => (
                <li class={`actor actor-${type}`} data-testid="actor" data-actor-type={type} key={actor.name}>
                  <span class="actor-name">{actor.name}</span>
                  {actor.role && <span class="actor-role"> — {actor.role}</span>}
                  <span class="actor-mentions" title={`Named ${actor.mentions} ${actor.mentions === 1 ? 'time' : 'times'} in the story`}>
                    {' '}
                    ×{actor.mentions}
                  </span>
                </li>
              ))}
            </ul>
            {hidden > 0 && (
              <button type="button" class="link more" onClick={() => setExpanded({ ...expanded, [type]: true })}>
                {hidden} more
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
