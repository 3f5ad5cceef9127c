import type { ActorType } from '../lib/settings';
import type { ActorView } from './analysis-view';

const GROUPS: { type: ActorType; heading: string }[] = [
  { type: 'person', heading: 'People' },
  { type: 'organization', heading: 'Organisations' },
  { type: 'place', heading: 'Places' },
];

export interface ActorListProps {
  actors: ActorView[];
}

/** Key actors grouped as people, organisations and places, each with role and mention count. */
export function ActorList({ actors }: ActorListProps) {
  if (actors.length === 0) return null;
  return (
    <section class="actors" aria-label="Key actors">
      {GROUPS.map(({ type, heading }) => {
        const group = actors.filter((actor) => actor.type === type);
        if (group.length === 0) return null;
        return (
          <div class={`actor-group actor-group-${type}`} key={type}>
            <h2>{heading}</h2>
            <ul>
              {group.map((actor) => (
                <li class={`actor actor-${type}`} data-testid="actor" data-actor-type={type} key={actor.name}>
                  <span class="actor-name">{actor.name}</span>
                  {actor.role && <span class="actor-role"> — {actor.role}</span>}
                  <span class="actor-mentions" title="Mentions in the story">
                    {' '}
                    ×{actor.mentions}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
