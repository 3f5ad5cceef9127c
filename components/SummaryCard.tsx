import type { Story } from '../lib/story/types';

export interface SummaryCardProps {
  story: Story;
  /** Summary sentences; the summary block is left out when there are none. */
  summary: string[];
  summaryNote?: string;
}

/** Headline, source line and the summary sentences. */
export function SummaryCard({ story, summary, summaryNote }: SummaryCardProps) {
  const source = [story.siteName, story.byline].filter(Boolean).join(' · ');
  const minutes = Math.max(1, story.readingMinutes);
  return (
    <section class="summary-card" aria-labelledby="story-title">
      <h1 id="story-title" class="story-title" dir={story.dir || undefined} data-testid="title">
        {story.title || 'Untitled story'}
      </h1>
      <p class="story-meta">
        {source && <span data-testid="source">{source}</span>}
        {source && ' · '}
        <span data-testid="reading-time">{minutes} min read</span>
      </p>
      {summary.length > 0 ? (
        <ol class="summary" data-testid="summary" dir={story.dir || undefined} lang={story.lang || undefined}>
          {summary.map((sentence, i) => (
            <li key={i}>{sentence}</li>
          ))}
        </ol>
      ) : (
        <p class="summary-missing">No summary for this story yet.</p>
      )}
      {summaryNote && (
        <p class="summary-note" data-testid="summary-note">
          {summaryNote}
        </p>
      )}
    </section>
  );
}
