/**
 * The author's biography printed at the end of a story ("Jane Roe is a freelance writer based in
 * Denver. She has covered ..."), often under an "About the author" label and the author's name. It
 * describes the writer, not the story: in the text it would make the writer a key actor and feed the
 * summary a sentence about someone the story is not about.
 *
 * Recognised by what it says and where it sits, never by class names: a short block in the last part
 * of the story that opens with the author's name (from the page's byline) and a verb of biography
 * ("is", "has", "writes", "joined" ...). The label above it and a line holding only the name go with it.
 * A story that opens on its subject ("Soliant Health has released ...", the author being Soliant) is
 * safe: only the tail is read.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { normalizeSpace, wordCount } from './dom-utils';
import { Holds, type PageIndex } from './page-index';

/** Blocks holding no other block: the lines of the story. */
const LINE_TAGS = ['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'DD', 'BLOCKQUOTE'];
/** A biography is a paragraph or two; a longer block is the story's own text about a person. */
const MAX_BIO_WORDS = 120;
/** Only blocks past this share of the story's text are read: the biography closes a story. */
const TAIL_START = 0.6;
/**
 * Right after the name, the biography's verb; a title between commas may come first ("Matt Frankel,
 * CFP, is ..."). Nothing else: "Accruent EMS is a management system" under a byline "Accruent" is about
 * the firm's product.
 */
const BIO_VERB = /^(?:,\s*[^,]{1,30},)?\s+(?:is|was|has|holds|writes|wrote|covers|joined|serves|lives|brings|specializes|specialises|leads|works|teaches|founded|began|started|graduated|earned|explores|stands)\b|^[’']s\s+(?:work|writing|lens|reporting|career|passion|background)\b/iu;
/** Labels of an author box: "About the author", "About the writer", "Meet the author", "Author bio". */
const BIO_LABEL = /^(?:about the (?:authors?|writers?|contributors?|reporters?)|meet the (?:authors?|writers?)|author(?:'s|’s)? bio(?:graphy)?|written by|(?:the )?author|about me)\s*:?$/i;
/**
 * The tabs of a blog's author box ("Author" | "Recent Posts"): a label only beside the box's other
 * lines, never on its own (a "Recent Posts" list of links is not removed for it).
 */
const BOX_TAB = /^recent posts$/i;
/**
 * The name line of an author box that names its author itself ("Brian Stormont, CFP®", "Isabella
 * Tabacchi", "Autumn"): one to four capitalised words, a title after a comma; the biography under it
 * must then open with that name.
 */
const NAME_LINE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})(?:,\s*[^,]{1,20})?$/u;
/** A biography named only by its own box sits among the story's last lines. */
const BOX_ONLY_LAST_LINES = 8;

/** The names in a byline: "By Jane Roe and John Doe (Associated Press)" gives Jane Roe and John Doe. */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/\(.*?\)/g, '')
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|&|\band\b|\|)\s*/i)
    .map((name) => normalizeSpace(name))
    // A name has lower-case letters: "CFP" or "PhD" after a comma is a title, not a second author.
    .filter((name) => name.length >= 3 && /^\p{Lu}/u.test(name) && /\p{Ll}/u.test(name) && name.split(' ').length <= 5);
}

