import type { RemovedBlock } from '../types';
import { classAndId, classOf, normalizeSpace, upperTagName } from './dom-utils';

/**
 * Readers' comment threads, left out of the page index's walk and taken out of the clone before
 * any rule or Readability runs.
 *
 * Why there: a comment thread is never the story (Readability drops /comment/ blocks as unlikely
 * candidates too), but on a page with thousands of comments it is most of the DOM, and the rules
 * and Readability would otherwise walk it. On the 6 MB test page (3,713 comments) it is ~95 % of
 * the elements. Detecting it inside the index's walk costs one attribute read per block element.
 *
 * Recognised by the names comment systems give their thread container (WordPress, Disqus, Drupal,
 * Discourse embeds, common themes), as whole class/id tokens — never a substring, so "commentary",
 * "no-comments" or an opinion section called "Comment" are left alone. A container that holds the
 * page's headline (`h1`), a `main` element or the marked-up story body is never removed.
 */
const THREAD_NAMES = new Set([
  'comments',
  'comment-list',
  'commentlist',
  'comments-list',
  'comments-area',
  'comment-area',
  'comments-section',
  'comment-section',
  'comments-container',
  'comments-wrapper',
  'comment-thread',
  'comments-thread',
  'disqus_thread',
  'dsq-comments',
  'comment-respond',
]);

/** Longest text recorded for the removed thread (the popup lists it; the thread may be megabytes). */
const RECORDED_TEXT_LIMIT = 300;

const THREAD_HINT = /comment|disqus|dsq-/i;

function namesThread(el: Element): boolean {
  // Asked of every block element of the page: the class and the id are tested as they are before
  // any string is built (the hint is case-insensitive, and no hint spans the space between them).
  if (!THREAD_HINT.test(classOf(el)) && !THREAD_HINT.test(el.getAttribute('id') ?? '')) return false;
  const names = classAndId(el);
  return names
    .split(/\s+/)
    .some((token) => THREAD_NAMES.has(token));
}

function holdsStory(el: Element, tag: string): boolean {
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return true;
  return (
    el.getElementsByTagName('h1').length > 0 ||
    el.getElementsByTagName('main').length > 0 ||
    el.querySelector('[itemprop="articleBody"]') !== null
  );
}

/** The thread's first words, without reading all of it. */
function leadingText(el: Element, limit: number): string {
  let text = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && text.length < limit * 2) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += ` ${node.nodeValue ?? ''}`;
    else if (node.nodeType === 1) {
      const tag = upperTagName(node as Element);
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  const clean = normalizeSpace(text);
  return clean.length > limit ? `${clean.slice(0, limit - 1)}…` : clean;
}

/** Tags a thread container has in practice (the walk reads no attributes of other elements). */
const THREAD_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER', 'OL', 'UL', 'DL']);

/** For PageIndex's `prune`: is this element (with its upper-case tag) a readers' comment thread? */
export function isCommentThread(el: Element, tag: string): boolean {
  return THREAD_TAGS.has(tag) && namesThread(el) && !holdsStory(el, tag);
}

/** What the removed list says about a thread: its first words (its heading, usually), clipped. */
export function threadText(el: Element): string {
  return leadingText(el, RECORDED_TEXT_LIMIT) || 'Comments';
}
