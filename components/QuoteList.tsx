import type { QuoteView } from './analysis-view';

export interface QuoteListProps {
  quotes: QuoteView[];
  dir?: 'ltr' | 'rtl' | '';
}

/** Who said what, when the language stage found quotes. */
export function QuoteList({ quotes, dir }: QuoteListProps) {
  if (quotes.length === 0) return null;
  return (
    <section class="quotes" aria-label="Quotes">
      <h2>Quotes</h2>
      <ul>
        {quotes.map((quote, i) => (
          <li key={i} data-testid="quote" dir={dir || undefined}>
            <q>{quote.text}</q>
            {quote.speaker && <span class="quote-speaker"> — {quote.speaker}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
