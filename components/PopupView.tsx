import type { Story } from '../lib/story/types';
import type { AnalysisView } from './analysis-view';
import { ActorList } from './ActorList';
import { QuoteList } from './QuoteList';
import { RemovedList } from './RemovedList';
import { SummaryCard } from './SummaryCard';

export type PopupState =
  | { state: 'loading' }
  | { state: 'story'; story: Story; analysis: AnalysisView }
  | { state: 'not-article' }
  | { state: 'forbidden'; message: string }
  | { state: 'error'; message: string };

export type CopyStatus = { state: 'idle' } | { state: 'copied' } | { state: 'manual'; markdown: string };

export interface PopupViewProps {
  view: PopupState;
  copy?: CopyStatus;
  onOpenReader?: () => void;
  onOpenAnyway?: () => void;
  onRetry?: () => void;
  onCopyMarkdown?: () => void;
  onOpenOptions?: () => void;
}

/** Everything the toolbar popup can show. Every state has text and a way on: never blank. */
export function PopupView({ view, copy = { state: 'idle' }, onOpenReader, onOpenAnyway, onRetry, onCopyMarkdown, onOpenOptions }: PopupViewProps) {
  return (
    <main class={`popup popup-${view.state}`} data-state={view.state} aria-busy={view.state === 'loading'}>
      {view.state === 'loading' && (
        <p class="status" role="status" data-testid="loading">
          <span class="spinner" aria-hidden="true" /> Reading the page…
        </p>
      )}
      {view.state === 'story' && (
        <>
          <SummaryCard story={view.story} summary={view.analysis.summary} summaryNote={view.analysis.summaryNote} />
          <ActorList actors={view.analysis.actors} />
          <QuoteList quotes={view.analysis.quotes} dir={view.story.dir} />
          <RemovedList removed={view.story.removed} />
          <div class="actions">
            <button type="button" class="primary" data-testid="open-reader" onClick={onOpenReader}>
              Open in reader
            </button>
            <button type="button" data-testid="copy-markdown" onClick={onCopyMarkdown}>
              {copy.state === 'copied' ? 'Copied' : 'Copy as Markdown'}
            </button>
          </div>
          {copy.state === 'manual' && (
            <label class="manual-copy">
              The browser refused the clipboard; select and copy:
              <textarea readOnly rows={6} value={copy.markdown} data-testid="markdown" />
            </label>
          )}
        </>
      )}
      {view.state === 'not-article' && (
        <section class="message" role="status" data-testid="not-article">
          <h1>This page doesn't look like a story</h1>
          <p>Lede found no article on this page.</p>
          <div class="actions">
            <button type="button" class="primary" data-testid="open-reader" onClick={onOpenAnyway}>
              Open in reader anyway
            </button>
          </div>
        </section>
      )}
      {view.state === 'forbidden' && (
        <section class="message" role="status" data-testid="forbidden">
          <h1>Lede can’t read this page</h1>
          <p>{view.message}</p>
        </section>
      )}
      {view.state === 'error' && (
        <section class="message" role="alert" data-testid="error">
          <h1>Something went wrong</h1>
          <p class="error-detail">{view.message}</p>
          <div class="actions">
            <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
              Try again
            </button>
          </div>
        </section>
      )}
      <footer class="popup-footer">
        <button type="button" class="link" onClick={onOpenOptions}>
          Options
        </button>
      </footer>
    </main>
  );
}
