/**
 * Teaser sections introduced by a label: "Most Read", "Related", "More in News", "Lesen Sie auch"...
 * (the multilingual table is in teaser-labels.ts). A label is only trusted together with structure:
 * we remove the label, and with it either the whole section it heads when that section is made of
 * teasers, or the teaser blocks that follow it in its container — and stop at the first block of prose.
 * A teaser block is link-dense, a card, a plain list of headline links with short deks, or a widget
 * of repeated short items with no links at all (sponsored "around the web" boxes: a title and a
 * brand line per item, the links added by script).
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { cardCheck, isTeaserCard, targetOf, type CardCheck } from './remove-teaser-cards';
import { isTeaserSectionLabel } from './teaser-labels';
import { ancestorWithTag, firstDescendantNamed, hasMoreChildElements, upperTagName, wordCount } from './dom-utils';
import { Holds, outermostWrapper } from './page-index';

const MAX_LABEL_CHARS = 60;
const LABEL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN', 'STRONG', 'B', 'HEADER', 'SECTION', 'LI', 'DT', 'LEGEND', 'CAPTION']);
/** A section "is mostly links" when this share of its text, label aside, sits in links. */
const LINK_DENSE = 0.5;
/** A teaser section is a box, not a page: past this much text it holds the story too. */
const MAX_SECTION_CHARS = 4000;
/** Unlinked text a teaser section may hold besides its links (deks, captions of a few cards). */
const MAX_UNLINKED_CHARS = 1200;

function reasonFor(label: string) {
  return /most|meist|plus lus|más (leídas|visto)|lo más|più letti|mais lid|meest/i.test(label) ? ('most-read' as const) : ('teaser' as const);
}

/** Two items of like shape make a list of teasers; one alone may be the story's own link. */
const MIN_ITEMS = 2;
/** A teaser item sells another story in a headline and a line: past this it explains itself, like a story's list. */
const MAX_ITEM_WORDS = 45;
/** A headline link has a few words ("Read" or a bare date is not one). */
const HEADLINE_LINK_CHARS = 12;
/** Items of a linkless widget are a title and a brand line. */
const MAX_WIDGET_ITEM_WORDS = 25;
const WIDGET_SENTENCE_WORDS = 12;

function isTeaserFollower(el: Element, check: CardCheck): boolean {
  const { chars } = check.stats.get(el);
  // Empty spacers and bare thumbnails between a label and its links belong to the teaser block.
  if (chars === 0) return true;
  return check.stats.linkDensity(el) >= LINK_DENSE || isTeaserCard(el, check) || isTeaserList(el, check) || isLinklessWidget(el, check);
}

/** The items of a list-like block: its children, below any single-child wrappers. */
function itemsOf(el: Element): Element[] {
  let list = el;
  while (list.firstElementChild && list.firstElementChild === list.lastElementChild) list = list.firstElementChild;
  return Array.from(list.children);
}

/**
 * A plain list of teasers (a ul/ol, or a div of like items): every item holds a headline link to
 * another page of the site and at most a short dek, and the deks are why it is not link-dense.
 */
function isTeaserList(el: Element, check: CardCheck): boolean {
  const { stats } = check;
  if (!stats.holds(el, Holds.link)) return false;
  const items = itemsOf(el).filter((item) => stats.get(item).chars > 0);
  if (items.length < MIN_ITEMS) return false;
  return items.every((item) => {
    const { linkChars } = stats.get(item);
    if (linkChars < HEADLINE_LINK_CHARS || wordCount(stats.textOf(item)) > MAX_ITEM_WORDS) return false;
    return stats.descendantsWithTag(item, 'A').some((a) => stats.get(a).chars >= HEADLINE_LINK_CHARS && linksElsewhere(a, check));
  });
}

/**
 * A link to another page of this site: teasers promote the site's own stories. A list whose items
 * link to other sites is the story's own reading list or sources (a book, a garden, a paper).
 */
function linksElsewhere(a: Element, check: CardCheck): boolean {
  const href = a.getAttribute('href');
  if (!href) return false;
  const target = targetOf(href, check);
  if (target === '' || target === check.pageKey) return false;
  return !check.host || target === check.host || target.startsWith(`${check.host}/`);
}

/**
 * A widget of repeated short items with no links in the HTML (sponsored "around the web" boxes
 * fill theirs in by script): each item a picture or two short lines, none of them a sentence of prose.
 */
function isLinklessWidget(el: Element, check: CardCheck): boolean {
  const { stats } = check;
  if (stats.get(el).linkChars > 0) return false;
  const items = itemsOf(el).filter((item) => stats.get(item).chars > 0);
  if (items.length < MIN_ITEMS) return false;
  const shape = upperTagName(items[0]);
  return items.every((item) => {
    const text = stats.textOf(item);
    const words = wordCount(text);
    if (upperTagName(item) !== shape || words > MAX_WIDGET_ITEM_WORDS) return false;
    // A sentence of prose ends the way prose does; a headline and a brand line do not.
    if (words >= WIDGET_SENTENCE_WORDS && /[.!?]["”’]?$/.test(text)) return false;
    // A title and a brand line, or a picture with its title: a bare list of words ("Pickleball") is a story's list.
    return stats.holds(item, Holds.image) || hasMoreChildElements(item, 1);
  });
}

export function removeTeaserSections(root: Element, context: CleaningContext): void {
  const stats = context.index;
  const check: CardCheck = cardCheck(stats, context.url);
  const labels: Element[] = [];
  for (const el of stats.select([...LABEL_TAGS], (s) => s.chars > 0 && s.chars <= MAX_LABEL_CHARS && s.linkChars === 0)) {
    // The wording first: most short blocks of a page are not labels, and it rules them out soonest.
    if (!isTeaserSectionLabel(stats.textOf(el))) continue;
    if (hasMoreChildElements(el, 3) || ancestorWithTag(el, 'A')) continue; // a link called "Related" is navigation, handled elsewhere
    labels.push(el);
  }
  const seen = new Set<Element>();
  for (const found of labels) {
    if (!stats.isPresent(found)) continue;
    const label = outermostWrapper(found, stats, root);
    if (seen.has(label)) continue;
    seen.add(label);
    const reason = reasonFor(stats.textOf(label));
    const section = label.parentElement;
    if (section && section !== root) {
      const sectionStats = stats.get(section);
      const labelStats = stats.get(label);
      const rest = sectionStats.chars - labelStats.chars;
      const restLinks = sectionStats.linkChars - labelStats.linkChars;
      const siblingsAreTeasers = Array.from(section.children).every((child) => child === label || isTeaserFollower(child, check));
      // Never a section that holds the headline or real prose: that is the story, whatever its label says.
      const holdsStory = firstDescendantNamed(section, 'h1') !== null || rest - restLinks > MAX_UNLINKED_CHARS;
      if (!holdsStory && sectionStats.chars <= MAX_SECTION_CHARS && (rest === 0 || restLinks / rest >= LINK_DENSE || siblingsAreTeasers)) {
        removeBlock(section, reason, context);
        continue;
      }
    }
    // The label sits among story blocks: take it and the teaser blocks right after it.
    const followers: Element[] = [];
    for (let next = label.nextElementSibling; next && isTeaserFollower(next, check); next = next.nextElementSibling) {
      if (stats.get(next).chars > MAX_SECTION_CHARS) break;
      followers.push(next);
    }
    removeBlock(label, reason, context);
    for (const follower of followers) removeBlock(follower, reason, context);
  }
}

export const teaserSectionsRule: CleaningRule = { id: 'teasers', apply: removeTeaserSections };
