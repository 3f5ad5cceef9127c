/**
 * The literal words every match of an anchored regular expression must open with, read from the
 * pattern's source: `/^(please )?follow (us|me)\b/` → "please", "follow". The cleaning rules' wording
 * tables declare these words beside their patterns (lib/story/clean/opening-gate.ts: a line is asked
 * only of the entries whose words it opens with); tests/story/literal-openings.test.ts checks each
 * declaration against what this reads from the pattern, so the two cannot drift apart. It is not in
 * the engine itself: reading the patterns in every renderer, on every first click, cost more than it
 * saved (10–40 ms in a Chromium tab).
 *
 * Sound by construction for the syntax it reads, and it gives up (null: always ask the pattern)
 * on anything else. Each opening is a prefix of some match, and every match starts with one of them:
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

interface Opening {
  text: string;
  /** Can still grow: nothing but literals met since the start. */
  open: boolean;
}

/** At most about this many openings per group (see `fit`): the declared words stay few. */
const MAX_OPENINGS = 128;

class Unreadable extends Error {}

export function literalOpenings(pattern: RegExp): string[] | null {
  if (/[imgyv]/.test(pattern.flags)) return null;
  try {
    const reader = new SourceReader(pattern.source, pattern.unicode);
    const openings = reader.alternation(true);
    if (reader.at < pattern.source.length) return null;
    const texts = [...new Set(openings.map((o) => o.text))];
    if (texts.length === 0 || texts.includes('')) return null;
    return texts.filter((text) => !texts.some((other) => other !== text && text.startsWith(other)));
  } catch {
    // Syntax this reader does not know (Unreadable), or a slip in it: no openings, so the entry
    // declares '' and is asked of every line, as it was before the gate.
    return null;
  }
}

/** What one item of a sequence does to the openings so far. */
type Item = { kind: 'literal'; text: string } | { kind: 'group'; openings: Opening[] } | { kind: 'zero-width' } | { kind: 'end' };

class SourceReader {
  at = 0;
  constructor(
    private readonly source: string,
    /** The u flag: a character outside the Basic Multilingual Plane is one character, not two code units. */
    private readonly unicode: boolean,
  ) {}

  /**
   * Alternatives separated by `|`, up to `)` or the end. At the top, every alternative must be
   * anchored (`^a|b` matches "xb").
   */
  alternation(top = false): Opening[] {
    const openings: Opening[] = [];
    do {
      if (openings.length > 0) this.at++;
      if (top && this.source[this.at] !== '^') throw new Unreadable();
      openings.push(...this.sequence());
    } while (this.source[this.at] === '|');
    return openings;
  }

  private sequence(): Opening[] {
    let openings: Opening[] = [{ text: '', open: true }];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.atom();
      const { min, max } = this.quantifier();
      openings = apply(openings, item, min, max);
    }
    return openings;
  }

  private atom(): Item {
    const c = this.source[this.at++];
    if (c === '^') return { kind: 'zero-width' };
    if (c === '$' || c === '.') return { kind: 'end' };
    if (c === '[') {
      this.skipClass();
      return { kind: 'end' };
    }
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Unreadable();
    // With the u flag, a character outside the Basic Multilingual Plane (two code units) is one
    // literal, which a quantifier after it takes whole; without it, the quantifier takes the second unit.
    const code = c.charCodeAt(0);
    if (this.unicode && code >= 0xd800 && code <= 0xdbff && /[\udc00-\udfff]/.test(this.source[this.at] ?? '')) return { kind: 'literal', text: c + this.source[this.at++] };
    return { kind: 'literal', text: c };
  }

  private group(): Item {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      lookaround = true;
    } else if (this.source[this.at] === '?') {
      // Named groups and anything newer: not read.
      throw new Unreadable();
    }
    const openings = this.alternation();
    if (this.source[this.at] !== ')') throw new Unreadable();
    this.at++;
    return lookaround ? { kind: 'zero-width' } : { kind: 'group', openings };
  }

  private escape(): Item {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unreadable();
    if (c === 'b' || c === 'B') return { kind: 'zero-width' };
    if (c === 'p' || c === 'P') {
      if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      if (this.at === 0) throw new Unreadable();
      return { kind: 'end' };
    }
    // Escaped punctuation is itself; letters and digits are classes, codes or back-references.
    if (/[\p{L}\p{N}]/u.test(c)) {
      this.at = skipEscapeBody(this.source, this.at, c);
      return { kind: 'end' };
    }
    return { kind: 'literal', text: c };
  }

  private skipClass(): void {
    while (this.at < this.source.length) {
      const c = this.source[this.at++];
      if (c === '\\') this.at++;
      else if (c === ']') return;
    }
    throw new Unreadable();
  }

  /** `?`, `*`, `+`, `{m}`, `{m,}`, `{m,n}`, each maybe lazy; none: exactly once. */
  private quantifier(): { min: number; max: number } {
    const c = this.source[this.at];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) throw new Unreadable();
      this.at += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    } else {
      return { min, max };
    }
    if (this.source[this.at] === '?') this.at++;
    return { min, max };
  }
}

/** After `\u`, `\x`, `\c` and the like: where the escape ends (a class or a code point: both end the openings). */
function skipEscapeBody(source: string, at: number, letter: string): number {
  if (letter === 'u' && source[at] === '{') return source.indexOf('}', at) + 1 || source.length;
  if (letter === 'u') return at + 4;
  if (letter === 'x') return at + 2;
  if (letter === 'c') return at + 1;
  return at;
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
