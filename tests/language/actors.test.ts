import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/language/ner/tokenize';
import { clearestRole, roleCandidates } from '../../lib/language/actors/roles';
import { mergeMentions } from '../../lib/language/actors/merge';
import type { Mention } from '../../lib/language/actors/mentions';
import { extractActors } from '../../lib/language/actors/extract-actors';
import type { ActorType } from '../../lib/language/types';

/** The role found for the name `name` in a one-sentence text (names given by hand: no model). */
function roleIn(text: string, name: string, otherNames: string[] = []): string {
  const [sentence] = tokenize(text);
  const words = sentence!.tokens.map((t) => t.text);
  const rangeOf = (n: string): [number, number] => {
    const parts = n.split(' ');
    const i = words.findIndex((_, k) => parts.every((p, j) => words[k + j] === p));
    if (i < 0) throw new Error(`${n} not in ${words.join(' ')}`);
    return [i, i + parts.length];
  };
  const [start, end] = rangeOf(name);
  const names = [[start, end] as const, ...otherNames.map((n) => rangeOf(n))];
  return clearestRole(roleCandidates(text, sentence!, start, end, names));
}

describe('role patterns', () => {
  it('takes titles written before a name', () => {
    expect(roleIn('Secretary of State Antony Blinken arrived.', 'Antony Blinken')).toBe('Secretary of State');
    expect(roleIn('They met State Councilor Wang Yi on Thursday.', 'Wang Yi')).toBe('State Councilor');
    expect(roleIn('White House press secretary Jen Psaki confirmed it.', 'Jen Psaki')).toBe('White House press secretary');
    expect(roleIn('He and national security adviser Jake Sullivan left.', 'Jake Sullivan')).toBe('national security adviser');
    expect(roleIn('It followed Gov. Mike Dunleavy’s speech.', 'Mike Dunleavy')).toBe('Gov.');
  });

  it('takes appositives after and before a name', () => {
    expect(roleIn('Antony Blinken, U.S. secretary of state, speaks to reporters.', 'Antony Blinken')).toBe('U.S. secretary of state');
    expect(
      roleIn('They will meet Wang Yi and the foreign affairs chief of the Chinese Communist Party, Yang Jiechi, in Alaska.', 'Yang Jiechi', ['Wang Yi']),
    ).toBe('foreign affairs chief of the Chinese Communist Party');
  });

  it('finds no role where the words around a name are not one', () => {
    expect(roleIn('Blinken said before departing Japan.', 'Blinken')).toBe('');
    expect(roleIn('Talks followed President Trump’s approach, Blinken, who left, said.', 'Blinken')).toBe('');
    expect(roleIn('North Korea’s Kim Jong Un tested a missile.', 'Kim Jong Un')).toBe('');
    expect(roleIn('In Tokyo, Blinken met his counterparts.', 'Blinken')).toBe('');
  });

  it('prefers the story’s own description to a bare title', () => {
    expect(
      clearestRole([
        { text: 'Secretary of State', kind: 'title', words: 3 },
        { text: 'U.S. secretary of state', kind: 'appositive', words: 5 },
      ]),
    ).toBe('U.S. secretary of state');
  });
});

function mention(name: string, type: ActorType, paragraph: number, start: number): Mention {
  return { name, type, start, end: start + name.length, sentence: paragraph, tokenStart: 0, tokenEnd: 1, paragraph, margin: 10 };
}

describe('mention merging', () => {
  it('merges a surname with the one full name it ends', () => {
    const { groups } = mergeMentions([mention('Antony Blinken', 'person', 0, 0), mention('Blinken', 'person', 1, 100), mention('Psaki', 'person', 2, 200)]);
    expect(groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ['Antony Blinken', 2],
      ['Psaki', 1],
    ]);
  });

  it('never merges two people who share a surname, and a lone surname needs a recent full name', () => {
    const merged = mergeMentions([
      mention('Kim Jong Un', 'person', 0, 0),
      mention('Kim Yo Jong', 'person', 5, 500),
      mention('Kim', 'person', 6, 600),
      mention('John Smith', 'person', 7, 700),
      mention('Mary Smith', 'person', 8, 800),
      mention('Smith', 'person', 20, 2000),
    ]);
    expect(merged.groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ['Kim Jong Un', 1],
      ['Kim Yo Jong', 2],
      ['John Smith', 1],
      ['Mary Smith', 1],
    ]);
    expect(merged.groupOf[5]).toBe(-1);
  });

  it('merges a place with its acronym and ignores case, dots and a leading "the"', () => {
    const { groups } = mergeMentions([
      mention('United States', 'place', 0, 0),
      mention('U.S.', 'place', 1, 100),
      mention('White House', 'organization', 1, 150),
      mention('White House', 'place', 2, 200),
      mention('White House', 'organization', 3, 300),
    ]);
    expect(groups.map((g) => [g.name, g.type, g.mentions.length])).toEqual([
      ['United States', 'place', 2],
      ['White House', 'organization', 3],
    ]);
  });
});

