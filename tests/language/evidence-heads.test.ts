/**
 * Evidence from the shape of a name and the words around it, tested on the evidence stage itself
 * (the entity model need not cut the spans these pages are about): names of events and works, two
 * names run together, and a label's description ("X: A white wine").
 */
import { describe, expect, it } from 'vitest';
import { actorEvidence } from '../../lib/language/actors/evidence';
import type { Mention } from '../../lib/language/actors/mentions';
import { loadNerModel } from '../../lib/language/ner/load-model';
import { tokenize } from '../../lib/language/ner/tokenize';
import type { ActorType } from '../../lib/language/types';

const loaded = loadNerModel();
if (!loaded.ok) throw new Error(loaded.reason);
const lexicon = loaded.model.lexicon;

/** The evidence for `name` (typed `type`) in the paragraphs; `others` are the story's other actors; `margin` the model's certainty. */
function evidenceFor(paragraphs: string[], name: string, type: ActorType, others: [string, ActorType][] = [], quoted = false, margin = 0) {
  const sentences = tokenize(paragraphs.join('\n\n'));
  const words = name.split(' ');
  const mentions: Mention[] = [];
  sentences.forEach((s, si) => {
    s.tokens.forEach((_, k) => {
      if (!words.every((w, j) => s.tokens[k + j]?.text === w)) return;
      const first = s.tokens[k]!;
      const last = s.tokens[k + words.length - 1]!;
      mentions.push({ name, type, start: first.start, end: last.end, sentence: si, tokenStart: k, tokenEnd: k + words.length, paragraph: s.paragraph, margin });
    });
  });
  if (!mentions.length) throw new Error(`"${name}" not found`);
  const namesByFirstWord = new Map<string, Map<string, ActorType>>();
  for (const [n, t] of [[name, type], ...others] as [string, ActorType][]) {
    const key = n.split(' ')[0]!.toLowerCase();
    namesByFirstWord.set(key, (namesByFirstWord.get(key) ?? new Map()).set(n, t));
  }
  // Where every name of the story stands, with its type.
  const nameTokens = new Map<string, ActorType>();
  for (const [n, t] of [[name, type], ...others] as [string, ActorType][]) {
    const w = n.split(' ');
    sentences.forEach((s, si) =>
      s.tokens.forEach((_, k) => {
        if (w.every((x, j) => s.tokens[k + j]?.text === x)) for (let j = 0; j < w.length; j++) nameTokens.set(`${si}:${k + j}`, t);
      }),
    );
  }
  return actorEvidence({ group: { name, type, mentions }, role: '', sentences, lexicon, quoted, inProse: () => true, namesByFirstWord, nameTokens });
}

