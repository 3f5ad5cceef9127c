import type { PageType, Story } from '../lib/story/types';

/**
 * What kind of page the engine says a page is (issue 16; TEAM.md contract), and how the popup and
 * side panel speak of it. The engine's `pageType` and `isNews` are read defensively: stories cached
 * before the classifier existed lack them, and are shown as articles that are not called news.
 */
export const PAGE_TYPES: readonly PageType[] = ['article', 'forum', 'documentation', 'product', 'listing', 'collection', 'service'];
export type PageKindType = PageType;

export interface PageKind {
  type: PageKindType;
  /** A dated news story: only then does the view speak of a "story". */
  isNews: boolean;
}

export function pageTypeOf(value: unknown): PageKindType | undefined {
  return typeof value === 'string' && (PAGE_TYPES as readonly string[]).includes(value) ? (value as PageKindType) : undefined;
}

/** The kind of an ok:true result. Product-like types never arrive here (the engine refuses them), but read as articles if they do. */
export function storyKind(story: Story): PageKind {
  const fields = story as Partial<{ pageType: unknown; isNews: unknown }>;
  const type = pageTypeOf(fields.pageType);
  const shown: PageKindType = type === 'forum' || type === 'documentation' ? type : 'article';
  return { type: shown, isNews: shown === 'article' && fields.isNews === true };
}

/** The small label above the headline. */
export function kindLabel(kind: PageKind): string {
  if (kind.type === 'forum') return 'Discussion';
  if (kind.type === 'documentation') return 'Documentation';
  return kind.isNews ? 'News story' : 'Article';
}

/** Headings of the story's parts, worded for the kind of page. */
export function kindWords(kind: PageKind): { summary: string; cast: string; allNames: string } {
  if (kind.type === 'forum') return { summary: 'From the thread', cast: 'Named in the thread', allNames: 'All names' };
  if (kind.type === 'documentation') return { summary: 'In short', cast: 'Named on this page', allNames: 'All names' };
  if (kind.isNews) return { summary: 'Summary', cast: 'Who’s in the story', allNames: 'Everyone named' };
  return { summary: 'In short', cast: 'Named in this article', allNames: 'Everyone named' };
}

/**
 * What the popup says when the engine found no article. Product, listing, collection and service
 * pages are named (the engine recognised them: issue 16); anything else keeps the general wording.
 */
export function notArticleWords(pageType: string | undefined): { title: string; message: string } {
  switch (pageTypeOf(pageType)) {
    case 'product':
      return {
        title: 'This looks like a product page',
        message: 'Lede summarises stories and articles; a shop’s page for one product has none to summarise.',
      };
    case 'listing':
      return {
        title: 'This looks like a list of links',
        message: 'An index, a feed or search results: each entry leads to a page of its own. Open one and click Lede there.',
      };
    case 'collection':
      return {
        title: 'This looks like a category page',
        message: 'A grid of products or items to choose from, with no article of its own.',
      };
    case 'service':
      return {
        title: 'This looks like a company or service page',
        message: 'It presents a business or what it offers, rather than telling a story.',
      };
    default:
      return { title: "This page doesn't look like a story", message: 'Lede found no article on this page.' };
  }
}
