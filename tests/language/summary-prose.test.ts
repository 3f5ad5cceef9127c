/**
 * The summary reads prose only: never a heading, a heading set as a paragraph (an FAQ's question,
 * a short bold line), a list item that is not a sentence, a table row, code or a quote block.
 * Pages of the kinds that have them: a guide with section headings, a story with lists and a
 * pull quote, an FAQ whose questions are paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../lib/language/analyse-story';
import { blocksFromText, isSentenceListItem, paragraphRole, storyProse } from '../../lib/language/summary/prose';
import { summarize } from '../../lib/language/summary/summarize';
import { blocksText } from '../../lib/story/story-text';
import type { StoryBlock, Story } from '../../lib/story/types';
import { articlePage, extractFromHtml } from '../helpers/dom';

const p = (text: string): StoryBlock => ({ kind: 'paragraph', text });
const h = (text: string, level = 2): StoryBlock => ({ kind: 'heading', text, level });
const li = (text: string): StoryBlock => ({ kind: 'list-item', text });

/**
 * A guide to volunteering whose headings and questions repeat the story's key words: a summariser
 * that reads them as sentences finds them the most central "sentences" of all.
 */
const VOLUNTEER_GUIDE: StoryBlock[] = [
  p('Volunteer groups in Raleigh say demand for help at food banks has doubled since the spring, as rising prices push more families to ask for groceries.'),
  p('The Food Bank of Central and Eastern North Carolina said it now serves 600,000 people a month across 34 counties.'),
  h('Where can I volunteer at a food bank in Raleigh?'),
  p('Food banks in Raleigh take volunteers for sorting and packing shifts of two to three hours, and most ask volunteers to sign up online a week ahead.'),
  p('Groups of up to 20 volunteers can book a shift together, the food bank said.'),
  h('Volunteer food bank shifts in Raleigh and Durham'),
  li('Sorting donations'),
  li('Packing boxes for families'),
  li('Volunteers must be at least 12 years old to work in the warehouse.'),
  { kind: 'table', text: 'Monday 9 a.m. volunteer food bank shift Raleigh' },
  { kind: 'quote', text: 'Every volunteer shift at the food bank in Raleigh feeds families.' },
  p('How do I find a good volunteer opportunity in Raleigh, Durham or surrounding areas?'),
  p('Volunteer centres in Raleigh and Durham list openings at food banks, shelters and schools, and match volunteers with groups near their homes.'),
  p('Food bank volunteers'),
  p('Most food banks said they need more volunteers on weekday mornings, when fewer people are free to help.'),
  p('Here is what volunteers should bring:'),
  li('Closed-toe shoes'),
  p('The food bank said volunteers had packed 1.2 million meals in Raleigh last year, twice as many as the year before.'),
  { kind: 'code', text: 'volunteer food bank Raleigh' },
  p('Officials expect demand at food banks to stay high through the winter holidays.'),
];

const proseTexts = (blocks: readonly StoryBlock[]) => blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe('storyProse', () => {
  it('keeps only sentences of prose: no heading, heading-like paragraph, lead-in, short list item, table, code or quote', () => {
    const { sentences, topics } = storyProse(VOLUNTEER_GUIDE);
    const texts = sentences.map((s) => s.text);
    expect(texts).not.toContain('Where can I volunteer at a food bank in Raleigh?');
    expect(texts).not.toContain('How do I find a good volunteer opportunity in Raleigh, Durham or surrounding areas?');
    expect(texts).not.toContain('Food bank volunteers');
    expect(texts).not.toContain('Here is what volunteers should bring:');
    expect(texts).not.toContain('Sorting donations');
    expect(texts.some((t) => t.includes('Every volunteer shift'))).toBe(false);
    expect(texts.some((t) => t.includes('Monday 9 a.m.'))).toBe(false);
    expect(texts.some((t) => t.startsWith('volunteer food bank'))).toBe(false);
    // A list item that is a whole sentence is prose.
    expect(texts).toContain('Volunteers must be at least 12 years old to work in the warehouse.');
    expect(texts[0]).toMatch(/^Volunteer groups in Raleigh/);
    // Headings and heading-like paragraphs are the story's topics.
    expect(topics).toEqual([
      'Where can I volunteer at a food bank in Raleigh?',
      'Volunteer food bank shifts in Raleigh and Durham',
      'How do I find a good volunteer opportunity in Raleigh, Durham or surrounding areas?',
      'Food bank volunteers',
    ]);
  });

  it('numbers candidates from 0 and points their offsets into the story text', () => {
    const { sentences } = storyProse(VOLUNTEER_GUIDE);
    const text = blocksText(VOLUNTEER_GUIDE);
    sentences.forEach((sentence, i) => {
      expect(sentence.index).toBe(i);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    });
  });

  it('reads a story given as text the same way, paragraph by paragraph', () => {
    const fromText = storyProse(blocksFromText(proseTexts(VOLUNTEER_GUIDE).join('\n\n'))).sentences.map((s) => s.text);
    expect(fromText).not.toContain('How do I find a good volunteer opportunity in Raleigh, Durham or surrounding areas?');
    expect(fromText).not.toContain('Food bank volunteers');
    expect(fromText).toContain('Groups of up to 20 volunteers can book a shift together, the food bank said.');
  });
});

