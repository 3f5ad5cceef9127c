/**
 * A name the entity model cut out of a longer one ("Georgia" of "Georgia Tech", "Mongolia" of
 * "Inner Mongolia") names something else: it is not listed as a typed actor.
 */
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../lib/language/actors/extract-actors';
import { partOfLongerName } from '../../lib/language/actors/longer-names';
import { tokenize } from '../../lib/language/ner/tokenize';
import type { ActorType } from '../../lib/language/types';

const TITLES = new Set(['president', 'secretary', 'ceo', 'dr.', 'mayor']);
const PLACES = new Set(['california', 'texas', 'northern ireland', 'ireland', 'd.c.']);
const tests = { isTitle: (w: string) => TITLES.has(w.toLowerCase()), isPlace: (w: string) => PLACES.has(w.toLowerCase()) };

/** Is `name` (typed `type`) in `sentence` a piece of a longer name? Other names of the sentence are given in `others`. */
function piece(sentence: string, name: string, type: ActorType, others: [string, ActorType][] = []): boolean {
  const tokens = tokenize(sentence)[0]!.tokens;
  const at = (words: string) => {
    const w = words.split(' ');
    const i = tokens.findIndex((_, k) => w.every((x, j) => tokens[k + j]?.text === x));
    if (i < 0) throw new Error(`"${words}" not in "${sentence}"`);
    return [i, i + w.length] as const;
  };
  const [tokenStart, tokenEnd] = at(name);
  const taken = new Map<number, ActorType>();
  for (const [o, t] of others) {
    const [s, e] = at(o);
    for (let k = s; k < e; k++) taken.set(k, t);
  }
  return partOfLongerName({ tokens, tokenStart, tokenEnd, type, name, otherNameAt: (k) => taken.get(k) }, tests);
}

describe('pieces of longer names', () => {
  it('finds a capitalised word the model left out, before or after the name', () => {
    expect(piece('The patient came from a village in Inner Mongolia last week.', 'Mongolia', 'place')).toBe(true);
    expect(piece('She studied machine learning at Georgia Tech for two years.', 'Georgia', 'place')).toBe(true);
    expect(piece('A study from Massachusetts General found the effect.', 'Massachusetts', 'place')).toBe(true);
    expect(piece('The post drew the attention of congresswoman Alexandria Ocasio-Cortez.', 'Alexandria', 'place')).toBe(true);
    expect(piece('The degree is offered through the Ira A. Fulton Schools of Engineering.', 'Ira A. Fulton', 'person')).toBe(true);
  });

  it('finds a place after "X of" or "X\'s of" and an institution that runs on through "on", "and"', () => {
    expect(piece("Try a paste like Tom's of Maine for sensitive teeth.", 'Maine', 'place')).toBe(true);
    expect(piece('Groups like the National Alliance on Mental Illness offer guidance.', 'National Alliance', 'organization')).toBe(true);
    expect(piece('The Department of Health and Mental Hygiene joined the effort.', 'Department of Health', 'organization')).toBe(true);
  });

  it('finds an institution the model made two names of when the acronym after them spells the whole, and a person right before an organisation\'s name', () => {
    expect(piece('Groups like the National Alliance on Mental Illness (NAMI) offer guidance.', 'National Alliance', 'organization', [['Mental Illness', 'organization']])).toBe(true);
    expect(piece('Groups like the Harbor Alliance and Mental Health America (MHA) offer guidance.', 'Harbor Alliance', 'organization', [['Mental Health America', 'organization']])).toBe(false);
    expect(piece('One feature of the Rice Jones MBA is its location.', 'Rice Jones', 'person', [['MBA', 'organization']])).toBe(true);
    expect(piece('Cleveland DL Larry Ogden was suspended for a game.', 'Larry Ogden', 'person', [['DL', 'organization']])).toBe(false);
  });

  it('keeps titles, roles, parties, dates, compass words, other names and sentence openers apart from the name', () => {
    expect(piece('The talks were led by Secretary of State Antony Blinken in Alaska.', 'Antony Blinken', 'person')).toBe(false);
    expect(piece('A statement from Dental Hygienist Andrea Fernandez followed.', 'Andrea Fernandez', 'person')).toBe(false);
    expect(piece('The bill was backed by Republican Mitt Romney on the floor.', 'Mitt Romney', 'person')).toBe(false);
    expect(piece('The rally was held by Trump Tuesday in Ohio.', 'Trump', 'person')).toBe(false);
    expect(piece('Prices are higher in Southern California than elsewhere.', 'California', 'place')).toBe(false);
    expect(piece('The rules differ in Northern Ireland, officials said.', 'Ireland', 'place')).toBe(true);
    expect(piece('Cleaning costs in San Diego California are similar.', 'San Diego', 'place', [['California', 'place']])).toBe(false);
    expect(piece('Prices rose in the Governor of Texas race.', 'Texas', 'place')).toBe(false);
    expect(piece('Visitors to the State of New Jersey pay a fee.', 'New Jersey', 'place')).toBe(false);
    expect(piece('Harvard and Stanford raised tuition.', 'Harvard', 'organization', [['Stanford', 'organization']])).toBe(false);
    expect(piece('Martin Luther King Jr. spoke in Washington.', 'Martin Luther King', 'person')).toBe(false);
  });
});

describe('actors that are pieces of longer names', () => {
  it('lists no place or person cut from a longer name, and keeps one the story also names on its own', () => {
    const result = extractActors({
      title: 'Where to study robotics',
      text: [
        'Rosa Delgado, a professor at Georgia Tech, said the lab opened in 2021.',
        'Students can also apply through the Ira A. Fulton Schools of Engineering, Delgado said.',
        'A patient from Inner Mongolia was treated at a clinic in Texas.',
        'The clinic is the largest in Texas, according to state records.',
      ].join('\n\n'),
    });
    if (!result.ok) throw new Error(result.reason);
    const typed = result.actors.map((a) => a.name);
    for (const name of ['Georgia', 'Ira A. Fulton', 'Mongolia']) expect(typed).not.toContain(name);
    expect(result.actors.find((a) => a.name === 'Rosa Delgado')?.type).toBe('person');
    expect(result.actors.find((a) => a.name === 'Texas')?.type).toBe('place');
  });
});
