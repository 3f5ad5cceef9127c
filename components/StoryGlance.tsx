import { useState } from 'preact/hooks';
import type { Story, StoryBlock } from '../lib/story/types';
import type { AnalysisView } from './analysis-view';
import { CastGrid } from './CastGrid';
import { kindLabel, kindWords, storyKind } from './page-kind';
import { QuoteList } from './QuoteList';
import { RemovedList } from './RemovedList';
import { SummaryPoints } from './SummaryPoints';

export interface StoryGlanceProps {
  story: Story;
  /** The page's address: its host stands in for a missing site name. */
  url?: string;
  analysis: AnalysisView;
  /** The language stage has not answered yet: the summary and cast are on their way. */
  analysing?: boolean;
  /** The summary is here, the cast is on its way (the worker is loading its entity model). */
  castPending?: boolean;
  /** Read before the page finished loading; a full read follows. */
  partial?: boolean;
  /** Buttons under the glance (Open in reader, Keep open, Copy), given by the page. */
  actions?: preact.ComponentChildren;
}

/** Headings of a documentation page, as its outline: at most this many at a glance. */
const OUTLINE_GLANCE = 8;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function blocksOf(story: Story): StoryBlock[] {
  if (Array.isArray(story.blocks) && story.blocks.length) return story.blocks;
  // Stories cached before blocks existed: paragraphs from the text.
  return story.text
    .split(/\n{2,}/)
    .filter((text) => text.trim())
    .map((text) => ({ kind: 'paragraph', text }) as StoryBlock);
}

/** Fewer words than this is a post number, a date or a label, not the opening of a page. */
const OPENING_MIN_WORDS = 8;

/**
 * The first block of prose: a thread's opening post (forums often mark posts up as list items), a
 * documentation page's introduction.
 */
function opening(story: Story): string {
  const prose = blocksOf(story).find(
    (block) => (block.kind === 'paragraph' || block.kind === 'list-item') && block.text.split(/\s+/).length >= OPENING_MIN_WORDS,
  );
  return prose?.text ?? '';
}

function Outline({ story }: { story: Story }) {
  const [all, setAll] = useState(false);
  const headings = blocksOf(story).filter((block) => block.kind === 'heading');
  if (headings.length === 0) return null;
  const shown = all ? headings : headings.slice(0, OUTLINE_GLANCE);
  return (
    <section class="outline" aria-label="On this page">
      <h2>On this page</h2>
      <ul data-testid="outline">
        {shown.map((heading, i) => (
          <li key={i} class={`outline-level-${Math.min(Math.max(heading.level ?? 2, 1), 4)}`}>
            {heading.text}
          </li>
        ))}
      </ul>
      {headings.length > OUTLINE_GLANCE && (
        <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Fewer headings' : `All ${headings.length} headings`}
        </button>
      )}
    </section>
  );
}

/**
 * A story at a glance, for the 400 × 600 popup and the side panel: what kind of page it is,
 * headline and source; then, by kind, the summary points and the cast (news and other articles),
 * the opening post, points and names (a discussion thread), or the introduction and outline (a
 * documentation page); the page's actions; quotes and what was removed, folded, below.
 */
export function StoryGlance({ story, url = '', analysis, analysing = false, castPending = false, partial = false, actions }: StoryGlanceProps) {
  const kind = storyKind(story);
  const words = kindWords(kind);
  const source = story.siteName || hostOf(url);
  const minutes = Math.max(1, story.readingMinutes);
  const dir = story.dir || undefined;
  const lang = story.lang || undefined;
  const first = kind.type === 'article' ? '' : opening(story);
  // A thread's summary leaves out what its opening post already says.
  const summary = first ? analysis.summary.filter((sentence) => !first.includes(sentence)) : analysis.summary;
  return (
    <article class={`glance glance-${kind.type}`} data-page-type={kind.type} data-news={String(kind.isNews)} aria-labelledby="story-title">
      <header class="glance-head">
        <p class="kind-line">
          <span class="kind" data-testid="page-kind">
            {kindLabel(kind)}
          </span>
          {source && ' · '}
          {source && <span data-testid="source">{source}</span>}
        </p>
        <h1 id="story-title" class="story-title" dir={dir} data-testid="title">
          {story.title || 'Untitled page'}
        </h1>
        <p class="story-meta">
          {story.byline && <span data-testid="byline">{story.byline}</span>}
          {story.byline && ' · '}
          <span data-testid="reading-time">{minutes} min read</span>
        </p>
      </header>
      {partial && (
        <p class="partial-note" role="status" data-testid="partial">
          The page is still loading: this is what had arrived. Lede reads it again when it has finished.
        </p>
      )}
      {first && (
        <section class="opening" aria-label={kind.type === 'forum' ? 'Opening post' : 'Introduction'}>
          <h2>{kind.type === 'forum' ? 'Opening post' : 'Introduction'}</h2>
          <p class="opening-text" dir={dir} lang={lang}>
            {first}
          </p>
        </section>
      )}
      {kind.type === 'documentation' ? (
        <Outline story={story} />
      ) : analysing ? (
        <p class="status" role="status" data-testid="analysing">
          <span class="spinner" aria-hidden="true" /> Finding the summary and the names…
        </p>
      ) : (
        <>
          <SummaryPoints summary={summary} heading={words.summary} dir={dir} lang={lang} note={analysis.summaryNote} />
          {castPending ? (
            <section class="cast" aria-label={words.cast}>
              <h2>{words.cast}</h2>
              <p class="status" role="status" data-testid="cast-pending">
                <span class="spinner" aria-hidden="true" /> Finding the names…
              </p>
            </section>
          ) : (
            <CastGrid
              actors={analysis.actors}
              heading={words.cast}
              allNamesLabel={words.allNames}
              alsoMentioned={analysis.alsoMentioned}
              withheldLang={analysis.actorsWithheld?.lang}
              roles={kind.type === 'article'}
            />
          )}
        </>
      )}
      {actions && <div class="actions">{actions}</div>}
      <QuoteList quotes={kind.type === 'article' ? analysis.quotes : []} dir={story.dir} />
      <RemovedList removed={story.removed} />
    </article>
  );
}
