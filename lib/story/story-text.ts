import { ancestorWithTag, normalizeSpace, upperTagName } from './clean/dom-utils';

/**
 * Plain text of a story container: one paragraph per block, blank lines between them.
 * Captions and figures are left out on purpose: the text feeds the summary and the actors,
 * and a caption names people (photographers, officials in the photo) who are not in the story.
 */
const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TR', 'DIV', 'SECTION',
  'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BODY',
  'FORM', 'FIELDSET', 'CENTER', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR',
]);
const SKIPPED_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT']);


/**
 * A pull quote or testimonial marked up as <figure><blockquote>…</blockquote><figcaption>name</figcaption>
 * (often with the speaker's photo or logo): the quote is the story's words and its caption names the
 * speaker, not a photographer, so both are kept (seen on WCXB pages, where they count as story text).
 */
function isQuoteFigure(figure: Element): boolean {
  return figure.getElementsByTagName('blockquote').length > 0;
}

/** Collect paragraphs: text runs between block boundaries, in document order. */
export function storyParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = normalizeSpace(current);
    // A run with no letter or digit ("/*", "|", "•") is markup debris, not a paragraph.
    if (/[\p{L}\p{N}]/u.test(text)) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node, inQuote = false) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = upperTagName(child as Element);
        const quote = tag === 'FIGURE' && isQuoteFigure(child as Element);
        if (SKIPPED_TAGS.has(tag) && !quote && !(inQuote && tag === 'FIGCAPTION')) continue;
        if (tag === 'BR') {
          current += '\n';
          continue;
        }
        if (quote || BLOCK_TAGS.has(tag) || tag === 'FIGCAPTION') {
          flush();
          walk(child, inQuote || quote);
          flush();
        } else {
          walk(child, inQuote);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

export function storyText(root: Element): string {
  return storyParagraphs(root).join('\n\n');
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: runs of letters or digits (works for Latin, Cyrillic, Arabic...). */
export function countWords(text: string): number {
  // Counted match by match: text.match() would build an array holding every word of the story.
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  return count;
}

/** 230 words a minute: the usual figure for adults reading news prose on screen. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}

/** Share of the container's text that sits in links: a front page's "story" is nearly all headlines. */
export function linkTextShare(root: Element): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    // Nested links are invalid HTML but occur; count each character once.
    if (a.parentElement && ancestorWithTag(a.parentElement, 'A')) continue;
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  }
  return linked / total;
}
