import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../scripts/lib/analyse-page';
import { articlePage } from '../../helpers/dom';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader what happened at the council meeting, who spoke, and what was decided after a long debate.</p>`;

describe('page type on every CLI object (the CLI contract)', () => {
  it('a story carries pageType and isNews', () => {
    const output = analyseStory(articlePage(`<article><h1>Council votes</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>`));
    expect(output).toMatchObject({ ok: true, pageType: 'article' });
    expect(typeof output.isNews).toBe('boolean');
  });

  it('a refusal carries them too', () => {
    const output = analyseStory('');
    expect(output.ok).toBe(false);
    expect(output).toHaveProperty('pageType');
    expect(output).toHaveProperty('isNews', false);
  });
});
