/**
 * Precision first: names the story gives no evidence for are not listed as typed actors (they may
 * be "also mentioned", untyped), and capitalised ordinary words are not names at all.
 */
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../lib/language/actors/extract-actors';

function actorsOf(title: string, paragraphs: string[]) {
  const result = extractActors({ title, text: paragraphs.join('\n\n') });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('evidence for actors', () => {
  it('does not take sentence-opening adverbs or menu words for names', () => {
    const result = actorsOf('How to plan a trip', [
      'Furthermore, the cheapest fares usually appear on Tuesdays, and booking early still helps.',
      'Additionally, most airlines let you change a booking for a fee.',
      'Download the app before you leave home.',
    ]);
    const names = [...result.actors.map((a) => a.name), ...result.alsoMentioned];
    for (const word of ['Furthermore', 'Additionally', 'Download']) expect(names).not.toContain(word);
  });

  it('lists a person introduced with a given name, a title, a quote or a verb of saying', () => {
    const result = actorsOf('Harbour plan approved', [
      'The council approved the plan after Mayor Ruth Okafor argued for it on Tuesday.',
      '“People have waited long enough,” Okafor told reporters.',
      'Councillor Daniel Reyes voted against it.',
    ]);
    expect(result.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(expect.arrayContaining(['Ruth Okafor', 'Daniel Reyes']));
  });

  it('does not list credentials written in capitals as people', () => {
    const result = actorsOf('Diet trends', [
      'Keri Gans, M.S., R.D.N., a dietitian in New York, said fibre is the trend to watch.',
      'According to Gans, R.D.N., most people still eat too little of it.',
    ]);
    expect(result.actors.map((a) => a.name)).not.toContain('R.D.N.');
  });

  it('needs more than a repeated acronym to call something an organisation', () => {
    const result = actorsOf('Why AI matters for SEO', [
      'Many teams now use AI to draft pages, and SEO specialists worry about quality.',
      'AI tools can help with research, but SEO still depends on original reporting.',
    ]);
    expect(result.actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([]);
  });

  it('keeps an organisation the story shows acting, and a place named after a preposition', () => {
    const result = actorsOf('Ferry firm expands', [
      'Westbay Ferries said on Monday it would add three boats to its route from Carrow Island.',
      'The company was founded in Port Elling in 1998.',
    ]);
    expect(result.actors.find((a) => a.name === 'Westbay Ferries')?.type).toBe('organization');
    expect(result.actors.find((a) => a.name === 'Port Elling')?.type).toBe('place');
  });
});