/** Where the author's name ends at the start of the line (-1: it does not start there): the whole name, or another form of the first name with the surname ("Matt Frankel" for Matthew Frankel). */
function nameAtStart(text: string, name: string): number {
  if (text.startsWith(name)) return name.length;
  const parts = name.split(' ');
  if (parts.length < 2) return -1;
  const surname = parts[parts.length - 1];
  // The other first name starts as the byline's does (Matt, Matthew; J. for John): "Mrs Frankel" or
  // "Agent Frankel" in the story's own text is someone else.
  const match = /^\p{Lu}[\p{L}.'’-]*\s+/u.exec(text);
  if (!match || match[0][0] !== name[0]) return -1;
  return text.startsWith(surname, match[0].length) ? match[0].length + surname.length : -1;
}

/** The biography's verb, or an apposition ("Geri Mileva, an experienced network engineer and writer, ..."). */
const BIO_APPOSITION = /^,\s+(?:a|an|the)\s/i;

/** Does this line open with one of the names and go on as a biography? */
export function isAuthorBio(text: string, names: readonly string[]): boolean {
  if (wordCount(text) > MAX_BIO_WORDS) return false;
  return names.some((name) => {
    const end = nameAtStart(text, name);
    if (end < 0) return false;
    const rest = text.slice(end);
    return BIO_VERB.test(rest) || BIO_APPOSITION.test(rest);
  });
}

/** A role printed under the name in an author box ("Executive Digital Editor", "Writer"): a few words, not a sentence. */
const MAX_ROLE_WORDS = 8;

export function removeAuthorBios(root: Element, context: CleaningContext): void {
  const names = [...new Set([context.byline ?? '', context.author, context.found.byline ?? ''].flatMap(bylineNames))];
  // Beside a label, the biography may use the first name alone ("Sarah is a writer, teacher ...").
  const firstNames = names.map((name) => name.split(' ')[0]).filter((first) => first.length >= 3);
  const index = context.index;
  const lines = index.select(LINE_TAGS, (s) => s.chars > 0 && (s.innerHolds & Holds.block) === 0);
  const total = index.get(root).chars;
  let before = 0;
  // The author box's lines before its biography: the label, the name, the role under it.
  let pending: Element[] = [];
  let sawLabel = false;
  let sawName = false;
  // Names the box gives itself, from a name line among the pending lines.
  let boxNames: string[] = [];
  const boxOnly: Element[][] = [];
  const drop = (els: Element[]) => {
    for (const el of els) if (index.isPresent(el)) removeBlock(el, 'author-bio', context);
  };
  for (let i = 0; i < lines.length; i++) {
    const el = lines[i];
    if (!index.isPresent(el)) continue;
    const chars = index.get(el).chars;
    const inTail = before >= TAIL_START * total;
    before += chars;
    if (!inTail) continue;
    const text = index.textOf(el);
    const isLabel = BIO_LABEL.test(text) || (pending.length > 0 && BOX_TAB.test(text));
    const isName = names.includes(text);
    const boxName = pending.length < 3 ? NAME_LINE.exec(text) : null;
    if (isLabel || isName || boxName || ((sawLabel || sawName) && pending.length < 4 && wordCount(text) <= MAX_ROLE_WORDS && !/[.!?]$/.test(text))) {
      pending.push(el);
      sawLabel ||= isLabel;
      sawName ||= isName;
      if (boxName) boxNames.push(boxName[1], boxName[1].split(' ')[0]);
      continue;
    }
    const vouched = [...names, ...(sawLabel ? [...firstNames, ...boxNames] : [])];
    if (vouched.length > 0 && isAuthorBio(text, vouched)) drop([...pending, el]);
    // Named by its own box only: kept aside, and taken only if it is the one such box (a list of people,
    // each a name and "… is a …", is the story's own).
    else if (boxNames.length > 0 && i >= lines.length - BOX_ONLY_LAST_LINES && isAuthorBio(text, boxNames)) boxOnly.push([...pending, el]);
    // A label and the name without a biography under them are still the author box (its bio elsewhere or none).
    else if (sawLabel && sawName) drop(pending);
    pending = [];
    sawLabel = false;
    sawName = false;
    boxNames = [];
  }
  if (sawLabel && sawName) drop(pending);
  if (boxOnly.length === 1 && !namedBoxesEarlier(lines, index)) drop(boxOnly[0]);
}

/** A name line followed by a line opening with that name, before the tail: the story lists people that way. */
function namedBoxesEarlier(lines: readonly Element[], index: PageIndex): boolean {
  for (let i = 0; i + 1 < lines.length - BOX_ONLY_LAST_LINES; i++) {
    const name = NAME_LINE.exec(index.textOf(lines[i]));
    if (name && name[1].includes(' ') && index.textOf(lines[i + 1]).startsWith(name[1])) return true;
  }
  return false;
}

export const authorBiosRule: CleaningRule = { id: 'bylines', apply: removeAuthorBios };
