import type { EntityType } from './tags';

export interface TagSpan {
  type: EntityType;
  /** Token index of the first token. */
  start: number;
  /** Token index one past the last token. */
  end: number;
}

/**
 * IOB2 (or IOB1) tags -> entity spans, the conlleval way: a span starts at B-X, or at I-X after
 * anything but X, and ends before the first tag that does not continue it.
 */
export function tagsToSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let current: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.length > 2 ? (tag.slice(2) as EntityType) : null;
    const continues = current !== null && prefix === 'I' && type === current.type;
    if (continues) {
      current!.end = i + 1;
      return;
    }
    if (current) spans.push(current);
    current = type && (prefix === 'B' || prefix === 'I') ? { type, start: i, end: i + 1 } : null;
  });
  if (current) spans.push(current);
  return spans;
}
