/**
 * A story cut into like sections, of which Readability kept one.
 *
 * Documentation generators and page builders wrap each part of a story in a section of its own
 * (`<div class="sect1"><h2>…</h2><div class="sectionbody">…`, page-builder rows): the same tag and
 * the same first class, one after the other. Readability scores each section on its own; when the
 * others are lists of links (patches, sources) or short, one section wins and the story loses the
 * rest — on the tuning pages, four fifths of a progress report, two thirds of a service page.
 *
 * The symptom is structural: the container Readability chose is one of three or more siblings of
 * one shape (itself or an ancestor a few levels up), and the others hold at least half as much text
 * again. Then the story is the run of those sections, in page order, with Readability's own reading
 * in its place. Not taken when the sections are other stories (an `article` each, or a headline of
 * their own: the next story of an endless page), list items (comments, teasers), or mostly links
 * (a grid of teaser cards).
 */
import type { PageIndex } from './clean/page-index';
import type { ChosenContainer } from './story-container';
import { classOf, upperTagName } from './clean/dom-utils';

/** How far above the chosen container the repeated section may sit (page builders nest deeply). */
const MAX_LEVELS = 3;
/** Other sections of the same shape: two at least, so that three make a pattern. */
const MIN_OTHER_SECTIONS = 2;
/** A section shorter than this is a button row or a spacer, not a part of the story. */
const MIN_SECTION_CHARS = 150;
/** The other sections must add at least half of what Readability kept, or the first reading stands. */
const MIN_GAIN_SHARE = 0.5;
/** Teaser grids are mostly headline links; a story's sections are mostly text (lists of links included). */
const MAX_LINK_SHARE = 0.75;
/** Section wrappers are divs and sections; articles and list items repeat for other reasons. */
const SECTION_TAGS = new Set(['DIV', 'SECTION']);
/** What Readability's own cleaning would have taken from these sections; it never ran on them. */
const NOT_STORY = 'form,button,input,select,textarea,iframe,object,embed,footer,aside,nav';

interface LikeSections {
  /** The parent holding the sections. */
  parent: Element;
  /** The section holding Readability's container (the container itself at level 0). */
  holder: Element;
  level: number;
  others: Element[];
}

const firstClass = (el: Element) => classOf(el).trim().split(/\s+/)[0];

function findLikeSections(container: ChosenContainer, index: PageIndex): LikeSections | null {
  let holder = container.element;
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const parent = index.walkedParent(holder);
    if (!parent || parent === index.root) return null;
    const tag = upperTagName(holder);
    const cls = firstClass(holder);
    if (cls && SECTION_TAGS.has(tag)) {
      const others: Element[] = [];
      let chars = 0;
      let linkChars = 0;
      for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
        if (s === holder || !index.knows(s) || upperTagName(s) !== tag || firstClass(s) !== cls) continue;
        const stats = index.get(s);
        if (stats.chars < MIN_SECTION_CHARS) continue;
        // Each one with a headline of its own: other stories, not parts of this one.
        if (index.descendantsWithTag(s, 'H1').length > 0) return null;
        others.push(s);
        chars += stats.chars;
        linkChars += stats.linkChars;
      }
      if (others.length >= MIN_OTHER_SECTIONS) {
        const enough = chars >= MIN_GAIN_SHARE * container.keptChars && linkChars <= MAX_LINK_SHARE * chars;
        return enough ? { parent, holder, level, others } : null;
      }
    }
    holder = parent;
  }
  return null;
}

/**
 * Widen Readability's content to the run of like sections it was taken from (see above). `content`
 * is Readability's element; its children are moved into the run, in their place. True when widened.
 */
export function widenToLikeSections(content: Element, container: ChosenContainer, index: PageIndex): boolean {
  const found = findLikeSections(container, index);
  if (!found) return false;
  const { parent, holder, level, others } = found;
  const storyPlace = index.placeOf(container.element);
  const first = index.placeOf(others[0]);
  const last = index.placeOf(others[others.length - 1]);
  const run = content.ownerDocument.createElement('div');
  let storyPlaced = false;
  const placeStory = () => {
    if (storyPlaced) return;
    storyPlaced = true;
    while (content.firstChild) run.appendChild(content.firstChild);
  };
  // Readability replaced some elements (a div of text becomes a p): those are not in the index and
  // take the side of the last element the index knows.
  let place = -1;
  for (let s = parent.firstElementChild, next: Element | null; s; s = next) {
    next = s.nextElementSibling;
    if (index.knows(s)) place = index.placeOf(s);
    if (s === holder) {
      // The section's heading above the container comes with it (one level: deeper, Readability's choice stands).
      if (level === 1) for (let c = s.firstElementChild, n: Element | null; c; c = n) {
        n = c.nextElementSibling;
        if (!index.knows(c) || index.placeOf(c) < storyPlace) run.appendChild(c);
      }
      placeStory();
      continue;
    }
    if (place > storyPlace) placeStory();
    if (Math.min(first, storyPlace) <= place && place <= Math.max(last, storyPlace)) {
      for (const junk of Array.from(s.querySelectorAll(NOT_STORY))) junk.remove();
      run.appendChild(s);
    }
  }
  placeStory();
  content.appendChild(run);
  return true;
}
