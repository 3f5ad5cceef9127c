/**
 * Inline teaser lines inside the story: "READ MORE: <headline of another story>", "RELATED: ...",
 * "Lesen Sie auch: ...". They are links to other stories dropped between paragraphs; Readability
 * keeps them because they sit in the story container. A line is removed only when it starts with
 * such a label and what follows is a link (or is short), so a paragraph that merely begins with
 * "Related:" in prose survives.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { wordCount } from './dom-utils';
import { Holds } from './page-index';
import { INLINE_LABEL } from './teaser-labels';

const MAX_LINE_CHARS = 400;

export function removeInlineTeasers(root: Element, context: CleaningContext): void {
  const stats = context.index;
  const candidates = stats.select(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'ASIDE', 'BLOCKQUOTE'], (s) =>
    // Only the innermost block holding a link: a div holding several paragraphs is not one line.
    s.chars > 0 && s.chars <= MAX_LINE_CHARS && s.linkChars > 0 && (s.innerHolds & Holds.block) === 0);
  for (const el of candidates) {
    const { chars, linkChars } = stats.get(el);
    const text = stats.textOf(el);
    const label = INLINE_LABEL.exec(text);
    if (!label) continue;
    const restChars = chars - label[0].replace(/\s/g, '').length;
    if (linkChars / Math.max(1, restChars) >= 0.6 || wordCount(text) <= 25) removeBlock(el, 'teaser', context);
  }
}

export const inlineTeasersRule: CleaningRule = { id: 'inline-links', apply: removeInlineTeasers };
