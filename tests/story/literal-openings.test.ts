/**
 * The gate in front of the call-to-action and page-control tables (lib/story/clean/opening-gate.ts)
 * may only ever skip a pattern that cannot match: every match opens with one of the words the entry
 * declares. Checked in three steps: the reading of openings from a pattern (scripts/lib/literal-openings.ts)
 * on small shapes by hand; that reading against strings each entry matches, made from the pattern's
 * syntax tree by a generator that shares nothing with it but regexpp's parse (the real engine confirms
 * each string matches); and each table's declared words against that reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { literalOpenings } from '../../scripts/lib/literal-openings';
import { openingGate } from '../../lib/story/clean/opening-gate';
import { CALL_TO_ACTION_OPENINGS, CALL_TO_ACTION_WORDING } from '../../lib/story/clean/remove-calls-to-action';
import { PAGE_CONTROL_OPENINGS, PAGE_CONTROL_WORDING } from '../../lib/story/clean/remove-page-controls';

describe('literal openings of a pattern', () => {
  it('reads optional and nested groups, up to the first space', () => {
    expect(literalOpenings(/^(please )?follow (us|me)\b/)?.sort()).toEqual(['follow', 'please']);
    expect(literalOpenings(/^sign ?up/)).toEqual(['sign']);
    expect(literalOpenings(/^(x(a|b)|c)d/)?.sort()).toEqual(['c' + 'd', 'xad', 'xbd']);
  });

  it('ends an opening at a class, a dot, an escape class, a Unicode property or the end', () => {
    expect(literalOpenings(/^try[\p{L} ]{1,30} free/u)).toEqual(['try']);
    // Optional or not, a dot ends the opening: "get" opens "getnews" too.
    expect(literalOpenings(/^get.{0,60}\bnews/)).toEqual(['get']);
    expect(literalOpenings(/^join\S+ now/)).toEqual(['join']);
    expect(literalOpenings(/^ad$/)).toEqual(['ad']);
    // "ad" covers "ads".
    expect(literalOpenings(/^(ads?|sponsored)/)?.sort()).toEqual(['ad', 'sponsored']);
  });

  it('passes over lookarounds and word boundaries, and stops after an item that may repeat', () => {
    expect(literalOpenings(/^(signup)(?![-\w])now/)).toEqual(['signupnow']);
    expect(literalOpenings(/^(?:ab)+c/)).toEqual(['ab']);
    expect(literalOpenings(/^a(bc)*d/)?.sort()).toEqual(['abc', 'ad']);
  });

  it('cuts a group with too many openings to their first characters', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${String(i).padStart(3, '0')}`);
    const openings = literalOpenings(new RegExp(`^(${words.join('|')})now`));
    expect(openings).not.toBeNull();
    expect(openings!.length).toBeLessThanOrEqual(128);
    for (const word of words) expect(openings!.some((o) => `${word}now`.startsWith(o))).toBe(true);
  });

  it('gives up (null: always ask) when the pattern is not anchored, ignores case, or may open with anything', () => {
    expect(literalOpenings(/by clicking here$/)).toBeNull();
    expect(literalOpenings(/^subscribe/i)).toBeNull();
    expect(literalOpenings(/^(please )?[a-z]+ now/)).toBeNull();
    expect(literalOpenings(/^(a|)b/)?.sort()).toEqual(['ab', 'b']);
    expect(literalOpenings(/^(a|.)b/)).toBeNull();
    // Every top-level alternative must be anchored: /^ab|cd/ matches "xcd".
    expect(literalOpenings(/^ab|cd/)).toBeNull();
    expect(literalOpenings(/^ab|^cd/)?.sort()).toEqual(['ab', 'cd']);
  });

  it('takes a character outside the Basic Multilingual Plane as one literal', () => {
    // "a😀?b" matches "ab": the quantifier takes the whole emoji, not its second half.
    expect(literalOpenings(/^a😀?b/u)?.sort()).toEqual(['ab', 'a😀b']);
    for (const text of ['ab', 'a😀b']) expect(/^a😀?b/u.test(text)).toBe(true);
    // Without the u flag the quantifier takes the second code unit only: "a\ud83db" matches too.
    expect(/^a😀?b/.test('a\ud83db')).toBe(true);
    expect(literalOpenings(/^a😀?b/)?.sort()).toEqual(['a\ud83db', 'a😀b']);
  });

  it('gates a table by its declared words: a line is asked of the entries it may open', () => {
    const may = openingGate(['follow', '', 'donate']);
    expect(Array.from(may('follow us on x'))).toEqual([1, 1, 0]);
    expect(Array.from(may('donate today'))).toEqual([0, 1, 1]);
    expect(Array.from(may('the council met'))).toEqual([0, 1, 0]);
    expect(Array.from(may('followers said'))).toEqual([1, 1, 0]);
    expect(Array.from(may(''))).toEqual([0, 1, 0]);
  });
});

/** Characters tried for a class or a set: letters of several scripts, digits, spaces, punctuation. */
const CANDIDATES = [...'abcdefghijklmnopqrstuvwxyz0123456789 éüñçø@.:-_/!?’\'$%&+#()|–—'];

