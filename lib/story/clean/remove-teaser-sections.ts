/**
 * Teaser sections introduced by a label: "Most Read", "Related", "More in News", "Lesen Sie auch"...
 * (the multilingual table is in teaser-labels.ts). A label is only trusted together with structure:
 * we remove the label, and with it either the whole section it heads when that section is mostly
 * links, or the link-dense / card-like blocks that follow it — and stop at the first block of prose.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { cardCheck, isTeaserCard, type CardCheck } from './remove-teaser-cards';
import { isTeaserSectionLabel } from './teaser-labels';
import type { PageIndex } from './page-index';
import { ancestorWithTag, hasMoreChildElements } from './dom-utils';

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

/** Climb from the label's text holder to the outermost element whose text is still just the label. */
function labelRoot(el: Element, stats: PageIndex, stop: Element): Element {
  let current = el;
  while (current.parentElement && current.parentElement !== stop && stats.get(current.parentElement).chars === stats.get(current).chars) {
    current = current.parentElement;
  }
  return current;
}

function isTeaserFollower(el: Element, check: CardCheck): boolean {
  const { chars } = check.stats.get(el);
  // Empty spacers and bare thumbnails between a label and its links belong to the teaser block.
  if (chars === 0) return true;
  return check.stats.linkDensity(el) >= LINK_DENSE || isTeaserCard(el, check);
}

export function removeTeaserSections(root: Element, context: CleaningContext): void {
  const stats = context.index;
  const check: CardCheck = cardCheck(stats, context.url);
  const labels: Element[] = [];
  for (const el of stats.select([...LABEL_TAGS], (s) => s.chars > 0 && s.chars <= MAX_LABEL_CHARS && s.linkChars === 0)) {
    if (hasMoreChildElements(el, 3) || ancestorWithTag(el, 'A')) continue; // a link called "Related" is navigation, handled elsewhere
    if (isTeaserSectionLabel(stats.textOf(el))) labels.push(el);
  }
  const seen = new Set<Element>();
  for (const found of labels) {
    if (!stats.isPresent(found)) continue;
    const label = labelRoot(found, stats, root);
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
      const holdsStory = section.querySelector('h1') !== null || rest - restLinks > MAX_UNLINKED_CHARS;
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
