/**
 * Teaser cards about other stories: repeated sibling blocks, each a link to another article with a
 * headline (often with a thumbnail, a caption and a dek). News templates put them inside the story
 * column ("More in News" on the seed page), where Readability keeps their captions and deks as if
 * they were story paragraphs. Recognised by structure — a run of like-shaped siblings that are each
 * a headline link to one other page — never by a site's class names.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { classOf, hasMoreChildElements, isHeading, upperTagName, urlKey, wordCount } from './dom-utils';
import { CREDIT_TAIL, isCaptionCandidate } from './remove-duplicate-captions';
import { Holds, type PageIndex } from './page-index';

/** A card is small: headline + dek + caption. Anything longer is story, not a teaser. */
const MAX_CARD_CHARS = 1500;
/** Two like-shaped cards in a row make a teaser list; one alone may be an embedded story link. */
const MIN_RUN = 2;
const HEADLINE_MIN_WORDS = 3;
/** Above this share of the root's text, a run of cards is the page's content, not teasers beside it. */
const MAX_RUN_SHARE = 0.5;
/** Prose the story itself would have: a long paragraph that is not a link. */
const PROSE_WORDS = 40;

export interface CardCheck {
  stats: PageIndex;
  pageKey: string;
  url?: string;
  /** The page's host, when its URL is known. */
  host?: string;
  /** urlKey of each href seen (URL parsing is the costly part of checking a card). */
  targets: Map<string, string>;
}

export function targetOf(href: string, check: CardCheck): string {
  let key = check.targets.get(href);
  if (key === undefined) {
    key = urlKey(href, check.url);
    check.targets.set(href, key);
  }
  return key;
}

/** Does this element look like one teaser card: a headline link to one other page, little prose? */
export function isTeaserCard(el: Element, check: CardCheck): boolean {
  const { chars, linkChars } = check.stats.get(el);
  if (chars < 12 || chars > MAX_CARD_CHARS || linkChars === 0) return false;
  // Cheap first: a card holds a link and a headline or a picture (menus of bare links stop here).
  if (!check.stats.holds(el, Holds.heading | Holds.image)) return false;
  const links: Element[] = check.stats.descendantsWithTag(el, 'A').filter((a) => a.hasAttribute('href'));
  if (el.tagName === 'A' && el.hasAttribute('href')) links.unshift(el);
  if (links.length === 0) return false;
  // Link by link, stopping at the first that rules the card out: parsing the URLs is the costly part.
  const targets = new Set<string>();
  for (const a of links) {
    const target = targetOf(a.getAttribute('href') ?? '', check);
    if (!target) continue;
    if (target === check.pageKey) return false;
    targets.add(target);
    if (targets.size > 3) return false;
  }
  if (targets.size === 0) return false;
  // Teasers promote the site's own stories; a list whose items link to other sites (products,
  // shops, places) is a listicle, and its items are the story (seen on WCXB review pages).
  if (check.host && ![...targets].some((target) => target.startsWith(`${check.host}/`) || target === check.host)) return false;
  const hasHeadlineLink =
    links.some((a) => check.stats.contains(a, Holds.heading) || (a.parentElement !== null && isHeading(a.parentElement))) ||
    (check.stats.holds(el, Holds.image) && links.some((a) => wordCount(check.stats.textOf(a)) >= HEADLINE_MIN_WORDS));
  if (!hasHeadlineLink) return false;
  // A teaser's headline is its link. An item that titles itself in plain text ("Brewed just for you")
  // is a section of this page that links out to what it describes (an app, a product, a source).
  if (check.stats.contains(el, Holds.heading) && hasUnlinkedTitle(el, check.stats)) return false;
  // A teaser sells another story in a line or two; an item that explains itself at length is story.
  // Captions do not count: the seed page's teaser cards carry 60-word photo captions.
  if (check.stats.holds(el, Holds.paragraph)) {
    for (const p of check.stats.descendantsWithTag(el, 'P')) {
      const text = check.stats.textOf(p);
      if (check.stats.linkDensity(p) < 0.2 && wordCount(text) >= PROSE_WORDS && !CREDIT_TAIL.test(text) && !isCaptionCandidate(p)) return false;
    }
  }
  return true;
}

