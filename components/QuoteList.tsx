import type { QuoteView } from './analysis-view';

export interface QuoteListProps {
  quotes: QuoteView[];
  dir?: 'ltr' | 'rtl' | '';
}

/** Who said what, when the language stage found quotes: folded under "Quotes (N)". */
export function QuoteList({ quotes, dir }: QuoteListProps) {
  if (quotes.length === 0) return null;
  return (
    <details class="quotes">
      <summary data-testid="quotes">
        {quotes.length === 1 ? '1 quote' : `${quotes.length} quotes`}
      </summary>
      <ul>
        {quotes.map((quote, i) => (
          <li key={i} data-testid="quote" dir={dir || undefined}>
            <q>{quote.text}</q>
            {quote.speaker && <span class="quote-speaker"> — {quote.speaker}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
