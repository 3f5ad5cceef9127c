/**
 * The literal words every match of an anchored regular expression must open with, read from the
 * pattern's source: `/^(please )?follow (us|me)\b/` → "please", "follow". The cleaning rules' wording
 * tables declare these words beside their patterns (lib/story/clean/opening-gate.ts: a line is asked
 * only of the entries whose words it opens with); tests/story/literal-openings.test.ts checks each
 * declaration against what this reads from the pattern, so the two cannot drift apart. It is not in
 * the engine itself: reading the patterns in every renderer, on every first click, cost more than it
 * saved (10–40 ms in a Chromium tab).
 *
 * Sound by construction for the syntax it reads. The pattern is parsed by regexpp (the parser ESLint's
 * regular-expression rules use), so the syntax itself is never guessed at here, and the tree is
 * read as follows; it gives up (null: always ask the pattern) where it cannot be sure. Each opening is
 * a prefix of some match, and every match starts with one of them:
 * - literal characters extend the openings, up to the first space (an opening is a first word);
 *   zero-width items (`^`, `\b`, lookarounds) are passed over;
 * - a group is the union of its alternatives; an optional item (`?`, `*`, `{0,n}`) the union of
 *   taking it and not; after an item that may repeat, an opening ends (it stays a prefix);
 * - anything that is not a literal (a class, `.`, `\s`, `\p{L}`, a back-reference, `$`) ends every
 *   opening there;
 * - a group with more openings than the table should hold has them cut to their first characters;
 * - an opening that starts with another one is left out ("login" covers "login:").
 * Flags that change what a literal matches or where (`i`, `m`, `g`, `y`, `v`) give null, as does a
 * pattern with an alternative not anchored at its start, or one whose openings include the empty string.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

interface Opening {
  text: string;
  /** Can still grow: nothing but literals met since the start. */
  open: boolean;
}

/** At most about this many openings per group (see `fit`): the declared words stay few. */
const MAX_OPENINGS = 128;

export function literalOpenings(pattern: RegExp): string[] | null {
  if (/[imgyv]/.test(pattern.flags)) return null;
  let tree: AST.Pattern;
  try {
    tree = parseRegExpLiteral(pattern).pattern;
  } catch {
    // Syntax regexpp does not know (newer than it): no openings, so the entry declares '' and is
    // asked of every line, as it was before the gate.
    return null;
  }
  // Every top-level alternative must be anchored: /^ab|cd/ matches "xcd".
  const anchored = (alternative: AST.Alternative) => {
    const first = alternative.elements[0];
    return first?.type === 'Assertion' && first.kind === 'start';
  };
  if (!tree.alternatives.every(anchored)) return null;
  const texts = [...new Set(alternation(tree.alternatives).map((o) => o.text))];
  if (texts.length === 0 || texts.includes('')) return null;
  return texts.filter((text) => !texts.some((other) => other !== text && text.startsWith(other)));
}

/** What one item of a sequence does to the openings so far. */
type Item = { kind: 'literal'; text: string } | { kind: 'group'; openings: Opening[] } | { kind: 'zero-width' } | { kind: 'end' };

function alternation(alternatives: readonly AST.Alternative[]): Opening[] {
  return alternatives.flatMap(sequence);
}

function sequence(alternative: AST.Alternative): Opening[] {
  let openings: Opening[] = [{ text: '', open: true }];
  for (const element of alternative.elements) {
    openings =
      element.type === 'Quantifier' ? apply(openings, item(element.element), element.min, element.max) : apply(openings, item(element), 1, 1);
  }
  return openings;
}

function item(node: AST.QuantifiableElement | AST.Assertion): Item {
  switch (node.type) {
    case 'Character':
      // Its code point: with the u flag a character beyond the Basic Multilingual Plane is one
      // character (a quantifier takes it whole); without, each code unit is a character of its own.
      return { kind: 'literal', text: String.fromCodePoint(node.value) };
    case 'Group':
    case 'CapturingGroup':
      return { kind: 'group', openings: alternation(node.alternatives) };
    case 'Assertion':
      // `^`, `\b`, `\B` and lookarounds match no character; `$` ends every opening.
      return node.kind === 'end' ? { kind: 'end' } : { kind: 'zero-width' };
    default:
      // A class, `.`, `\s`, `\p{…}`, a back-reference: not one literal character.
      return { kind: 'end' };
  }
}

function apply(openings: Opening[], item: Item, min: number, max: number): Opening[] {
  if (item.kind === 'zero-width' || max === 0) return openings;
  if (item.kind === 'end') return openings.map((o) => ({ text: o.text, open: false }));
  // A space ends the first word: the openings close there.
  if (item.kind === 'literal' && item.text === ' ') {
    const closed = openings.map((o) => ({ text: o.text, open: false }));
    return min === 0 ? distinct([...openings, ...closed]) : closed;
  }
  const opens = openings.filter((o) => o.open).length;
  const inner = item.kind === 'literal' ? [{ text: item.text, open: true }] : fit(item.openings, Math.floor(MAX_OPENINGS / Math.max(1, opens)));
  const once: Opening[] = [];
  for (const o of openings) {
    if (!o.open) once.push(o);
    else for (const next of inner) once.push({ text: o.text + next.text, open: next.open });
  }
  // An item that may come again: what follows its first time is not known from here on.
  const taken = max > 1 ? once.map((o) => ({ text: o.text, open: false })) : once;
  return min === 0 ? distinct([...openings, ...taken]) : distinct(taken);
}

/**
 * At most `room` openings of a group: when it has more, they are cut to their first characters
 * (each cut one still a prefix of what it was), as long as it takes. No room: the group adds nothing.
 */
function fit(openings: Opening[], room: number): Opening[] {
  if (openings.length <= room) return openings;
  const longest = Math.max(...openings.map((o) => o.text.length));
  for (let length = longest - 1; length >= 1 && room >= 1; length--) {
    const cut = distinct(openings.map((o) => (o.text.length > length ? { text: o.text.slice(0, length), open: false } : o)));
    if (cut.length <= room) return cut;
  }
  return [{ text: '', open: false }];
}

function distinct(openings: Opening[]): Opening[] {
  const seen = new Set<string>();
  return openings.filter((o) => {
    const key = `${o.open ? 1 : 0}${o.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
