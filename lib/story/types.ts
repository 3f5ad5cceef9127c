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
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'advert'
  | 'boilerplate'
  | 'comments';

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

export interface Story {
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  /** The dateline that opened the story ("WASHINGTON (AP)"), moved out of the text. */
  dateline: string;
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  excerpt: string;
  /** The story's plain text: paragraphs separated by blank lines; no captions, headline or byline. */
  text: string;
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
  | { ok: false; reason: FailureReason; detail?: string };
