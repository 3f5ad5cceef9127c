import { useState } from 'preact/hooks';

/** How many summary sentences the popup shows before "More": enough to tell the story, short enough to leave room for the cast. */
export const GLANCE_POINTS = 3;

/** About three lines of the popup's width: a longer sentence is cut at a glance (see below). */
const CLAMPED_CHARS = 160;

export interface SummaryPointsProps {
  /** The summary's sentences, in story order, exactly as the language stage chose them. */
  summary: string[];
  heading: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  note?: string;
}

/**
 * The summary as short points: the first three of its sentences, each its own words (never
 * reworded), with "More" for the rest of the summary the user chose in the options. At a glance a
 * long sentence is cut visually after three lines (CSS; the whole sentence is in the page, for
 * screen readers and for copying) and shown whole once the summary is opened.
 */
export function SummaryPoints({ summary, heading, dir, lang, note }: SummaryPointsProps) {
  const [open, setOpen] = useState(false);
  if (summary.length === 0) return <p class="summary-missing">No summary for this page yet.</p>;
  const shown = open ? summary : summary.slice(0, GLANCE_POINTS);
  const hidden = summary.length - shown.length;
  const cut = !open && shown.some((sentence) => sentence.length > CLAMPED_CHARS);
  const label = open ? 'Less' : hidden > 0 ? `More: ${hidden} more ${hidden === 1 ? 'point' : 'points'}` : 'Whole sentences';
  return (
    <section class="glance-summary" aria-label={heading}>
      <ul class={`summary${open ? ' summary-open' : ''}`} data-testid="summary" dir={dir || undefined} lang={lang || undefined}>
        {shown.map((sentence, i) => (
          <li key={i}>
            <span class="point">{sentence}</span>
          </li>
        ))}
      </ul>
      {(hidden > 0 || cut || open) && (
        <button type="button" class="link more" data-testid="summary-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {label}
        </button>
      )}
      {note && (
        <p class="summary-note" data-testid="summary-note">
          {note}
        </p>
      )}
    </section>
  );
}