/** Strings the pattern's syntax allows (assertions not enforced: the engine filters afterwards). */
function samples(node: AST.Node, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group':
      return samples(pick(node.alternatives), random);
    case 'Alternative':
      return node.elements.map((element) => samples(element, random)).join('');
    case 'Quantifier': {
      const max = Math.min(node.max, node.min + 3);
      const times = node.min + Math.floor(random() * (max - node.min + 1));
      return Array.from({ length: times }, () => samples(node.element, random)).join('');
    }
    case 'Character':
      return String.fromCodePoint(node.value);
    case 'CharacterClass':
    case 'CharacterSet': {
      const matcher = new RegExp(`^${node.raw}$`, 'u');
      const fitting = CANDIDATES.filter((c) => matcher.test(c));
      return fitting.length > 0 ? pick(fitting) : '';
    }
    case 'Assertion':
    case 'Backreference':
      return '';
    default:
      return '';
  }
}

/** A small deterministic generator (mulberry32): the same strings on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The gated tables: calls to action, page controls. */
const GATED: [string, readonly RegExp[]][] = [
  ['call-to-action', CALL_TO_ACTION_WORDING.map((wording) => wording.pattern)],
  ['page-control', PAGE_CONTROL_WORDING],
];

describe.each(GATED)('every %s entry opens as its openings say', (_, patterns) => {
  patterns.forEach((pattern, place) => {
    it(`entry ${place}: /${pattern.source.slice(0, 50)}…/`, () => {
      const openings = literalOpenings(pattern);
      const tree = parseRegExpLiteral(pattern).pattern;
      const random = seeded(place + 1);
      let matched = 0;
      for (let k = 0; k < 3000 && matched < 300; k++) {
        const text = samples(tree, random);
        if (!pattern.test(text)) continue;
        matched++;
        if (openings) expect(openings.some((opening) => text.startsWith(opening)), `"${text}"`).toBe(true);
      }
      // The generator reaches the pattern: the check above was not empty.
      expect(matched).toBeGreaterThan(20);
    });
  });
});

/** The tables and the words they declare for the gate. */
const DECLARED: [string, readonly RegExp[], readonly string[]][] = [
  ['call-to-action', CALL_TO_ACTION_WORDING.map((wording) => wording.pattern), CALL_TO_ACTION_OPENINGS],
  ['page-control', PAGE_CONTROL_WORDING, PAGE_CONTROL_OPENINGS],
];

describe.each(DECLARED)('the %s table declares the words its patterns open with', (_, patterns, declared) => {
  it('one declaration per entry', () => expect(declared.length).toBe(patterns.length));
  patterns.forEach((pattern, place) => {
    it(`entry ${place}`, () => {
      const read = literalOpenings(pattern);
      // On failure, the expected value is the line to write in the table's declaration.
      expect(declared[place], `entry ${place}: write ${JSON.stringify(read ? read.join(' ') : '')}`).toBe(read ? read.join(' ') : '');
    });
  });
});
