// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toAnalysisView, visibleActors } from '../../components/analysis-view';
import { highlightNames } from '../../components/highlight-names';
import { groupRemoved, removedSummaryLine } from '../../components/removed-summary';
import { storyMarkdown } from '../../components/story-markdown';
import { summaryNote } from '../../components/summary-note';
import { makeStory } from './story';
import type { RemovedBlock } from '../../lib/story/types';

describe('removed summary line', () => {
  it('counts by reason in order of first appearance, with plurals', () => {
    const removed: RemovedBlock[] = [
      { reason: 'duplicate-caption', text: 'c' },
      ...Array.from({ length: 9 }, (_, i): RemovedBlock => ({ reason: 'teaser', text: `t${i}` })),
      { reason: 'most-read', text: 'Most Read' },
    ];
    expect(removedSummaryLine([...removed])).toBe('Removed: 1 duplicate caption, 9 teasers, 1 “Most Read” list');
    expect(groupRemoved([...removed]).map((g) => g.blocks.length)).toEqual([1, 9, 1]);
    expect(removedSummaryLine([])).toBe('Nothing removed');
  });
});

describe('analysis view', () => {
  it('keeps well-formed actors, summary and quotes and drops malformed ones', () => {
    const view = toAnalysisView({
      summary: ['One.', '', 3, ' Two. '],
      actors: [
        { name: 'Ann Lee', type: 'person', role: 'mayor', mentions: 3 },
        { name: '', type: 'person', mentions: 1 },
        { name: 'Mars', type: 'planet', mentions: 1 },
        { name: 'Juneau', type: 'place' },
      ],
      quotes: [{ text: 'Hi', speaker: 'Ann Lee' }, { nope: true }],
    });
    expect(view.summary).toEqual(['One.', 'Two.']);
    expect(view.actors).toEqual([
      { name: 'Ann Lee', type: 'person', role: 'mayor', mentions: 3 },
      { name: 'Juneau', type: 'place', role: '', mentions: 1 },
    ]);
    expect(view.quotes).toEqual([{ text: 'Hi', speaker: 'Ann Lee' }]);
    expect(toAnalysisView(undefined)).toEqual({ summary: [], actors: [], quotes: [] });
  });

  it('reads the uncertain names and the language note of the actors contract, leaving out names already typed', () => {
    const view = toAnalysisView({
      actors: [{ name: 'Ann Lee', type: 'person', mentions: 2 }],
      alsoMentioned: ['Kim Park', 'Ann Lee', '', 4, 'Kim Park'],
      actorsWithheld: { reason: 'language', lang: 'de' },
    });
    expect(view.alsoMentioned).toEqual(['Kim Park']);
    expect(view.actorsWithheld).toEqual({ reason: 'language', lang: 'de' });
    expect(toAnalysisView({ actorsWithheld: { reason: 'other' }, alsoMentioned: 'x' })).toEqual({ summary: [], actors: [], quotes: [] });
  });

  it('filters actors by the types the user shows', () => {
    const actors = toAnalysisView({ actors: [{ name: 'A B', type: 'person' }, { name: 'Juneau', type: 'place' }] }).actors;
    expect(visibleActors(actors, { person: true, organization: true, place: false }).map((a) => a.name)).toEqual(['A B']);
  });
});

describe('highlightNames', () => {
  const actors = [
    { name: 'Antony Blinken', type: 'person' as const, role: '', mentions: 2 },
    { name: 'Anchorage', type: 'place' as const, role: '', mentions: 1 },
  ];

  it('marks full names, later surname mentions and places, not parts of other words or links', () => {
    const html = '<p>Antony Blinken flew to Anchorage. Blinken said Blinkenville <a href="https://x.test">Blinken</a>.</p>';
    const out = highlightNames(html, actors, document);
    const container = document.createElement('div');
    container.innerHTML = out;
    expect([...container.querySelectorAll('mark')].map((m) => `${m.className}:${m.textContent}`)).toEqual([
      'actor-mark actor-person:Antony Blinken',
      'actor-mark actor-place:Anchorage',
      'actor-mark actor-person:Blinken',
    ]);
    expect(container.textContent).toBe('Antony Blinken flew to Anchorage. Blinken said Blinkenville Blinken.');
  });

  it('never turns text into markup', () => {
    const out = highlightNames('<p>&lt;img src=x onerror=alert(1)&gt; Anchorage</p>', actors, document);
    expect(out).not.toContain('<img');
    expect(out).toContain('<mark');
  });
});

describe('storyMarkdown', () => {
  it('writes headline, source, link, summary, actors and body', () => {
    const md = storyMarkdown(
      makeStory(),
      'https://news.example/story',
      { summary: ['The plan passed.'], actors: [{ name: 'Ann Lee', type: 'person', role: 'mayor', mentions: 3 }], quotes: [] },
      'The council backed the plan on Tuesday.',
    );
    expect(md).toContain('# Council backs harbour plan');
    expect(md).toContain('*Jane Roe · Harbour News · 2024-05-02*');
    expect(md).toContain('<https://news.example/story>');
    expect(md).toContain('## Summary\n\n- The plan passed.');
    expect(md).toContain('**People**\n\n- Ann Lee — mayor (3×)');
    expect(md).toContain('## Story\n\nThe council backed the plan on Tuesday.');
  });
});

describe('summaryNote', () => {
  it('credits the built-in model or says why Lede’s own summary is shown', () => {
    expect(summaryNote('built-in')).toContain('on-device model');
    expect(summaryNote('extractive', 'model downloading')).toContain('still downloading');
    expect(summaryNote('extractive', 'not supported')).toContain('no on-device summariser');
    expect(summaryNote('extractive', 'turned off')).toBe('');
  });
});
