import type { Story } from '../story/types';

/**
 * The text half of the pipeline: Story -> { summary, actors, quotes }. Pure; runs in the extension
 * page (popup / reader) and in the CLI. Reads only the story's `text` and `title` — never captions,
 * teasers or bylines, which the engine has already moved out of the text.
 */
export interface StoryAnalysis {
  summary?: string[];
}

export interface AnalyseOptions {
  /** Number of summary sentences: short 3, medium 5, long 7. */
  summarySentences?: number;
}

export function analyseStory(story: Story, options: AnalyseOptions = {}): StoryAnalysis {
  void story;
  void options;
  const analysis: StoryAnalysis = {};
  return analysis;
}