describe('extractActors (with the entity model)', () => {
  const story = {
    title: 'Minister Ana Lopez resigns over budget',
    text: [
      'Finance Minister Ana Lopez resigned on Monday after the budget failed in parliament in Madrid.',
      'Lopez, who had served since 2019, said the decision was hers. Prime Minister Carlos Ruiz thanked her.',
      '“I have done what I could for this country,” Lopez said.',
      'The Lopez government had faced protests for weeks. (Maria Gomez / AP Photo)',
    ].join('\n\n'),
  };

  it('merges mentions, counts the possessive use, keeps roles and leaves out photo credits', () => {
    const result = extractActors(story);
    if (!result.ok) throw new Error(result.reason);
    const lopez = result.actors.find((a) => a.name === 'Ana Lopez');
    expect(lopez).toMatchObject({ type: 'person', role: 'Finance Minister' });
    expect(lopez!.mentions).toBeGreaterThanOrEqual(4);
    expect(result.actors[0]!.name).toBe('Ana Lopez');
    expect(result.actors.find((a) => a.name === 'Carlos Ruiz')?.role).toBe('Prime Minister');
    expect(result.actors.some((a) => a.name === 'Lopez')).toBe(false);
    expect(result.actors.some((a) => /Gomez/.test(a.name))).toBe(false);
    expect(result.actors.find((a) => a.name === 'Madrid')?.type).toBe('place');
    expect(result.quotes).toEqual([{ speaker: 'Ana Lopez', text: 'I have done what I could for this country' }]);
  });

  it('returns a typed failure for input that is not a story, and nothing for empty text', () => {
    expect(extractActors(null as unknown as { title: string; text: string })).toEqual({ ok: false, reason: 'story has no text' });
    expect(extractActors({ title: '', text: '' })).toEqual({ ok: true, actors: [], alsoMentioned: [], quotes: [] });
  });
});

