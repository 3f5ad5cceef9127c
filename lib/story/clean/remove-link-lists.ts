/**
 * Lists of links left inside the story container: menus, "more stories" lists without a heading,
 * footer link rows. Readability's own conditional cleaning removes most of them, but not on its
 * retry passes (it turns that cleaning off when the first pass finds too little text), and not when
 * the list sits inside a container it scored well. A block that is nearly all links and holds
 * several of them says nothing of the story; a story paragraph with a link or two is never this dense.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import type { PageIndex } from './page-index';
import { upperTagName } from './dom-utils';
import { SOURCES_LABEL } from './teaser-labels';

const MIN_LINKS = 3;
const PROSE_WORDS = 20;

function holdsProse(el: Element, stats: PageIndex): boolean {
  const paragraphs = upperTagName(el) === 'P' ? [el] : stats.descendantsWithTag(el, 'P');
  return paragraphs.some((p) => stats.textOf(p).split(' ').length >= PROSE_WORDS && /[.!?”"]$/.test(stats.textOf(p)));
}
const LINK_DENSE = 0.7;

export function removeLinkLists(root: Element, context: CleaningContext): void {
  const stats = context.index;
  const dense = stats.select(['UL', 'OL', 'NAV', 'DIV', 'SECTION', 'ASIDE', 'TABLE', 'DL', 'P', 'FOOTER', 'HEADER', 'MENU'], (s) => s.chars > 0 && s.linkChars / s.chars >= LINK_DENSE);
  for (const el of dense) {
    if (!stats.isPresent(el) || stats.descendantsWithTag(el, 'A').length < MIN_LINKS) continue;
    // Sites that link every name (thehill.com's hover cards) make story paragraphs link-dense too:
    // a block holding a real sentence-length paragraph is prose, not a list.
    if (holdsProse(el, stats)) continue;
    // The story's sources, under a "References" heading: cited links are part of the story.
    const label = el.previousElementSibling;
    if (label && stats.get(label).chars <= 40 && SOURCES_LABEL.test(stats.textOf(label))) continue;
    removeBlock(el, 'related-links', context);
  }
}

export const linkListsRule: CleaningRule = { id: 'teasers', apply: removeLinkLists };
