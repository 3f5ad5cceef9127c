import { describe, expect, it } from 'vitest';
import { isTitleLike, storyBlocksForTagging } from '../../lib/language/actors/prose-blocks';
import { extractActors } from '../../lib/language/actors/extract-actors';
import type { StoryBlock } from '../../lib/story/types';

describe('title-like lines', () => {
  it('recognises headlines, headings, menu words and label lines', () => {
    for (const line of ["White Scores 22 Points In Women's Basketball Loss", 'BEVERLY HILLS', 'Download', 'Sender Features', 'Battery life: 10 hours', 'Polish Parliament Considers New Media Law']) {
      expect(isTitleLike(line), line).toBe(true);
    }
  });

  it('leaves sentences as prose', () => {
    for (const line of [
      'Blinken and Sullivan are set to meet Thursday with State Councilor Wang Yi.',
      'The White House is setting low expectations ahead of the talks.',
      'Mayor Ruth Okafor said the service would start in the spring.',
    ]) {
      expect(isTitleLike(line), line).toBe(false);
    }
  });
});

describe('what the tagger reads', () => {
  const blocks: StoryBlock[] = [
    { kind: 'paragraph', text: 'Mayor Ruth Okafor said the ferry would start in the spring.' },
    { kind: 'heading', text: 'A Long Debate', level: 2 },
    { kind: 'list-item', text: 'The council voted twice on the plan.' },
    { kind: 'table', text: 'Weight 1.2 kg Battery 10 h' },
    { kind: 'code', text: 'const x = 1;' },
    { kind: 'paragraph', text: 'Photo: Daniel Reyes / Westbay Times' },
    { kind: 'list-item', text: 'Smith, J. (2019). Ferries of the North. Harbour Press, pp. 12-19.' },
    { kind: 'heading', text: 'References', level: 2 },
    { kind: 'list-item', text: 'Okafor R. Port plans and people. Westbay Journal.' },
    { kind: 'heading', text: 'After the Vote', level: 2 },
    { kind: 'paragraph', text: 'The first boat is due in April.' },
  ];

  it('tags prose, keeps titles apart, and skips tables, code, credits, citations and reference sections', () => {
    const out = storyBlocksForTagging('Council Approves Ferry Plan', blocks, '');
    expect(out.map((b) => [b.role, b.text])).toEqual([
      ['title', 'Council Approves Ferry Plan'],
      ['prose', 'Mayor Ruth Okafor said the ferry would start in the spring.'],
      ['title', 'A Long Debate'],
      ['prose', 'The council voted twice on the plan.'],
      ['title', 'After the Vote'],
      ['prose', 'The first boat is due in April.'],
    ]);
    expect(out[0]!.headline).toBe(true);
  });

  it('falls back to the text split on blank lines', () => {
    const out = storyBlocksForTagging('', undefined, 'One sentence here, said Ann.\n\nREFERENCES\n\nA list item (2020).');
    expect(out.map((b) => b.role)).toEqual(['prose']);
  });
});

describe('names found only in titles', () => {
  it('does not list names a Title-Case headline seems to hold when the body never confirms them', () => {
    const result = extractActors({
      title: "White Scores 22 Points In Women's Basketball Loss",
      text:
        'Senior guard Maya White scored 22 points on Saturday, but the visitors lost 71-64 at home.\n\n' +
        '"We ran out of legs in the fourth quarter," coach Dana Ellis said after the game.',
    });
    if (!result.ok) throw new Error(result.reason);
    const names = [...result.actors.map((a) => a.name), ...result.alsoMentioned];
    expect(names).not.toContain('White Scores');
    expect(names.some((n) => /Basketball/.test(n))).toBe(false);
    expect(result.actors.find((a) => a.name === 'Maya White')).toMatchObject({ type: 'person' });
  });
});
