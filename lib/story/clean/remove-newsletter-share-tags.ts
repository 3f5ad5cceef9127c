/**
 * Boxes that ask the reader to do something rather than tell the story: newsletter sign-ups,
 * share buttons, tag lists. Recognised by what they are made of (an e-mail field, a row of network
 * names, a "Tags:" label followed by links), with class hints only as supporting evidence.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { ancestorWithTag, classAndId, textOf, wordCount } from './dom-utils';
import { Holds } from './page-index';
import { TAG_LIST_LABEL } from './teaser-labels';

// No word boundaries: textContent glues a heading to the next block ("newsletterSign up").
const NEWSLETTER_TEXT = /(newsletter|sign ?up|subscribe|inbox|e-?mail address)/i;
/** Words a share bar is made of; a block of nothing but these is a share bar, whatever its class. */
const SHARE_WORDS = /^(share|share this|share this (article|story|page)|share on|shares?|tweet|email|e-mail|print|copy|copy link|link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|flipboard|bluesky|threads|mail|comments?|save|teilen|partager|compartir|condividi|compartilhar|delen)$/i;
const SHARE_HINT = /(^|[\s_-])(share|sharing|social|sharebar|share-?buttons?|social-?links?)([\s_-]|$)/;
const TAG_HINT = /(^|[\s_-])(tags?|tag-?list|post-?tags|article-?tags|topics?|keywords)([\s_-]|$)/;

function isEmailSignup(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'INPUT') return el.getAttribute('type')?.toLowerCase() === 'email' || /email/i.test(el.getAttribute('name') ?? '');
  return /subscribe|newsletter|signup/i.test(el.getAttribute('action') ?? '');
}

function isShareBar(el: Element, text: string): boolean {
  const words = text.split(/[\s|•·/,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  const allShareWords = text.split(/\s*[|•·/,\n]\s*|\s{2,}/).every((part) => !part || SHARE_WORDS.test(part.trim())) ||
    words.every((w) => SHARE_WORDS.test(w));
  return allShareWords && (SHARE_HINT.test(classAndId(el)) || words.length >= 2 || el.querySelectorAll('a,button').length >= 2);
}

/** Sign-up boxes around an e-mail field. Before Readability too: Readability deletes forms, leaving the pitch behind. */
export function removeNewsletterForms(root: Element, context: CleaningContext): void {
  const stats = context.index;
  // Newsletter boxes: a form with an e-mail field, taken with its small surrounding box.
  for (const input of stats.select(['INPUT', 'FORM'], () => true).filter(isEmailSignup)) {
    if (!stats.isPresent(input)) continue;
    let box: Element = ancestorWithTag(input, 'FORM') ?? input;
    // Climb to the sign-up box around the form (its pitch and heading), not to the sidebar holding it.
    while (box.parentElement && box.parentElement !== root && stats.get(box.parentElement).chars - stats.get(box).chars <= 120) box = box.parentElement;
    if (stats.get(box).chars <= 600 && (NEWSLETTER_TEXT.test(textOf(box)) || box.tagName === 'FORM')) removeBlock(box, 'newsletter', context);
  }
}

/** Pitches without a form, share bars and tag lists: only inside the chosen container (see run-cleaning-rules.ts). */
export function removeShareAndTagBoxes(root: Element, context: CleaningContext): void {
  const stats = context.index;
  // Every box below is short and made of links, buttons or fields: anything else is left alone unread.
  const boxes = stats.select(['DIV', 'ASIDE', 'SECTION', 'UL', 'OL', 'P', 'NAV', 'FOOTER', 'SPAN'], (s) => s.chars > 0 && s.chars <= 400 && (s.holds & (Holds.link | Holds.form)) !== 0);
  for (const el of boxes) {
    if (!stats.isPresent(el)) continue;
    const { chars } = stats.get(el);
    const text = stats.textOf(el);
    // Newsletter pitch with a button or link, no form (the form is loaded by script later).
    if (chars <= 300 && /newsletter/i.test(text) && /\b(sign up|subscribe|get|receive|join)\b/i.test(text) && el.querySelector('a,button,input') && wordCount(text) <= 50) {
      removeBlock(el, 'newsletter', context);
      continue;
    }
    if (isShareBar(el, text)) {
      removeBlock(el, 'share', context);
      continue;
    }
    // Tag lists: "Tags: a, b, c" with the items as links, or a list of links with a tag hint.
    if ((TAG_LIST_LABEL.test(text) || TAG_HINT.test(classAndId(el))) && stats.linkDensity(el) >= 0.5 && !stats.contains(el, Holds.paragraph)) {
      if (el.querySelectorAll('a').length >= 1 && wordCount(text) <= 40) removeBlock(el, 'tags', context);
    }
  }
}

export const newsletterFormsRule: CleaningRule = { id: 'newsletter-share', apply: removeNewsletterForms };
export const shareAndTagBoxesRule: CleaningRule = { id: 'newsletter-share', apply: removeShareAndTagBoxes };
