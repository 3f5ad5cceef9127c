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
}

export interface AnalyseOptions {
  /** Number of summary sentences: short 3, medium 5, long 7. */
  summarySentences?: number;
  /** Key actors' names, when known: sentences that mention them weigh more in the summary. */
  keyNames?: readonly string[];
}

export function analyseStory(story: Story, options: AnalyseOptions = {}): StoryAnalysis {
  const analysis: StoryAnalysis = {};
  const summary = summarize(story.text, {
    sentences: options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES,
    title: story.title,
    keyNames: options.keyNames,
    locale: story.lang || undefined,
  });
  if (summary.ok) analysis.summary = summary.sentences.map((sentence) => sentence.text);
  const actors = extractActors({ title: story.title, text: story.text });
  if (actors.ok) {
    analysis.actors = actors.actors;
    analysis.quotes = actors.quotes;
  }
  return analysis;
}