describe('robustness', () => {
  it('never throws and keeps token offsets true to the text, whatever the text', async () => {
    const fc = await import('fast-check');
    const wordy = fc.array(
      fc.oneof(
        fc.constantFrom('Blinken', 'said', '“', '”', '"', ',', '.', 'U.S.', 'Kim', 'the', '’s', '(', ')', '/', 'Photo', '\n\n', 'Mr.', 'of', 'State'),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(wordy, fc.string({ maxLength: 30 }), (words, title) => {
        const text = words.join(' ');
        for (const s of tokenize(text)) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        const result = extractActors({ title, text });
        expect(result.ok).toBe(true);
        if (result.ok) for (const a of result.actors) expect(a.mentions).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('role patterns: dates', () => {
  it('does not take a day or month into a title', () => {
    expect(roleIn('On Tuesday Foreign Secretary Jack Straw said so.', 'Jack Straw')).toBe('Foreign Secretary');
  });
});

describe('headline spelling', () => {
  it('merges an ALL-CAPS headline name with the text’s spelling', () => {
    const { groups } = mergeMentions([mention('CHINA', 'place', 0, 0), mention('China', 'place', 1, 100), mention('ANTONY BLINKEN', 'person', 0, 10), mention('Antony Blinken', 'person', 1, 120)]);
    expect(groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ['Antony Blinken', 2],
      ['China', 2],
    ]);
  });
});

describe('a name used as a modifier', () => {
  it('counts "the Biden administration" for Biden', () => {
    const result = extractActors({
      title: 'Biden meets allies',
      text:
        'President Joe Biden met European leaders in Brussels on Monday.\n\n' +
        'The Biden administration wants a common line on trade, officials said.\n\n' +
        'Biden said the talks were useful.',
    });
    if (!result.ok) throw new Error(result.reason);
    const biden = result.actors.find((a) => a.name === 'Joe Biden');
    expect(biden).toMatchObject({ type: 'person', role: 'President', mentions: 4 });
    expect(result.actors[0]!.name).toBe('Joe Biden');
  });
});

describe('role patterns: where an appositive ends', () => {
  it('stops at a speech verb or a bracket', () => {
    expect(roleIn('Mark Serwotka, leader of the Public and Commercial Services Union said the plan was wrong.', 'Mark Serwotka')).toBe(
      'leader of the Public and Commercial Services Union',
    );
    expect(roleIn('Mary Blewitt, founder of the Survivors Fund (Surf), spoke.', 'Mary Blewitt')).toBe('founder of the Survivors Fund');
  });
});

describe('salience', () => {
  it('ranks by headline, quotes and mentions, people before places at equal weight', async () => {
    const { rankActors } = await import('../../lib/language/actors/salience');
    const base = { firstOffset: 0, inHeadline: false, firstProseParagraph: -1, subjectSentences: 0, quotes: 0 };
    const ranked = rankActors([
      { ...base, actor: { name: 'Place', type: 'place', role: '', mentions: 3 } },
      { ...base, actor: { name: 'Quoted', type: 'person', role: '', mentions: 2 }, quotes: 1 },
      { ...base, actor: { name: 'Headline', type: 'person', role: '', mentions: 1 }, inHeadline: true, firstOffset: 5 },
      { ...base, actor: { name: 'Plain', type: 'person', role: '', mentions: 3 }, firstOffset: 9 },
    ] as const);
    expect(ranked.map((x) => x.actor.name)).toEqual(['Headline', 'Quoted', 'Plain', 'Place']);
  });

  it('puts someone introduced in the lead with a role above someone named more often in passing later', async () => {
    const { rankActors } = await import('../../lib/language/actors/salience');
    const base = { firstOffset: 0, inHeadline: false, subjectSentences: 0, quotes: 0 };
    const ranked = rankActors([
      { ...base, actor: { name: 'Passing', type: 'person', role: 'President', mentions: 4 }, firstProseParagraph: 7, firstOffset: 900 },
      { ...base, actor: { name: 'Principal', type: 'person', role: 'State Councilor', mentions: 1 }, firstProseParagraph: 1, firstOffset: 200 },
    ] as const);
    expect(ranked.map((x) => x.actor.name)).toEqual(['Principal', 'Passing']);
  });
});

describe('role patterns: possessors', () => {
  it('keeps the possessor of a role', () => {
    expect(roleIn('The talks angered North Korea’s leader Kim Jong Un last year.', 'Kim Jong Un')).toBe('North Korea’s leader');
    expect(roleIn('Blinken spoke to Japan’s foreign minister, Toshimitsu Motegi, on Tuesday.', 'Toshimitsu Motegi', ['Blinken'])).toBe(
      'Japan’s foreign minister',
    );
    expect(roleIn('North Korea’s Kim Jong Un tested a missile.', 'Kim Jong Un')).toBe('');
  });
});

describe('names the model cut short', () => {
  it('joins a name through a particle ("bin") and keeps a hyphenated given name ("Hau-yip"), but cuts "-themed"', () => {
    const result = extractActors({
      title: 'Talks in Dubai',
      text: [
        'Sheikh Mohammed bin Rashid Al Maktoum, the ruler of Dubai, met the delegation on Monday, the government said.',
        'Cheuk Hau-yip, the commander of the district police, said the roads would reopen.',
        'A Taylor Swift-themed party followed, and Taylor Swift sent a message, her spokesman said.',
      ].join('\n\n'),
    });
    if (!result.ok) throw new Error(result.reason);
    const people = result.actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Mohammed bin Rashid Al Maktoum', 'Cheuk Hau-yip']));
    expect(people).not.toContain('Mohammed');
    expect(people).not.toContain('Cheuk Hau');
    expect([...people, ...result.alsoMentioned]).not.toContain('Taylor Swift-themed');
  });
});

describe('name runs on entities the model split', () => {
  it('joins a compass word the model made a place of its own to the place after it ("South" + "China Sea")', async () => {
    const { extendPersonNames } = await import('../../lib/language/actors/name-runs');
    const { tokenize: split } = await import('../../lib/language/ner/tokenize');
    const { loadNerModel } = await import('../../lib/language/ner/load-model');
    const loaded = loadNerModel();
    if (!loaded.ok) throw new Error(loaded.reason);
    const text = 'Ships crossed the South China Sea and the South Pacific, then went South Korea way.';
    const sentences = split(text);
    const span = (words: string, type: 'LOC' | 'PER' | 'ORG') => {
      const w = words.split(' ');
      const toks = sentences[0]!.tokens;
      const k = toks.findIndex((_, i) => w.every((x, j) => toks[i + j]?.text === x));
      return { text: words, type, start: toks[k]!.start, end: toks[k + w.length - 1]!.end, sentence: 0, tokenStart: k, tokenEnd: k + w.length, margin: 10 };
    };
    const out = extendPersonNames(text, [span('South', 'LOC'), span('China Sea', 'LOC'), span('Pacific', 'LOC')], sentences, loaded.model.lexicon);
    expect(out.map((e) => e.text)).toEqual(['South China Sea', 'Pacific']);
  });
});
