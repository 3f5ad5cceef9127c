/**
 * Lists of links left inside the story container: menus, "more stories" lists without a heading,
 * footer link rows. Readability's own conditional cleaning removes most of them, but not on its
 * retry passes (it turns that cleaning off when the first pass finds too little text), and not when
 * the list sits inside a container it scored well. A block that is nearly all links and holds
 * several of them says nothing of the story; a story paragraph with a link or two is never this dense.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';

const MIN_LINKS = 3;
const LINK_DENSE = 0.7;

export function removeLinkLists(root: Element, context: CleaningContext): void {
  const stats = context.index;
  for (const el of stats.byTag('UL', 'OL', 'NAV', 'DIV', 'SECTION', 'ASIDE', 'TABLE', 'DL', 'P', 'FOOTER', 'HEADER', 'MENU')) {
    const { chars } = stats.get(el);
    if (chars === 0 || stats.linkDensity(el) < LINK_DENSE || !stats.isPresent(el)) continue;
    if (el.querySelectorAll('a').length < MIN_LINKS) continue;
    removeBlock(el, 'related-links', context);
  }
}

export const linkListsRule: CleaningRule = { id: 'teasers', apply: removeLinkLists };