describe('stories that are not running prose get their lead', () => {
  const opening = [
    p('Storms closed roads across the region on Saturday, and forecasters said more rain would follow on Sunday.'),
    p('Here is the latest on the storms, the road closures and the power cuts across the region.'),
  ];
  const update = (time: string, text: string) => [h(time, 3), p(text)];

  it('a live blog (entries that open with a clock time)', () => {
    const blocks: StoryBlock[] = [
      ...opening,
      ...update('10:42 a.m.', 'Power was cut to 12,000 homes in the north of the region after a substation flooded, the grid operator said.'),
      ...update('10:15 a.m.', 'The main road along the coast was closed in both directions after a landslide near the harbour.'),
      ...update('9:58 a.m.', 'Schools in three towns said they would stay closed on Monday because of flooding near their buildings.'),
      ...update('9:30 a.m.', 'Rail services between the two largest cities were suspended while engineers checked a bridge.'),
    ];
    expect(storyProse(blocks).shape).toBe('live updates');
    const result = summarize(blocksText(blocks), { sentences: 3, blocks });
    expect(result.ok && result.method).toBe('lead');
    expect(result.ok && result.sentences.map((s) => s.text)).toEqual([opening[0].text, opening[1].text, blocks[3].text]);
  });

  it('a page that is mostly a list', () => {
    const blocks: StoryBlock[] = [
      p('The city published its list of parks that will get new playgrounds this year, after a vote by residents.'),
      p('Work will start in April and end before the school holidays, the parks department said on Monday.'),
      ...['Riverside Park, north entrance', 'Oak Hill Park and the skate area', 'Harbour Green by the ferry stop', 'Mill Lane Gardens and the pond',
        'Victoria Park, east lawn and the old bandstand', 'Castle Fields near the sports centre', 'St John’s Green by the church hall',
        'Meadow Park, the new housing estate side', 'Station Gardens', 'Lakeside Park, west shore and the boat house'].map(li),
      p('Residents can follow the work on the council website.'),
      p('The council said the playgrounds would cost about 2 million pounds in all.'),
    ];
    expect(storyProse(blocks).shape).toBe('mostly not prose');
    const result = summarize(blocksText(blocks), { sentences: 3, blocks });
    expect(result.ok && result.method).toBe('lead');
    expect(result.ok && result.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('but a story with a short list in it is prose', () => {
    expect(storyProse(VOLUNTEER_GUIDE).shape).toBe('prose');
  });
});

describe('paragraphRole and isSentenceListItem', () => {
  it('tells headings set as paragraphs from prose by their shape', () => {
    expect(paragraphRole('What happens next', 1, true)).toBe('heading-like');
    expect(paragraphRole('Is the bridge safe to cross?', 1, true)).toBe('heading-like');
    // A question that ends the story has no answer after it, but is no summary sentence either way.
    expect(paragraphRole('Is the bridge safe to cross?', 1, false)).toBe('prose');
    expect(paragraphRole('The bridge will close. Is it safe?', 2, true)).toBe('prose');
    expect(paragraphRole('“Is this the end?” she asked.', 1, true)).toBe('prose');
    expect(paragraphRole('The council listed three reasons:', 1, true)).toBe('lead-in');
    expect(paragraphRole('The mayor said the bridge would close on Friday', 1, true)).toBe('heading-like');
    expect(
      paragraphRole('The mayor said the bridge would close on Friday after engineers found cracks in two of its main supports', 1, true),
    ).toBe('prose');
  });

  it('takes a list item for a sentence only when it is one', () => {
    expect(isSentenceListItem('Volunteers must be at least 12 years old to work in the warehouse.')).toBe(true);
    expect(isSentenceListItem('Sorting donations')).toBe(false);
    expect(isSentenceListItem('Read more.')).toBe(false);
    expect(isSentenceListItem('see the full list of shifts on the website.')).toBe(false);
    expect(isSentenceListItem('Can I bring my children to the warehouse on a Saturday?')).toBe(false);
  });
});

describe('summary of pages with headings, lists and FAQs', () => {
  for (const count of [1, 3, 5, 7]) {
    it(`has ${count} sentence(s), all from prose paragraphs or sentence list items`, () => {
      const result = summarize(blocksText(VOLUNTEER_GUIDE), { sentences: count, blocks: VOLUNTEER_GUIDE, title: 'Food banks need volunteers' });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.sentences).toHaveLength(count);
      const allowed = VOLUNTEER_GUIDE.filter((b) => b.kind === 'paragraph' || b.text.startsWith('Volunteers must'));
      for (const sentence of result.sentences) {
        expect(allowed.some((b) => b.text.includes(sentence.text)), sentence.text).toBe(true);
        expect(sentence.text.endsWith('?'), sentence.text).toBe(false);
        expect(sentence.text.endsWith(':'), sentence.text).toBe(false);
        expect(sentence.text).not.toBe('Food bank volunteers');
      }
    });
  }

  it('never summarises the questions of an FAQ written as paragraphs', () => {
    const faq: StoryBlock[] = [
      p('The city will replace its parking meters with a phone app from March, the transport department said on Monday.'),
      p('What happens to the old parking meters?'),
      p('The old parking meters will be removed over the summer and recycled by the company that made them.'),
      p('Can I still pay for parking with coins?'),
      p('Coins will be accepted at pay stations in each parking garage until the end of the year, the department said.'),
      p('How much will parking cost with the app?'),
      p('Parking will cost the same with the app, but the app adds a fee of 25 cents for each parking session.'),
      p('Where can I get help with the parking app?'),
      p('Libraries will hold classes on the parking app for older drivers in February and March.'),
    ];
    for (const count of [3, 5]) {
      const result = summarize(blocksText(faq), { sentences: count, blocks: faq });
      expect(result.ok && result.sentences.every((s) => !s.text.endsWith('?'))).toBe(true);
      // Without blocks (plain text, as the CLI gets it) the questions are recognised by their shape.
      const fromText = summarize(blocksText(faq), { sentences: count });
      expect(fromText.ok && fromText.sentences.every((s) => !s.text.endsWith('?'))).toBe(true);
    }
  });

  it('summarises a page through the engine without its headings, lists or quote blocks', () => {
    const sentence = (n: number) =>
      `<p>Paragraph ${n} of the story says the council approved the new harbour wall on Tuesday after a long debate about its cost and its design.</p>`;
    const html = articlePage(`<article>
      ${sentence(1)}${sentence(2)}
      <h2>The new harbour wall: cost, design and the council vote on Tuesday</h2>
      ${sentence(3)}
      <ul><li>Harbour wall cost</li><li>Harbour wall design and the council vote</li></ul>
      <blockquote><p>The council approved the new harbour wall on Tuesday after a long debate.</p></blockquote>
      <p>Why did the council approve the new harbour wall on Tuesday?</p>
      ${sentence(4)}${sentence(5)}${sentence(6)}
      <h3>Harbour wall debate on Tuesday</h3>
      ${sentence(7)}${sentence(8)}
    </article>`);
    const result = extractFromHtml(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const story = result.story as Story;
    const paragraphs = story.blocks.filter((b) => b.kind === 'paragraph' && !b.text.endsWith('?')).map((b) => b.text);
    expect(paragraphs.length).toBeGreaterThanOrEqual(8);
    for (const count of [3, 5, 7]) {
      const summary = analyseStory(story, { summarySentences: count }).summary ?? [];
      expect(summary).toHaveLength(count);
      for (const text of summary) expect(paragraphs.some((para) => para.includes(text)), text).toBe(true);
    }
  });
});
