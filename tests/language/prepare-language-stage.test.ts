import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../lib/language/analyse-story';
import { prepareLanguageStage } from '../../lib/language/prepare-language-stage';

describe('prepareLanguageStage (the worker’s warm-up)', () => {
  it('runs without throwing, twice, and leaves later analyses unchanged', () => {
    const story = {
      title: 'Minister visits flooded town',
      lang: 'en',
      text: 'Interior Minister Clara Voss visited Lindholm on Monday. "We will rebuild," Voss said.\n\nThe Red Cross said 200 homes were damaged.',
    };
    const before = analyseStory(story, { summarySentences: 2 });
    expect(() => prepareLanguageStage()).not.toThrow();
    expect(() => prepareLanguageStage()).not.toThrow();
    expect(analyseStory(story, { summarySentences: 2 })).toEqual(before);
    expect(before.actors?.map((actor) => actor.name)).toContain('Clara Voss');
  });
});
