/**
 * The popup's summary: Chrome's on-device Summarizer API (Chrome 138+, desktop, Gemini Nano) when
 * the user has turned it on and the model is ready, else Lede's extractive summary. Either way no
 * text leaves the device. The result says which one produced it, so the popup can tell the reader.
 *
 * The built-in model is used only when `Summarizer.availability()` says 'available': a model that
 * is 'downloadable' or 'downloading' needs a user gesture and minutes to arrive, so the popup shows
 * the extractive summary meanwhile (and says why). Firefox, older Chrome and unsupported hardware
 * have no `Summarizer` global or report 'unavailable'.
 */
import { summarize } from '../language/summary/summarize';
import { SUMMARY_SENTENCES, type SummaryLength } from '../settings';
import type { StoryBlock } from '../story/types';

/** The subset of the Summarizer API this adapter uses (not yet in TypeScript's DOM types). */
export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerCreateOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: SummaryLength;
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  signal?: AbortSignal;
}

export interface SummarizerInstance {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export interface SummarizerApi {
  availability(options?: Partial<SummarizerCreateOptions>): Promise<SummarizerAvailability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerInstance>;
}

export type SummarySource = 'built-in' | 'extractive';

/** Why the extractive summary was used; the popup can show it. */
export type FallbackReason =
  | 'turned off'
  | 'not supported'
  | 'unavailable'
  | 'model not downloaded'
  | 'model downloading'
  | 'failed'
  | 'empty result';

/**
 * `source` says which summary is shown: the browser's model, or Lede's extractive one; for the
 * extractive one `method` says whether the scorer chose the sentences or the story's lead is shown.
 */
export type StorySummary =
  | { ok: true; source: 'built-in'; sentences: string[] }
  | { ok: true; source: 'extractive'; method: 'scored' | 'lead'; sentences: string[]; fallbackReason: FallbackReason }
  | { ok: false; reason: 'empty text' | 'not text' };

export interface StorySummaryOptions {
  /** The user's choice; off by default. */
  useBuiltIn: boolean;
  length: SummaryLength;
  title?: string;
  /** The story's blocks: the extractive summary reads its prose blocks only. */
  blocks?: readonly StoryBlock[];
  /** BCP 47 language of the story. */
  lang?: string;
  signal?: AbortSignal;
  /** The API to use; defaults to the `Summarizer` global when there is one (tests pass a fake). */
  api?: SummarizerApi;
}

/** The `Summarizer` global, when this browser has one. */
export function findSummarizerApi(scope: unknown = globalThis): SummarizerApi | undefined {
  const candidate = (scope as { Summarizer?: unknown } | undefined)?.Summarizer as Partial<SummarizerApi> | undefined;
  return candidate && typeof candidate.availability === 'function' && typeof candidate.create === 'function'
    ? (candidate as SummarizerApi)
    : undefined;
}

const NOT_READY: Record<Exclude<SummarizerAvailability, 'available'>, FallbackReason> = {
  unavailable: 'unavailable',
  downloadable: 'model not downloaded',
  downloading: 'model downloading',
};

/** "* First point\n* Second point" (or "- ", "1. ") -> ["First point", "Second point"]. */
export function parseKeyPoints(output: string): string[] {
  return output
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(/\*\*/g, '').trim())
    .filter((line) => line !== '');
}

export async function summarizeStory(text: string, options: StorySummaryOptions): Promise<StorySummary> {
  const extractive = (fallbackReason: FallbackReason): StorySummary => {
    const result = summarize(text, {
      sentences: SUMMARY_SENTENCES[options.length] ?? SUMMARY_SENTENCES.medium,
      title: options.title,
      blocks: options.blocks,
      locale: options.lang,
    });
    if (!result.ok) return result;
    return { ok: true, source: 'extractive', method: result.method, sentences: result.sentences.map((s) => s.text), fallbackReason };
  };

  if (typeof text !== 'string') return { ok: false, reason: 'not text' };
  if (text.trim() === '') return { ok: false, reason: 'empty text' };
  if (!options.useBuiltIn) return extractive('turned off');
  const api = options.api ?? findSummarizerApi();
  if (!api) return extractive('not supported');

  const language = options.lang?.split('-')[0] || 'en';
  const createOptions: SummarizerCreateOptions = {
    type: 'key-points',
    format: 'plain-text',
    length: options.length,
    sharedContext: 'A news story. Summarise what happened, faithfully, without opinion.',
    expectedInputLanguages: [language],
    outputLanguage: language,
  };
  let instance: SummarizerInstance | undefined;
  try {
    const availability = await api.availability(createOptions);
    if (availability !== 'available') return extractive(NOT_READY[availability] ?? 'unavailable');
    instance = await api.create({ ...createOptions, signal: options.signal });
    const output = await instance.summarize(text, {
      context: options.title ? `Headline: ${options.title}` : undefined,
      signal: options.signal,
    });
    const points = typeof output === 'string' ? parseKeyPoints(output) : [];
    if (points.length === 0) return extractive('empty result');
    return { ok: true, source: 'built-in', sentences: points };
  } catch {
    // Unsupported language, input over the model's quota, an aborted request, a crashed model
    // process: the extractive summary is always there.
    return extractive('failed');
  } finally {
    try {
      instance?.destroy();
    } catch {
      // Already destroyed; nothing to free.
    }
  }
}
