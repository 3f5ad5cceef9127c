import { analyseStory as analyseStoryText, type StoryAnalysis } from '../../lib/language/analyse-story';
import { MIN_STORY_WORDS } from '../../lib/platform/extract-from-tab';
import { extractStory } from '../../lib/story/extract-story';
import { pageTypeStage } from '../../lib/story/page-type/node-page-type';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import type { ExtractResult, Story } from '../../lib/story/types';
import { storyKind } from '../../components/page-kind';
import { parseHtml, sanitizerWindow, type DomLibrary } from './parse-html';

/**
 * Parse a page and run the story engine on it, exactly as the CLI and the benchmarks do. With
 * `withPageType: false`, the engine alone: the story a reader gets from "Open in reader anyway" on a
 * page the page-type stage refuses (what the cleaning rules' tests check).
 */
export function extractFromPage(html: string, url?: string, library: DomLibrary = 'linkedom', withPageType = true): ExtractResult {
  const page = parseHtml(html, url, library);
  try {
    return extractStory(page.document, { url, sanitizeHtml: (markup) => sanitizeStoryHtml(markup, sanitizerWindow()), pageType: withPageType ? pageTypeStage : undefined });
  } finally {
    page.close();
  }
}

/**
 * The actors the popup shows for a story (the CLI's `actors` contract: "only those the popup would
 * show"), using the popup's own decisions rather than copies of them:
 * - a story shorter than MIN_STORY_WORDS is no story to the popup (lib/platform/extract-from-tab.ts):
 *   it shows no cast;
 * - a documentation page shows its outline instead of a cast (components/StoryGlance.tsx);
 * - a discussion thread shows names without roles (a thread's names are not a story's cast).
 * Everything else the popup shows as the language stage gave it (all actor types are on by default).
 */
export function castThePopupShows(story: Story, analysis: StoryAnalysis): StoryAnalysis {
  const kind = storyKind(story);
  if (story.wordCount < MIN_STORY_WORDS || kind.type === 'documentation') {
    const { alsoMentioned: _also, actorsWithheld: _withheld, ...rest } = analysis;
    return { ...rest, actors: [] };
  }
  if (kind.type === 'forum' && analysis.actors) return { ...analysis, actors: analysis.actors.map((a) => ({ ...a, role: '' })) };
  return analysis;
}

/**
 * The whole pipeline for one page in Node: parse, extract the story, then the language half
 * (summary, actors, quotes). Returns the flat object the CLI prints.
 */
export function analyseStory(html: string, url?: string): Record<string, unknown> {
  const result = extractFromPage(html, url);
  // Every object carries pageType and isNews (the CLI contract), refusals included.
  if (!result.ok) return { ...result, pageType: result.pageType ?? 'article', isNews: result.isNews ?? false };
  return { ok: true, ...result.story, ...castThePopupShows(result.story, analyseStoryText(result.story)) };
}
