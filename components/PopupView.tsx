import type { Story } from '../lib/story/types';
import type { AnalysisView } from './analysis-view';
import { notArticleWords } from './page-kind';
import { StoryGlance } from './StoryGlance';

export type PopupState =
  | { state: 'loading'; slow?: boolean }
  | { state: 'story'; story: Story; url?: string; analysis: AnalysisView; analysing?: boolean; castPending?: boolean; partial?: boolean }
  | { state: 'not-article'; pageType?: string }
  | { state: 'forbidden'; message: string }
  | { state: 'click-again'; title: string; message: string }
  | { state: 'needs-click' }
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
  /** "Keep open": show the same view in the browser's side panel / sidebar. Absent there, and where the browser has none. */
  onKeepOpen?: () => void;
  /** Where the view is shown: the toolbar popup (400 px wide) or the side panel (any width). */
  surface?: 'popup' | 'panel';
}

function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.9 1h2.2l.3 1.8 1.1.5 1.5-1 1.6 1.5-1.1 1.5.5 1.1L15 6.7v2.2l-1.8.3-.5 1.1 1.1 1.5-1.6 1.6-1.5-1.1-1.1.5L9.1 15H6.9l-.3-1.8-1.1-.5-1.5 1.1-1.6-1.6 1.1-1.5-.5-1.1L1 8.9V6.7l1.8-.3.5-1.1-1.1-1.5L3.8 2.3l1.5 1 1.1-.5zM8 5.6a2.3 2.3 0 1 0 0 4.6 2.3 2.3 0 0 0 0-4.6z"
      />
    </svg>
  );
}

/** Everything the toolbar popup and the side panel can show. Every state has text and a way on: never blank. */
export function PopupView({
  view,
  copy = { state: 'idle' },
  onOpenReader,
  onOpenAnyway,
  onRetry,
  onCopyMarkdown,
  onOpenOptions,
  onKeepOpen,
  surface = 'popup',
}: PopupViewProps) {
  const keepOpen = onKeepOpen && (
    <button type="button" data-testid="keep-open" onClick={onKeepOpen} title="Show Lede beside the page, in the browser’s side panel">
      Keep open
    </button>
  );
  return (
    <main class={`popup popup-${view.state} surface-${surface}`} data-state={view.state} aria-busy={view.state === 'loading'}>
      {view.state === 'loading' && (
        <p class="status" role="status" data-testid="loading">
          <span class="spinner" aria-hidden="true" /> {view.slow ? 'The page is still loading. Lede reads it as soon as it has arrived…' : 'Reading the page…'}
        </p>
      )}
      {view.state === 'story' && (
        <>
          <StoryGlance
            story={view.story}
            url={view.url}
            analysis={view.analysis}
            analysing={view.analysing}
            castPending={view.castPending}
            partial={view.partial}
            actions={
              <>
                <button type="button" class="primary" data-testid="open-reader" onClick={onOpenReader}>
                  Open in reader
                </button>
                {keepOpen}
                <button type="button" data-testid="copy-markdown" onClick={onCopyMarkdown} title="Copy the page as Markdown">
                  {copy.state === 'copied' ? 'Copied' : 'Copy Markdown'}
                </button>
              </>
            }
          />
          {copy.state === 'manual' && (
            <label class="manual-copy">
              The browser refused the clipboard; select and copy:
              <textarea readOnly rows={6} value={copy.markdown} data-testid="markdown" />
            </label>
          )}
        </>
      )}
      {view.state === 'not-article' && (
        <section class="message" role="status" data-testid="not-article" data-page-type={view.pageType ?? ''}>
          <h1>{notArticleWords(view.pageType).title}</h1>
          <p>{notArticleWords(view.pageType).message}</p>
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
      {view.state === 'click-again' && (
        <section class="message" role="status" data-testid="click-again">
          <h1>{view.title}</h1>
          <p>{view.message}</p>
        </section>
      )}
      {view.state === 'needs-click' && (
        <section class="message" role="status" data-testid="needs-click">
          <h1>Click Lede to read this page</h1>
          <p>The browser lets Lede read only the pages you click its button on. Click it on this page and its story shows here.</p>
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
      {onOpenOptions && (
        <button type="button" class="icon-button options-button" onClick={onOpenOptions} aria-label="Options" title="Options">
          <GearIcon />
        </button>
      )}
    </main>
  );
}
