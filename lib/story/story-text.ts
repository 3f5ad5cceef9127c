import { ancestorWithTag, nonWhitespaceLength, normalizeSpace, upperTagName } from './clean/dom-utils';
import type { StoryBlock, StoryBlockKind } from './types';

/**
 * Text of a story container, block by block (storyBlocks), and plain text made of those blocks.
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

/**
 * A data table or a code listing marked up as a figure (<figure><table>…</table><figcaption>, as
 * WordPress's table block and many documentation pages write them): the HTML figure holds content of
 * the story, not a photo. The table or code is the story's; the caption stays out, as every caption does.
 */
function isContentFigure(figure: Element): boolean {
  return figure.getElementsByTagName('table').length > 0 || figure.getElementsByTagName('pre').length > 0;
}

/** The kind of block an element makes its text: the innermost such ancestor decides. */
const BLOCK_KIND_OF_TAG: Record<string, StoryBlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', DT: 'list-item', DD: 'list-item',
  BLOCKQUOTE: 'quote',
  TABLE: 'table',
  PRE: 'code',
};

/** `role="heading"` marks a heading drawn with a div or span (its level in `aria-level`). */
function blockKindOf(el: Element, tag: string): StoryBlockKind | undefined {
  const kind = BLOCK_KIND_OF_TAG[tag];
  if (kind) return kind;
  // Only on block elements: a span with the role stays inline text, as it reads.
  return BLOCK_TAGS.has(tag) && el.getAttribute('role') === 'heading' ? 'heading' : undefined;
}

function headingLevel(el: Element, tag: string): number {
  if (/^H[1-6]$/.test(tag)) return Number(tag[1]);
  const level = Number(el.getAttribute('aria-level'));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

interface BlockContext {
  kind: StoryBlockKind;
  level?: number;
}

const PARAGRAPH: BlockContext = { kind: 'paragraph' };

/**
 * The story as blocks: text runs between block boundaries, in document order, each with the kind of
 * structure it sits in (heading, list item, quote, table row, code), so that the language stage never
 * takes a heading or a table cell for a sentence of prose. A pull quote marked up as a figure with a
 * blockquote keeps its caption (the speaker) as part of the quote.
 */
export function storyBlocks(root: Element): StoryBlock[] {
  const blocks: StoryBlock[] = [];
  let current = '';
  const flush = (context: BlockContext) => {
    const text = normalizeSpace(current);
    current = '';
    // A run with no letter or digit ("/*", "|", "•") is markup debris, not a paragraph.
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    blocks.push(context.level ? { kind: context.kind, text, level: context.level } : { kind: context.kind, text });
  };
  const walk = (node: Node, context: BlockContext, inQuote: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = upperTagName(el);
        const quote = tag === 'FIGURE' && isQuoteFigure(el);
        const content = tag === 'FIGURE' && !quote && isContentFigure(el);
        if (SKIPPED_TAGS.has(tag) && !quote && !content && !(inQuote && tag === 'FIGCAPTION')) continue;
        if (tag === 'BR') {
          current += '\n';
          continue;
        }
        // Cells of a row are inline runs of one block: without a space "Yes</td><td>7" would read "Yes7".
        if (tag === 'TD' || tag === 'TH') current += ' ';
        const kind = quote ? 'quote' : blockKindOf(el, tag);
        if (kind || BLOCK_TAGS.has(tag) || tag === 'FIGCAPTION' || content) {
          const inner: BlockContext = kind ? (kind === 'heading' ? { kind, level: headingLevel(el, tag) } : { kind }) : context;
          flush(context);
          walk(el, inner, inQuote || quote);
          flush(inner);
        } else {
          walk(el, context, inQuote);
        }
      }
    }
  };
  walk(root, PARAGRAPH, false);
  flush(PARAGRAPH);
  return blocks;
}

/** Plain text of the blocks: one block per paragraph, blank lines between them. */
export function blocksText(blocks: readonly StoryBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n');
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
  const total = nonWhitespaceLength(root.textContent ?? '');
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    // Nested links are invalid HTML but occur; count each character once.
    if (a.parentElement && ancestorWithTag(a.parentElement, 'A')) continue;
    linked += nonWhitespaceLength(a.textContent ?? '');
  }
  return linked / total;
}
