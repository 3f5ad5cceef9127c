/**
 * Bylines, agency lines, datelines, the headline and the standfirst printed at the top of the
 * story container. They describe the story rather than tell it, so they move into metadata and
 * out of `text` (which feeds the summary and the actors: the byline author is not an actor).
 * Only the blocks before the first real paragraph are examined: a "By ..." sentence further down is prose.
 */
import { recordRemoval, removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { ancestorWithTag, classAndId, normalizeSpace, SHOW } from './dom-utils';
import { Holds } from './page-index';

/** News agencies whose name is printed alone under the byline ("Associated Press"). */
const AGENCIES = /^(the )?(associated press|ap|reuters|thomson reuters|agence france-presse|afp|bloomberg( news)?|dpa|deutsche presse-agentur|upi|united press international|pa media|press association|ansa|efe|kyodo( news)?|xinhua|yonhap|tass|cnn wire|states newsroom|canadian press|the canadian press|aap|australian associated press|nexstar media wire|tribune news service|kaiser health news|kff health news|the conversation)$/i;
const BYLINE = /^(by|von|par|por|di|door|av|af|от)\s+\p{Lu}/iu;
/**
 * An agency story's byline without "By": names, a comma, the agency and the writer's beat, as US
 * local sites print AP copy ("Tom Krisher, Ap Auto Writer", "Meg Kinnard and Errin Haines, Associated Press").
 */
const NAMES_COMMA_AGENCY = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?:,? and \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3})?), ((?:[Tt]he )?(?:Associated Press|ASSOCIATED PRESS|AP|Ap|Reuters|REUTERS|AFP|Bloomberg|UPI))(?: [\p{L} ]{0,40}(?:[Ww]riter|WRITER|[Cc]orrespondent|[Rr]eporter|[Ee]ditor))?$/u;
const DATE_LINE = /^((published|updated|posted|last updated|modified|publié|veröffentlicht|aktualisiert|publicado|actualizado)( on| at)?:?\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})([\s,]*(at\s*)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?$/i;
/** "Updated 11:21 pm CST, Tuesday, November 19, 2019": a time stamp line, whatever order its parts come in. */
const TIMESTAMP_LABEL = /^(published|updated|posted|last updated|modified|first published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b/i;
/** Labels printed above a headline or story on many sites; alone on a line they are not story text. */
const KICKER = /^(breaking( news)?|exclusive|analysis|opinion|live|update|updated|watch|video|listen|sponsored|advertisement|ad|comment|editorial|news|world|politics|business|sport|sports)$/i;
/** A lone photo credit left above the story when its image was dropped: "© Aaron Schwartz", "Photo: Jane Roe". */
const PHOTO_CREDIT = /^(©|\(c\)|copyright\b|photo( by)?:|photograph:|image:|credit:|foto:|bild:|getty images|ap photo|reuters\/)/i;
const BYLINE_HINT = /(^|[\s_-])(byline|by-?line|author|authors|writer|credit)([\s_-]|$)/;
const STANDFIRST_HINT = /(^|[\s_-])(sub-?title|subhead|sub-?headline|standfirst|dek|deck|strap|kicker|summary|lede|intro|excerpt|description|tagline)([\s_-]|$)/;
/** "WASHINGTON (AP) — ", "HAYWARD, Calif. (AP) — ", "LONDON — ": an upper-case place, an optional agency, a dash. */
const DATELINE_PREFIX = /^((?:\p{Lu}[\p{Lu}.'’ -]{1,40})(?:,\s*[\p{L}. ]{2,25})?\s*(?:\((?:AP|Reuters|AFP|UPI|dpa|CNN|[A-Z]{2,10})\))?)\s*[—–-]{1,2}\s+/u;
/** A real paragraph: once one is reached, the top matter is over. */
const PARAGRAPH_WORDS = 25;
const MAX_TOP_BLOCKS = 12;

const LEAF_BLOCKS = ['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SPAN', 'ADDRESS', 'TIME', 'LI', 'FIGCAPTION'];

/** Title-case an all-caps name: "AAMER MADHANI" -> "Aamer Madhani". */
function tidyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

const same = (a: string, b: string) => a.length > 0 && normalizeSpace(a).toLowerCase() === normalizeSpace(b).toLowerCase();

export function moveBylinesToMetadata(root: Element, context: CleaningContext): void {
  const index = context.index;
  const blocks = index.select(LEAF_BLOCKS, (s) => s.chars > 0 && (s.innerHolds & (Holds.block | Holds.image)) === 0);
  let examined = 0;
  for (const el of blocks) {
    if (!index.isPresent(el) || ancestorWithTag(el, 'FIGURE')) continue;
    const text = index.textOf(el);
    if (!text) continue;
    const words = text.split(' ').length;
    if (words >= PARAGRAPH_WORDS || ++examined > MAX_TOP_BLOCKS) {
      stripDateline(el, context);
      break;
    }
    if (same(text, context.title)) {
      removeBlock(el, 'headline', context);
    } else if (same(text, context.description) && (STANDFIRST_HINT.test(classAndId(el)) || /^H[2-6]$/.test(el.tagName))) {
      removeBlock(el, 'standfirst', context);
    } else if (BYLINE.test(text) && words <= 12 && !/[.!?]$/.test(text)) {
      context.found.byline ??= tidyName(text.replace(/^\S+\s+/, '').trim());
      removeBlock(el, 'byline', context);
    } else if (same(text, context.author)) {
      context.found.byline ??= tidyName(text);
      removeBlock(el, 'byline', context);
    } else if (AGENCIES.test(text)) {
      context.found.agency ??= text;
      removeBlock(el, 'byline', context);
    } else if (NAMES_COMMA_AGENCY.test(text) && words <= 14) {
      const [, names, agency] = NAMES_COMMA_AGENCY.exec(text)!;
      context.found.byline ??= tidyName(names);
      context.found.agency ??= /^(ap|(the )?associated press)$/i.test(agency) ? 'Associated Press' : agency;
      removeBlock(el, 'byline', context);
    } else if (DATE_LINE.test(text) || (TIMESTAMP_LABEL.test(text) && words <= 14)) {
      removeBlock(el, 'dateline', context);
    } else if (PHOTO_CREDIT.test(text) && words <= 12) {
      removeBlock(el, 'credit', context);
    } else if (KICKER.test(text) || /^https?:\/\/\S+$/.test(text)) {
      // A section kicker ("Breaking News") or the page's own URL printed above the story.
      removeBlock(el, 'boilerplate', context);
    }
  }
  removeCreditLines(context);
}

/**
 * A credit line anywhere in the story: "Written by Jane Roe", "Posted by David at December 16, 2025
 * 11:15 AM", "Reviewed by: Brian Stormont, CFP®", or the label alone ("Written by") left when the name
 * is a link the page draws elsewhere. Blogs and guides print them under the story as well as above it.
 * Not "Published by" (a book's or a game's publisher in a review is the story's) nor "Directed by", "Produced
 * by" (credits in a film review), and never a sentence: a few words without a full stop.
 */
const CREDIT_LINE = /^(?:written|posted|reviewed|medically reviewed|fact[- ]checked|authored)(?: and (?:written|reviewed|fact[- ]checked))? by\b\s*:?\s*(.*)$/iu;
const MAX_CREDIT_WORDS = 12;

export function isCreditLine(text: string): boolean {
  const match = CREDIT_LINE.exec(text);
  if (!match) return false;
  const rest = match[1];
  return rest === '' || rest === ',' || (/^\p{Lu}/u.test(rest) && text.split(' ').length <= MAX_CREDIT_WORDS && !/[.!?]$/.test(rest.replace(/\b(?:a\.m|p\.m|jr|sr|dr)\.$/i, '')));
}

function removeCreditLines(context: CleaningContext): void {
  const index = context.index;
  for (const el of index.select(LEAF_BLOCKS, (s) => s.chars > 0 && s.chars <= 120 && (s.innerHolds & (Holds.block | Holds.image)) === 0)) {
    if (!index.isPresent(el) || ancestorWithTag(el, 'FIGURE')) continue;
    if (isCreditLine(index.textOf(el))) removeBlock(el, 'byline', context);
  }
}

/** The dateline at the start of the first paragraph moves to metadata; the paragraph keeps its sentence. */
function stripDateline(paragraph: Element, context: CleaningContext): void {
  const text = context.index.textOf(paragraph);
  const match = DATELINE_PREFIX.exec(text);
  if (!match || match[1].replace(/[^\p{Lu}]/gu, '').length < 2) return;
  // Walk text nodes and cut exactly the matched prefix (it may span an inline element such as <strong>).
  let toCut = match[0].length;
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, SHOW.text);
  let leadingSpace = true;
  for (let node = walker.nextNode(); node && toCut > 0; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    let i = 0;
    // Collapse runs of whitespace the way textOf() does, so the counts line up.
    for (; i < value.length && toCut > 0; i++) {
      const isSpace = /[\s\u00a0]/.test(value[i]);
      if (isSpace && (leadingSpace || /[\s\u00a0]/.test(value[i - 1] ?? ''))) continue;
      leadingSpace = false;
      toCut--;
    }
    while (i < value.length && /[\s\u00a0]/.test(value[i])) i++;
    node.nodeValue = value.slice(i);
  }
  context.found.dateline = match[1].trim();
  recordRemoval(context, 'dateline', match[0].trim());
}

export const bylinesRule: CleaningRule = { id: 'bylines', apply: moveBylinesToMetadata };

/**
 * Before Readability: an agency line printed beside the byline in the page header ("By AAMER MADHANI"
 * then "Associated Press", as on the semantic seed page), which lies outside the container Readability
 * chooses. Only read, never removed here: the header is not story text anyway.
 */
export function findAgencyBesideByline(root: Element, context: CleaningContext): void {
  const index = context.index;
  for (const el of index.select(['SPAN', 'P', 'DIV', 'A', 'LI'], (s) => s.chars > 0 && s.chars <= 40)) {
    // The byline element says what it is (class "byline"/"author") on the pages that print an agency
    // beside it; checking that first spares reading every short text.
    const previous = el.previousElementSibling;
    if (!previous || !BYLINE_HINT.test(classAndId(previous))) continue;
    if (!AGENCIES.test(index.textOf(el))) continue;
    if (BYLINE.test(index.textOf(previous)) && index.textOf(previous).split(' ').length <= 12) {
      context.found.agency ??= index.textOf(el);
      return;
    }
  }
}

export const agencyBesideBylineRule: CleaningRule = { id: 'bylines', apply: findAgencyBesideByline };
