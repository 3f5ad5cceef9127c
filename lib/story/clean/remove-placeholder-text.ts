/**
 * Placeholder text of an unfinished template: "Lorem ipsum dolor sit amet, …" under "Head Line 1",
 * left in the page's HTML and hidden by a style sheet (which a DOM without CSS cannot see). It is never
 * a story's text, in any language; a story about placeholder text quotes it in a line or two, which
 * never makes up most of a section.
 *
 * Recognised by the words themselves: each line that opens with "Lorem ipsum" goes, and with them the
 * largest block around them that is nearly all such lines (its "Head Line 2" and "Lorem ipsum 3" too).
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { Holds } from './page-index';

const PLACEHOLDER = /^lorem ipsum\b/i;
const LINE_TAGS = ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'TD', 'DD', 'BLOCKQUOTE'];
/** A block is placeholder when nearly all its text is: a heading "Head Line 1" over its lorem ipsum, not a story with a quoted line. */
const PLACEHOLDER_SHARE = 0.8;
/** ... and what else it holds is a few labels ("Head Line 1"), not a paragraph of real text. */
const MAX_OTHER_CHARS = 100;

export function removePlaceholderText(root: Element, context: CleaningContext): void {
  const index = context.index;
  // Placeholder characters below each block, counted up from the lines.
  const below = new Map<Element, number>();
  for (const line of index.select(LINE_TAGS, (s) => s.chars >= 11 && (s.innerHolds & Holds.block) === 0)) {
    if (!PLACEHOLDER.test(index.textOf(line))) continue;
    const chars = index.get(line).chars;
    for (let el: Element | null = line; el && el !== root; el = index.walkedParent(el)) below.set(el, (below.get(el) ?? 0) + chars);
  }
  if (below.size === 0) return;
  // Outermost first (document order), so a block's lines go with it.
  for (const el of [...below.keys()].sort((a, b) => index.compareWalked(a, b))) {
    const placeholder = below.get(el)!;
    const chars = index.get(el).chars;
    if (index.isPresent(el) && placeholder >= PLACEHOLDER_SHARE * chars && chars - placeholder <= MAX_OTHER_CHARS) removeBlock(el, 'boilerplate', context);
  }
}

export const placeholderTextRule: CleaningRule = { id: 'page-controls', apply: removePlaceholderText };