describe('evidence from names and their labels', () => {
  it('does not list a survey, a show or a festival as an organisation, but keeps an institute of studies', () => {
    const survey = evidenceFor(['Meanwhile, 46% in the Brandell Snacks Survey said protein came first, the Brandell Snacks Survey found.'], 'Brandell Snacks Survey', 'organization');
    expect(survey.confident).toBe(false);
    const show = evidenceFor(['The carmaker showed the coupe at the Harlow Auto Show in March, and the Harlow Auto Show announced record crowds.'], 'Harlow Auto Show', 'organization');
    expect(show.confident).toBe(false);
    const institute = evidenceFor(['The Kessler Institute for Space Studies reported that July was the hottest month.'], 'Kessler Institute for Space Studies', 'organization');
    expect(institute.confident).toBe(true);
  });

  it('does not list two names run together as one', () => {
    const paragraphs = ['All prices are based on data from Angi, Rebuildly and Albany Times.', 'The Albany Times said prices rose, and Rebuildly said so too.'];
    expect(evidenceFor(paragraphs, 'Rebuildly and Albany Times', 'organization', [['Albany Times', 'organization']]).confident).toBe(false);
    expect(evidenceFor(paragraphs, 'Albany Times', 'organization').confident).toBe(true);
  });

  it('takes a label\'s description as what the name is ("X: A white wine"), never as a place', () => {
    const wine = evidenceFor(['Carla Rossa: A beautifully balanced red wine with aromas of cherry.', 'Serve Carla Rossa slightly cool.'], 'Carla Rossa', 'person');
    expect(wine.confident).toBe(false);
    const area = evidenceFor(['Tarrow Deck: a versatile area for events.', 'The band played on Tarrow Deck at night.'], 'Tarrow Deck', 'place');
    expect(area.reasons ?? []).not.toContain('placed');
  });

  it('does not take a firm named for a trade, or an agency with a place in its name, for a person', () => {
    const firm = evidenceFor(['Maxi Moving is where "fair rates meet care," says Maxi Moving\'s vice president, Ivo Petrov.'], 'Maxi Moving', 'person', [], true);
    expect(firm.confident).toBe(false);
    const agency = evidenceFor(['The ministry told Agence France-Presse that the talks had stalled, Agence France-Presse said.'], 'Agence France-Presse', 'person');
    expect(agency.confident).toBe(false);
    const person = evidenceFor(['"We stayed open all winter," said Maria Costa, who runs the shop.'], 'Maria Costa', 'person', [], true);
    expect(person.confident).toBe(true);
  });

  it('does not list as a place a name the lists do not know that is joined to a person ("the likes of X and Kim Kardashian")', () => {
    const paragraphs = ['The manager has worked with the likes of Dario Westfall and Kim Kardashian, both of whom the singer has feuded with.', 'The label is based in Dario Westfall.'];
    // However sure the model is.
    expect(evidenceFor(paragraphs.slice(0, 1), 'Dario Westfall', 'place', [['Kim Kardashian', 'person']], false, 1e6).confident).toBe(false);
    expect(evidenceFor(paragraphs.slice(0, 1), 'Dario Westfall', 'place', [], false, 1e6).confident).toBe(true);
    // Used as a place elsewhere ("based in"), it stays one.
    expect(evidenceFor(paragraphs, 'Dario Westfall', 'place', [['Kim Kardashian', 'person']]).reasons).not.toContain('joined to a person');
  });

  it('takes an acronym the story puts in the plural ("SUV" beside "SUVs") for a common noun, not a name', () => {
    const plural = evidenceFor(['The new SUV launched in March, and the SUV sold well.', 'SUVs now lead sales.'], 'SUV', 'organization');
    expect(plural.isName).toBe(false);
    const agency = evidenceFor(['The new KLM launched in March, and the KLM sold well.', 'Flights now lead sales.'], 'KLM', 'organization');
    expect(agency.isName).toBe(true);
  });

  it('takes a name the prose always quotes for the title of a work', () => {
    const title = evidenceFor(['Her new single, “Calla Brooks”, opens the album.', 'Fans first heard “Calla Brooks” on the radio.'], 'Calla Brooks', 'person', [], true, 1e6);
    expect(title.confident).toBe(false);
    const person = evidenceFor(['Her new single was written with Calla Brooks, who also sings on it.', 'Fans first heard “Calla Brooks” on the radio.'], 'Calla Brooks', 'person', [], true, 1e6);
    expect(person.confident).toBe(true);
  });

  it('gives a title after a person\'s name and a comma to that person, not to the firm after it ("Rob Goldman, President Ascom")', () => {
    const paragraphs = ['Corvane, a global solutions provider, announced a new product.', 'Rob Goldman, President Corvane North America, says the launch went well.'];
    const others: [string, ActorType][] = [['Rob Goldman', 'person'], ['North America', 'place']];
    expect(evidenceFor(paragraphs, 'Corvane', 'person', others).confident).toBe(false);
    expect(evidenceFor(['The talks were hosted by President Corvane in the capital.'], 'Corvane', 'person').confident).toBe(true);
  });
});