/** "5. University of Chicago Booth" with only the name linked: the rank is this page's, as in a ranked list. */
const RANK_PREFIX = /^\d{1,3}[.)]\s/;

/**
 * Does the element title itself: a heading of a few words with no link in or around it (a kicker
 * such as "Webcam" is one or two words), or a numbered heading whose number is not part of its link?
 */
function hasUnlinkedTitle(el: Element, stats: PageIndex): boolean {
  // The card is small (MAX_CARD_CHARS), so walking it costs little; links are not entered.
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (upperTagName(child) === 'A' || !stats.holds(child, Holds.heading)) continue;
      if (isHeading(child)) {
        const { chars, linkChars } = stats.get(child);
        if (linkChars === 0 && wordCount(stats.textOf(child)) >= HEADLINE_MIN_WORDS) return true;
        if (linkChars < chars && RANK_PREFIX.test(stats.textOf(child))) return true;
      } else stack.push(child);
    }
  }
  return false;
}

/** Structural signature: cards of one list share tag and class list. */
function shapeOf(el: Element): string {
  return `${el.tagName}|${classOf(el).trim().split(/\s+/).sort().join(' ')}`;
}

/** A short label line right before a teaser list ("More in News"): part of the teaser block. */
function isShortLabel(el: Element, stats: PageIndex): boolean {
  const text = stats.textOf(el);
  return text.length > 0 && stats.get(el).chars <= 40 && wordCount(text) <= 6 && !/[.!?]$/.test(text) && !stats.holds(el, Holds.image);
}

/** The page's own address in urlKey form: a card linking to the page itself is not a teaser. */
export function pageKeyOf(url?: string): string {
  return url ? urlKey(url) : '';
}

/** One CardCheck per index: the teaser-sections rule asks about the same links as this one (URL parsing is the costly part). */
const checksByIndex = new WeakMap<PageIndex, CardCheck>();

export function cardCheck(stats: PageIndex, url?: string): CardCheck {
  const known = checksByIndex.get(stats);
  if (known && known.url === url) return known;
  const check = newCardCheck(stats, url);
  checksByIndex.set(stats, check);
  return check;
}

function newCardCheck(stats: PageIndex, url?: string): CardCheck {
  let host: string | undefined;
  try {
    host = url ? new URL(url).host : undefined;
  } catch {
    host = undefined;
  }
  return { stats, pageKey: pageKeyOf(url), url, host, targets: new Map() };
}

export function removeTeaserCards(root: Element, context: CleaningContext): void {
  const stats = context.index;
  const check: CardCheck = cardCheck(stats, context.url);
  const runs: Element[][] = [];
  for (const parent of stats.elements) {
    const parentStats = stats.get(parent);
    // A parent of cards holds links and headlines or pictures; most elements stop here, unread.
    if (parentStats.linkChars === 0 || (parentStats.innerHolds & (Holds.heading | Holds.image)) === 0 || !hasMoreChildElements(parent, MIN_RUN - 1)) continue;
    let run: Element[] = [];
    let shape = '';
    const flush = () => {
      if (run.length >= MIN_RUN) runs.push(run);
      run = [];
      shape = '';
    };
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isTeaserCard(child, check)) {
        const childShape = shapeOf(child);
        if (run.length > 0 && childShape !== shape) flush();
        shape = childShape;
        run.push(child);
      } else {
        flush();
      }
    }
    flush();
  }
  const rootChars = stats.get(root).chars;
  for (const run of runs) {
    if (!stats.isPresent(run[0])) continue; // inside a run already removed
    // A run holding most of the text under the root is what the page is about (a page listing its
    // webcams or courses, once Readability has chosen it): teasers sit beside a story, never make it.
    if (run.reduce((sum, card) => sum + stats.get(card).chars, 0) > MAX_RUN_SHARE * rootChars) continue;
    const label = run[0].previousElementSibling;
    if (label && isShortLabel(label, stats)) removeBlock(label, 'teaser', context);
    for (const card of run) removeBlock(card, 'teaser', context);
  }
}

export const teaserCardsRule: CleaningRule = { id: 'teasers', apply: removeTeaserCards };
