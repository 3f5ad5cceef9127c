/**
 * Lists of links left inside the story container: menus, "more stories" lists without a heading,
 * footer link rows. Readability's own conditional cleaning removes most of them, but not on its
 * retry passes (it turns that cleaning off when the first pass finds too little text), and not when
 * the list sits inside a container it scored well. A block that is nearly all links and holds
 * several of them says nothing of the story; a story paragraph with a link or two is never this dense.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import type { PageIndex } from './page-index';
import { upperTagName, wordCount } from './dom-utils';
import { isTeaserSectionLabel, SOURCES_LABEL } from './teaser-labels';

const MIN_LINKS = 3;
const PROSE_WORDS = 20;

function holdsProse(el: Element, stats: PageIndex): boolean {
  const paragraphs = upperTagName(el) === 'P' ? [el] : stats.descendantsWithTag(el, 'P');
  return paragraphs.some((p) => stats.textOf(p).split(' ').length >= PROSE_WORDS && /[.!?”"]$/.test(stats.textOf(p)));
}
const LINK_DENSE = 0.7;

/**
 * A list the story introduces with a clause of its own ("Many patches were sent for review:",
 * "Here's what has been done during the past months:") is the story's list, however link-dense: a
 * changelog's pull requests, a round-up's picks. A teaser label ending in a colon is no such clause
 * ("Read more:", "Related stories:"), nor an invitation to other pages ("You may also like these posts:").
 */
const INTRO_WORDS = 4;
const LIST_TAGS_LIST = ['UL', 'OL'];
const LIST_TAGS = new Set(LIST_TAGS_LIST);
const INTRO_MAX_CHARS = 300;
const POINTS_ELSEWHERE = /\b(?:related|more (?:from|on|in|about|stories|articles|posts|news|reading)|also (?:like|enjoy|love|read|be interested)|popular|recommended|trending|latest (?:stories|articles|posts|news)|further reading|other (?:stories|articles|posts)|similar|sponsored|partners?)\b/i;

function introducedByTheStory(el: Element, root: Element, stats: PageIndex): boolean {
  let at: Element | null = el;
  // Through wrappers holding only the list (<div class="ulist"><ul>).
  while (at && at !== root && !at.previousElementSibling && at.parentElement?.firstElementChild === at.parentElement?.lastElementChild) at = at.parentElement;
  const intro = at && at !== root ? at.previousElementSibling : null;
  if (!intro || stats.get(intro).chars > INTRO_MAX_CHARS) return false;
  const text = stats.textOf(intro);
  // A table of contents (links within the page) is no part of the story's text, whatever introduces it.
  const links = stats.descendantsWithTag(el, 'A');
  if (links.filter((a) => a.getAttribute('href')?.startsWith('#')).length * 2 > links.length) return false;
  return /[:：]$/.test(text) && wordCount(text) >= INTRO_WORDS && !POINTS_ELSEWHERE.test(text) && !isTeaserSectionLabel(text);
}

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
    if (introducedByTheStory(el, root, stats)) continue;
    // A section around such a list (its heading, the clause, the list) is the story's too.
    if (!LIST_TAGS.has(upperTagName(el)) && LIST_TAGS_LIST.some((tag) => stats.descendantsWithTag(el, tag).some((list) => introducedByTheStory(list, root, stats)))) continue;
    removeBlock(el, 'related-links', context);
  }
}

export const linkListsRule: CleaningRule = { id: 'teasers', apply: removeLinkLists };
