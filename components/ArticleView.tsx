import type { Story } from '../lib/story/types';

export interface ArticleViewProps {
  story: Story;
  /** The story HTML, already sanitised (and marked, when actors are highlighted). */
  html: string;
}

/** A date as the reader's locale writes it; the raw string when it is not a date. */
export function formatDate(value: string, locale?: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

/** The clean story: headline, byline, date and body, in the story's own language and direction. */
export function ArticleView({ story, html }: ArticleViewProps) {
  const date = formatDate(story.publishedTime);
  return (
    <article class="article" dir={story.dir || 'auto'} lang={story.lang || undefined}>
      <header class="article-header">
        {story.siteName && <p class="article-site">{story.siteName}</p>}
        <h1 class="article-title" data-testid="reader-title">
          {story.title || 'Untitled story'}
        </h1>
        <p class="article-meta">
          {story.byline && <span class="article-byline" data-testid="reader-byline">{story.byline}</span>}
          {story.byline && date && ' · '}
          {date && <time dateTime={story.publishedTime}>{date}</time>}
          {(story.byline || date) && ' · '}
          <span>{Math.max(1, story.readingMinutes)} min read</span>
        </p>
      </header>
      <div class="article-body" data-testid="reader-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
