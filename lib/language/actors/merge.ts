/**
 * Mentions -> actors. People: a lone "Blinken" joins "Antony Blinken" when exactly one full name in
 * the story ends (or, failing that, starts: "Xi" -> "Xi Jinping") with it. When several full names
 * share the word ("Kim Jong Un", "Kim Yo Jong" and a lone "Kim"), the lone mention joins the one
 * named most recently within two paragraphs, else it is left out: two people who share a surname
 * are never merged without that evidence. Organisations and places: the same name (case, a leading
 * "the" and dots aside) or an acronym of a longer name ("U.S." -> "United States").
 */
import { ORGANISATION_WORDS } from '../ner/lexicon-lists';
import type { ActorType } from '../types';
import type { Mention } from './mentions';

export interface ActorGroup {
  name: string;
  type: ActorType;
  mentions: Mention[];
}

export interface Merged {
  groups: ActorGroup[];
  /** For each mention (same order as the input), its group index, or -1 when left out. */
  groupOf: number[];
}

const ORGANISATION_HEADS = new Set(ORGANISATION_WORDS);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', '&']);

function key(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/^the /, '');
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => w === long[i + k])) return true;
  }
  return false;
}

/** "CHINA" in an all-caps headline is the "China" of the text: one spelling per name, mixed case preferred. */
function withOneSpelling(mentions: readonly Mention[]): Mention[] {
  const spelling = new Map<string, string>();
  for (const m of mentions) {
    const k = m.name.toLowerCase();
    const seen = spelling.get(k);
    // Short capitals are acronyms ("US" is not "Us"): only longer ALL-CAPS forms give way.
    const acronym = m.name.replace(/[^\p{L}]/gu, '').length <= 3;
    if (!seen || (seen === seen.toUpperCase() && m.name !== m.name.toUpperCase() && !acronym)) spelling.set(k, m.name);
  }
  return mentions.map((m) => ({ ...m, name: spelling.get(m.name.toLowerCase())! }));
}

export function mergeMentions(input: readonly Mention[]): Merged {
  const mentions = withOneSpelling(input);
  const groups: ActorGroup[] = [];
  const groupOf: number[] = mentions.map(() => -1);
  const byKey = new Map<string, number>();
  const groupFor = (name: string, type: ActorType, k: string) => {
    let g = byKey.get(k);
    if (g === undefined) {
      g = groups.length;
      groups.push({ name, type, mentions: [] });
      byKey.set(k, g);
    }
    return g;
  };

  // People: full names first (longest first, so "Jong Un" can join "Kim Jong Un").
  const people = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'person');
  const fullNames = [...new Set(people.map(({ m }) => m.name).filter((n) => n.includes(' ')))].sort(
    (a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b),
  );
  const canonical = new Map<string, string>();
  for (const name of fullNames) {
    const words = name.split(' ');
    const longer = [...canonical.values()].filter((c, idx, all) => all.indexOf(c) === idx && isSubsequence(words, c.split(' ')));
    canonical.set(name, longer.length === 1 ? longer[0]! : name);
  }
  const targets = [...new Set(canonical.values())];
  for (const { m, i } of people) {
    const full = canonical.get(m.name);
    if (full) {
      groupOf[i] = groupFor(full, 'person', 'person:' + full);
      continue;
    }
    let candidates = targets.filter((t) => t.split(' ').at(-1) === m.name);
    if (candidates.length === 0) candidates = targets.filter((t) => t.split(' ')[0] === m.name);
    if (candidates.length === 0) {
      groupOf[i] = groupFor(m.name, 'person', 'person:' + m.name);
    } else if (candidates.length === 1) {
      groupOf[i] = groupFor(candidates[0]!, 'person', 'person:' + candidates[0]);
    } else {
      // Several people share the word: only the most recent one, named close by, is evidence.
      let best = -1;
      for (let j = i - 1; j >= 0; j--) {
        const other = mentions[j]!;
        if (other.type !== 'person' || m.paragraph - other.paragraph > 2) continue;
        const full = canonical.get(other.name);
        if (full && candidates.includes(full)) {
          best = groupFor(full, 'person', 'person:' + full);
          break;
        }
      }
      groupOf[i] = best;
    }
  }

  // Organisations and places: by name; acronyms join the one longer name they abbreviate.
  const others = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type !== 'person');
  const longNames = new Map<string, string>(); // initials -> longest name with them
  const ambiguous = new Set<string>();
  for (const { m } of others) {
    if (m.name.split(/\s+/).length < 2) continue;
    const ini = initials(m.name);
    const seen = longNames.get(ini);
    if (seen && key(seen) !== key(m.name)) ambiguous.add(ini);
    else longNames.set(ini, m.name);
  }
  // First words of multi-word organisation names ("Labour" of "Labour Party"), when only one has it
  // and it is an organisation's full name (an organisation word ends it, or it joins names with
  // "&"): "Google" is not "Google Analytics", a product of it.
  const byFirstWord = new Map<string, string | null>();
  for (const { m } of others) {
    if (m.type !== 'organization' || !m.name.includes(' ')) continue;
    if (!ORGANISATION_HEADS.has(m.name.split(' ').at(-1)!.toLowerCase()) && !m.name.includes('&')) continue;
    const first = key(m.name.split(' ')[0]!);
    const seen = byFirstWord.get(first);
    byFirstWord.set(first, seen === undefined || (seen && key(seen) === key(m.name)) ? m.name : null);
  }
  for (const { m, i } of others) {
    let k = key(m.name);
    let name = m.name;
    const fuller = m.type === 'organization' && !m.name.includes(' ') ? byFirstWord.get(k) : undefined;
    if (fuller) {
      name = fuller;
      k = key(fuller);
    } else if (!m.name.includes(' ')) {
      const long = longNames.get(k.replace(/[^a-z]/g, ''));
      if (long && !ambiguous.has(k.replace(/[^a-z]/g, '')) && k.length >= 2 && m.name === m.name.toUpperCase()) {
        name = long;
        k = key(long);
      }
    }
    groupOf[i] = groupFor(name, m.type, 'thing:' + k);
  }

  // A group's type: the type most of its mentions have (organisation vs place); its name: the
  // longest form used.
  for (const g of groups) g.mentions = [];
  groupOf.forEach((g, i) => {
    if (g >= 0) groups[g]!.mentions.push(mentions[i]!);
  });
  for (const g of groups) {
    if (g.type === 'person') continue;
    const votes = new Map<ActorType, number>();
    for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    g.type = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? g.type;
    const forms = g.mentions.map((m) => m.name).filter((n) => n !== n.toUpperCase() || n.length > 4);
    if (forms.length) g.name = forms.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return { groups, groupOf };
}
