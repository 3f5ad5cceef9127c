/**
 * The CLI's `actors` are the ones the popup shows (BRIEF contract): the same page-kind and
 * story-length decisions the popup makes, applied to the language stage's output.
 */
import { describe, expect, it } from 'vitest';
import { castThePopupShows } from '../../scripts/lib/analyse-page';
import type { StoryAnalysis } from '../../lib/language/analyse-story';
import type { Story } from '../../lib/story/types';

const analysis: StoryAnalysis = {
  summary: ['A sentence.'],
  actors: [{ name: 'Ruth Okafor', type: 'person', role: 'mayor', mentions: 3 }],
  alsoMentioned: ['Harbour Trust'],
  quotes: [],
};

function story(fields: Partial<Story>): Story {
  return { title: 'T', text: 'x', wordCount: 400, pageType: 'article', isNews: true, ...fields } as Story;
}

describe('the cast the CLI prints is the popup’s', () => {
  it('keeps an article’s actors and roles as they are', () => {
    expect(castThePopupShows(story({}), analysis)).toEqual(analysis);
  });

  it('prints no actors for a documentation page, which the popup shows as an outline', () => {
    const out = castThePopupShows(story({ pageType: 'documentation', isNews: false }), analysis);
    expect(out.actors).toEqual([]);
    expect(out.alsoMentioned).toBeUndefined();
    expect(out.summary).toEqual(analysis.summary);
  });

  it('prints names without roles for a discussion thread', () => {
    const out = castThePopupShows(story({ pageType: 'forum', isNews: false }), analysis);
    expect(out.actors).toEqual([{ name: 'Ruth Okafor', type: 'person', role: '', mentions: 3 }]);
  });

  it('prints no actors for a text too short for the popup to show', () => {
    expect(castThePopupShows(story({ wordCount: 40 }), analysis).actors).toEqual([]);
  });
});
