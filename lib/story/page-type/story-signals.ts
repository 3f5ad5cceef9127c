import type { ExtractResult } from '../types';
import type { PageSignals } from './page-signals';

/**
 * What the story engine's own result shows about the page: did Readability find a container, how
 * long its paragraphs are, how much of it is lists, headings, code or tables, how much of it is
 * linked, and whether it has a byline and a date. Read from the result alone (its blocks and html),
 * so it runs wherever the result is, in Node or in the extension page. Keys start with `story`.
 */
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you'll", 'yourself']);
const FIRST_PLURAL = new Set(['we', 'our', 'ours', 'us', "we're", "we'll", "we've"]);

export function readStorySignals(result: ExtractResult): PageSignals {
  if (!result.ok) return { storyMissing: 1 };
  const { story } = result;
  const signals: PageSignals = { storyMissing: 0 };
  const words = (text: string) => (text.match(/\S+/g) ?? []).length;
  let paragraphs = 0;
  let paragraphWords = 0;
  let longParagraphs = 0;
  let allWords = 0;
  const kindWords: Record<string, number> = {};
  for (const block of story.blocks ?? []) {
    const n = words(block.text);
    allWords += n;
    kindWords[block.kind] = (kindWords[block.kind] ?? 0) + n;
    signals[`storyBlocks_${block.kind}`] = (signals[`storyBlocks_${block.kind}`] ?? 0) + 1;
    if (block.kind === 'paragraph') {
      paragraphs++;
      paragraphWords += n;
      if (n >= 40) longParagraphs++;
    }
  }
  signals.storyWords = story.wordCount;
  signals.storyChars = story.text.length;
  signals.storyParagraphs = paragraphs;
  signals.storyLongParagraphs = longParagraphs;
  signals.storyMeanParagraphWords = paragraphs ? paragraphWords / paragraphs : 0;
  for (const kind of ['paragraph', 'heading', 'list-item', 'quote', 'table', 'code']) {
    signals[`storyShare_${kind}`] = allWords ? (kindWords[kind] ?? 0) / allWords : 0;
  }
  signals.storyLinkShare = linkShareOfHtml(story.html);
  signals.storyByline = story.byline ? 1 : 0;
  signals.storyDate = story.publishedTime ? 1 : 0;
  signals.storyDateline = story.dateline ? 1 : 0;
  signals.storyImages = story.images.length;
  signals.storyTitleWords = words(story.title);
  signals.storyHeadingsPerParagraph = paragraphs ? (signals.storyBlocks_heading ?? 0) / paragraphs : 0;
  // Who the text speaks to: a service page addresses the reader ("you", "we"); a report speaks of third
  // parties. English words only: in other languages these are 0 and the other signals decide.
  const tokens = story.text.toLowerCase().match(/[a-z']+/g) ?? [];
  let second = 0;
  let first = 0;
  for (const token of tokens) {
    if (SECOND_PERSON.has(token)) second++;
    else if (FIRST_PLURAL.has(token)) first++;
  }
  signals.storyYouRate = tokens.length ? second / tokens.length : 0;
  signals.storyWeRate = tokens.length ? first / tokens.length : 0;
  signals.storyQuestions = (story.text.match(/\?(?:\s|$)/g) ?? []).length;
  signals.storyDigitsRate = story.text.length ? (story.text.match(/\d/g) ?? []).length / story.text.length : 0;
  return signals;
}

/** Share of the story html's text inside links: a string scan, since the extension page has the html as text. */
export function linkShareOfHtml(html: string): number {
  const textLength = (markup: string) => markup.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, '').length;
  const total = textLength(html);
  if (!total) return 0;
  let linked = 0;
  for (const match of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) linked += textLength(match[1]);
  return Math.min(1, linked / total);
}
