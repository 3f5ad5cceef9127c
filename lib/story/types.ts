/**
 * The story engine's public types. Every stage returns a value or `{ ok: false, reason }`;
 * nothing thrown inside the engine escapes to the caller (the page, the popup or the CLI).
 */

/** Why a block was taken out of the page before or after Readability. */
export type RemovalReason =
  | 'duplicate-caption'
  | 'teaser'
  | 'related-links'
  | 'most-read'
  | 'newsletter'
  | 'share'
  | 'tags'
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'author-bio'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'advert'
  | 'boilerplate'
  | 'comments'
  | 'call-to-action'
  | 'copyright';

export interface RemovedBlock {
  reason: RemovalReason;
  text: string;
}

export interface StoryImage {
  src: string;
  alt: string;
  /** The one caption kept for this image (empty when the page gave none). */
  caption: string;
}

/** What a block of the story is: the language stage summarises and tags prose, not headings or tables. */
export type StoryBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table' | 'code';

/** One block of the story in reading order (captions and figures are never blocks). */
export interface StoryBlock {
  kind: StoryBlockKind;
  /** The block's text, whitespace collapsed; a table block is one row. */
  text: string;
  /** A heading's level, 1–6 (h1–h6, or aria-level). */
  level?: number;
}

/**
 * What kind of page the story came from (WCXB's taxonomy; lib/story/page-type/). `article` is a story;
 * `forum` and `documentation` still give a story (reader mode helps there); the other four are refused
 * as `not an article`. When the classifier is unsure it says `article`.
 */
export type PageType = 'article' | 'forum' | 'documentation' | 'product' | 'listing' | 'collection' | 'service';

export interface Story {
  /** The kind of page (see PageType); `article` for a story. */
  pageType: PageType;
  /** A news story: a dated article with a byline or dateline, or a NewsArticle-type schema. */
  isNews: boolean;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  /** The dateline that opened the story ("WASHINGTON (AP)"), moved out of the text. */
  dateline: string;
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  excerpt: string;
  /** The story's plain text: its blocks' text separated by blank lines; no captions, headline or byline. */
  text: string;
  /** The story as ordered blocks (paragraph, heading, list item, quote, table row, code): `text` with its structure. */
  blocks: StoryBlock[];
  /** The sanitised story for reader mode; images keep one caption each. */
  html: string;
  images: StoryImage[];
  wordCount: number;
  readingMinutes: number;
  removed: RemovedBlock[];
}

/** Reasons a page yields no story. Stable strings: the UI and tests match on them. */
export type FailureReason =
  | 'empty document'
  | 'not html'
  | 'not an article'
  | 'page too large'
  | 'extraction failed';

export type ExtractResult =
  | { ok: true; story: Story }
  | {
      ok: false;
      reason: FailureReason;
      detail?: string;
      /** The page's kind, whenever the engine got far enough to classify it (always for `not an article` refusals by type). */
      pageType?: PageType;
      isNews?: boolean;
    };
