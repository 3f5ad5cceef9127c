import type { RemovedBlock } from '../lib/story/types';
import { groupRemoved, reasonName, removedSummaryLine } from './removed-summary';

export interface RemovedListProps {
  removed: RemovedBlock[];
}

/** "Removed: 1 duplicate caption, 9 teasers, …": a disclosure that lists what was taken out. */
export function RemovedList({ removed }: RemovedListProps) {
  const line = removedSummaryLine(removed);
  if (removed.length === 0) {
    return (
      <p class="removed removed-none" data-testid="removed">
        {line}
      </p>
    );
  }
  return (
    <details class="removed">
      <summary data-testid="removed">{line}</summary>
      {groupRemoved(removed).map(({ reason, blocks }) => (
        <div class="removed-group" key={reason}>
          <h3>
            {blocks.length} {reasonName(reason, blocks.length)}
          </h3>
          <ul>
            {blocks.map((block, i) => (
              <li key={i}>{block.text.length > 200 ? `${block.text.slice(0, 200)}…` : block.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
