import type { ReaderSettings } from '../lib/settings';
import type { Story } from '../lib/story/types';
import { ArticleView } from './ArticleView';
import { ReaderToolbar, type ReaderToolbarProps } from './ReaderToolbar';

export type ReaderState =
  | { state: 'loading' }
  | { state: 'story'; story: Story; html: string }
  | { state: 'message'; title: string; message: string };

export interface ReaderViewProps extends Omit<ReaderToolbarProps, 'reader'> {
  view: ReaderState;
  reader: ReaderSettings;
  notice?: string;
}

/** The reader page: toolbar and the clean story, styled by the reader settings. */
export function ReaderView({ view, reader, notice, ...toolbar }: ReaderViewProps) {
  return (
    <div
      class={`reader font-${reader.font} width-${reader.width}`}
      data-testid="reader"
      data-state={view.state}
      data-theme={reader.theme}
      style={{ '--reader-font-size': `${reader.fontSize}px`, '--reader-line-height': String(reader.lineHeight) }}
    >
      <ReaderToolbar reader={reader} {...toolbar} />
      {notice && (
        <p class="reader-notice" role="status">
          {notice}
        </p>
      )}
      <main class="reader-main">
        {view.state === 'loading' && <p role="status">Reading the page…</p>}
        {view.state === 'message' && (
          <section class="message" role="alert">
            <h1>{view.title}</h1>
            <p>{view.message}</p>
          </section>
        )}
        {view.state === 'story' && <ArticleView story={view.story} html={view.html} />}
      </main>
    </div>
  );
}
