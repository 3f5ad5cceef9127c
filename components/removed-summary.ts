import type { RemovalReason, RemovedBlock } from '../lib/story/types';

/**
 * How each removal reason reads in the popup, singular and plural. Keyed by string: a reason the
 * engine adds later still reads sensibly (its own name) until it gets a wording here.
 */
const REASON_NAMES: Record<string, [string, string]> = {
  'duplicate-caption': ['duplicate caption', 'duplicate captions'],
  caption: ['caption', 'captions'],
  teaser: ['teaser', 'teasers'],
  'related-links': ['related-links box', 'related-links boxes'],
  'most-read': ['“Most Read” list', '“Most Read” lists'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  share: ['share bar', 'share bars'],
  tags: ['tag list', 'tag lists'],
  byline: ['byline', 'bylines'],
  'author-bio': ['author bio', 'author bios'],
  dateline: ['dateline', 'datelines'],
  credit: ['photo credit', 'photo credits'],
  advert: ['advert', 'adverts'],
  boilerplate: ['boilerplate block', 'boilerplate blocks'],
  headline: ['repeated headline', 'repeated headlines'],
  standfirst: ['standfirst', 'standfirsts'],
  comments: ['comment thread', 'comment threads'],
};

export function reasonName(reason: RemovalReason, count: number): string {
  const names = REASON_NAMES[reason] ?? [reason.replace(/-/g, ' '), `${reason.replace(/-/g, ' ')}s`];
  return count === 1 ? names[0] : names[1];
}

export interface RemovedGroup {
  reason: RemovalReason;
  blocks: RemovedBlock[];
}

/** Removed blocks grouped by reason, in the order each reason first appeared. */
export function groupRemoved(removed: RemovedBlock[]): RemovedGroup[] {
  const groups = new Map<RemovalReason, RemovedBlock[]>();
  for (const block of removed) {
    const list = groups.get(block.reason);
    if (list) list.push(block);
    else groups.set(block.reason, [block]);
  }
  return [...groups].map(([reason, blocks]) => ({ reason, blocks }));
}

/** "Removed: 1 duplicate caption, 9 teasers, 1 “Most Read” list", or "Nothing removed". */
export function removedSummaryLine(removed: RemovedBlock[]): string {
  if (removed.length === 0) return 'Nothing removed';
  const parts = groupRemoved(removed).map(({ reason, blocks }) => `${blocks.length} ${reasonName(reason, blocks.length)}`);
  return `Removed: ${parts.join(', ')}`;
}
