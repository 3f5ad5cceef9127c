import type { Story } from '../story/types';
import { DEFAULT_SUMMARY_SENTENCES, summarize } from './summary/summarize';
import { extractActors } from './actors/extract-actors';
import type { Actor, Quote } from './types';

/**
 * The text half of the pipeline: Story -> { summary, actors, quotes }. Pure; runs in the extension
 * page (popup / reader) and in the CLI. Reads only the story's `text` and `title` — never captions,
 * teasers or bylines, which the engine has already moved out of the text.
 */
export interface StoryAnalysis {
  summary?: string[];
  /** Key actors, most important first (absent when the entity model could not run). */
  actors?: Actor[];
  /** Quotations attributed to named people, in story order. */
  quotes?: Quote[];
  /** Names found with too little evidence to type them: shown untyped under "Also mentioned". */
  alsoMentioned?: string[];
  /** Set when no typed actors are given because the story's language is not the model's. */
  actorsWithheld?: { reason: 'language'; lang: string };
}

export interface AnalyseOptions {
  /** Number of summary sentences: short 3, medium 5, long 7. */
  summarySentences?: number;
}

/** What the language stage reads of a story: `blocks` when the engine gave them (older cached stories have only `text`). */
export type StoryText = Pick<Story, 'title' | 'text' | 'lang'> & Partial<Pick<Story, 'blocks'>>;

export function analyseStory(story: StoryText, options: AnalyseOptions = {}): StoryAnalysis {
  const analysis: StoryAnalysis = {};
  const actors = extractActors({ title: story.title, text: story.text, blocks: story.blocks, lang: story.lang });
  const summary = storySummary(story, options);
  if (summary) analysis.summary = summary;
  if (actors.ok) {
    analysis.actors = actors.actors;
    analysis.quotes = actors.quotes;
    if (actors.alsoMentioned.length) analysis.alsoMentioned = actors.alsoMentioned;
    if (actors.withheld) analysis.actorsWithheld = actors.withheld;
  }
  return analysis;
}

/**
 * The summary alone (the same sentences analyseStory gives): it needs no entity model, so the
 * popup can show it before the model has loaded in a worker the click has just started.
 */
export function storySummary(story: StoryText, options: AnalyseOptions = {}): string[] | undefined {
  // The summary reads the story's prose blocks only (never a heading, list or quote block).
  const summary = summarize(story.text, {
    sentences: options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES,
    title: story.title,
    blocks: story.blocks,
    locale: story.lang || undefined,
  });
  return summary.ok ? summary.sentences.map((sentence) => sentence.text) : undefined;
}
