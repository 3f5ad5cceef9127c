import type { AnalyseOptions, StoryAnalysis, StoryText } from '../language/analyse-story';

/** How many analyses the worker keeps: a few tabs' worth; each is a few kilobytes. */
const KEEP = 4;

/**
 * The worker analyses a clicked tab's story ahead of the popup's request (read-on-click.ts); the
 * popup then asks for the same analysis by message. Keeping the last few answers, keyed by
 * everything the language stage reads, makes that request an instant answer instead of a second
 * run. The language stage is deterministic, so a kept answer is the one a new run would give.
 */
export function rememberRecentAnalyses(
  analyse: (story: StoryText, options: AnalyseOptions) => StoryAnalysis,
): (story: StoryText, options: AnalyseOptions) => StoryAnalysis {
  const recent = new Map<string, StoryAnalysis>();
  return (story, options) => {
    // The blocks' kinds with the text: the same words can be a heading on one page and prose on another.
    const key = `${JSON.stringify([story.title, story.lang, options, story.blocks?.map((block) => block.kind)])}\n${story.text}`;
    const kept = recent.get(key);
    if (kept) return kept;
    const analysis = analyse(story, options);
    recent.set(key, analysis);
    if (recent.size > KEEP) recent.delete(recent.keys().next().value as string);
    return analysis;
  };
}
