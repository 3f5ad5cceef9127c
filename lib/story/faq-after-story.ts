/**
 * A story's FAQ printed right after it, outside the container Readability chose.
 *
 * Guides and explainers end with "Frequently Asked Questions" about the story's subject. Templates
 * put that block in a section of its own beside the story's body (often an accordion whose questions
 * are buttons), so Readability, which keeps one container, leaves it out; on the tuning pages the
 * ground truth counts it as story every time.
 *
 * Recognised by its label and its place: a heading that names an FAQ ("FAQ", "Frequently asked
 * questions", "Performance tuning: FAQs", in seven languages), in a section that is a sibling of the
 * container or of one of its nearest ancestors, after it, with nothing longer than a sign-up box in
 * between; the section is mostly text (not a list of links) and holds no headline of its own.
 */
import { Holds, type PageIndex } from './clean/page-index';
import type { ChosenContainer } from './story-container';
import { storyBlocks } from './story-text';
import { wordCount } from './clean/dom-utils';

/** "FAQ", "FAQs", "Frequently asked questions", "Performance Tuning: FAQs", "Häufig gestellte Fragen" ... */
const FAQ_LABEL = /(?:^|[:\-–—]\s*)(?:faqs?|frequently asked questions|häufig gestellte fragen|häufige fragen|questions fréquentes|foire aux questions|preguntas frecuentes|domande frequenti|perguntas frequentes|veelgestelde vragen)\s*:?$/i;
/** A label, not a sentence. */
const MAX_LABEL_CHARS = 60;
/** How many levels above the container the FAQ's section may sit beside it. */
const MAX_LEVELS = 4;
/** What may stand between the story and its FAQ: a sign-up box, a "Learn more" button row. */
const MAX_CHARS_BETWEEN = 600;
/** Questions and answers, not a list of links to other pages. */
const MAX_LINK_SHARE = 0.3;
const MIN_FAQ_CHARS = 150;
/** An answer is a block of at least this many words that is not a question. */
const ANSWER_WORDS = 8;
/** What Readability's own cleaning would have taken from the section; it never ran on it. */
const NOT_STORY = 'form,input,select,textarea,iframe,object,embed,nav,aside,footer';

/**
 * The FAQ section beside the story, or null. Only the blocks right after the story are read, level by
 * level up from it, until more than a sign-up box's worth of text stands between: never the whole page.
 */
function faqSection(container: ChosenContainer, index: PageIndex): Element | null {
  let side = container.element;
  let between = 0;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = index.walkedParent(side);
    if (!parent || parent === index.root) return null;
    const from = index.placeOf(side);
    // Readability has moved the story's own element out of the page: the walk says what came after it.
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (!index.knows(s) || index.placeOf(s) <= from || index.isInside(s, side)) continue;
      if (isFaqSection(s, index)) return s;
      between += index.get(s).chars;
      if (between > MAX_CHARS_BETWEEN) return null;
    }
    side = parent;
  }
  return null;
}

/** A section whose first heading names an FAQ, mostly text, with no headline of its own. */
function isFaqSection(section: Element, index: PageIndex): boolean {
  const stats = index.get(section);
  if ((stats.holds & Holds.heading) === 0 || stats.chars < MIN_FAQ_CHARS || stats.linkChars > MAX_LINK_SHARE * stats.chars) return false;
  let first: Element | null = null;
  for (const tag of ['H2', 'H3', 'H4']) {
    const heading = index.descendantsWithTag(section, tag)[0];
    if (heading && (!first || index.compareWalked(heading, first) < 0)) first = heading;
  }
  if (!first || index.get(first).chars > MAX_LABEL_CHARS || !FAQ_LABEL.test(index.textOf(first))) return false;
  return index.descendantsWithTag(section, 'H1').length === 0;
}

/**
 * The answers are on the page: at least one for every two questions. An accordion whose answers are
 * hidden (Readability drops hidden blocks) or load elsewhere ("Discover the answer") is a list of
 * questions, which the annotators never count as story.
 */
function answersShown(section: Element): boolean {
  let questions = 0;
  let answers = 0;
  for (const block of storyBlocks(section)) {
    if (/\?\s*$/.test(block.text)) questions++;
    else if (wordCount(block.text) >= ANSWER_WORDS) answers++;
  }
  return answers > 0 && 2 * answers >= questions;
}

/** Append the story's FAQ to Readability's content when it stands right after the story (see above). True when appended. */
export function appendFaqAfterStory(content: Element, container: ChosenContainer, index: PageIndex): boolean {
  const section = faqSection(container, index);
  if (!section || !answersShown(section)) return false;
  for (const junk of Array.from(section.querySelectorAll(NOT_STORY))) junk.remove();
  // An accordion's questions are buttons: their text is the question, so it stays as text.
  for (const button of Array.from(section.getElementsByTagName('button'))) {
    const block = content.ownerDocument.createElement('div');
    while (button.firstChild) block.appendChild(button.firstChild);
    button.replaceWith(block);
  }
  content.appendChild(section);
  return true;
}
