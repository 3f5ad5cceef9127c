import type { ExtractResult, StoryBlock } from '../types';
import { DATE, type PageSignals } from './page-signals';

/**
 * What the story engine's own result shows about the page: did Readability find a container, how
 * long its paragraphs are, how much of it is lists, headings, code or tables, how much of it is
 * linked, and whether it has a byline and a date. Read from the result alone (its blocks and html),
 * so it runs wherever the result is, in Node or in the extension page. Keys start with `story`.
 */
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you'll", 'yourself']);
const FIRST_PLURAL = new Set(['we', 'our', 'ours', 'us', "we're", "we'll", "we've"]);

/**
 * Runs of non-space characters: the word count these signals were trained on (not story-text's
 * countWords, which counts letters and digits only and would move every feature).
 */
function tokenCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

export function readStorySignals(result: ExtractResult): PageSignals {
  if (!result.ok) return { storyMissing: 1 };
  const { story } = result;
  const signals: PageSignals = { storyMissing: 0 };
  let paragraphs = 0;
  let paragraphWords = 0;
  let longParagraphs = 0;
  let allWords = 0;
  const kindWords: Record<string, number> = {};
  for (const block of story.blocks ?? []) {
    const n = tokenCount(block.text);
    allWords += n;
    kindWords[block.kind] = (kindWords[block.kind] ?? 0) + n;
    signals[`storyBlocks_${block.kind}`] = (signals[`storyBlocks_${block.kind}`] ?? 0) + 1;
    if (block.kind === 'paragraph') {
      paragraphs++;
      paragraphWords += n;
      if (n >= 40) longParagraphs++;
    }
  }
  readSections(story.blocks ?? [], signals);
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
  signals.storyTitleWords = tokenCount(story.title);
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
  // A listing read as a story: its headings are links to the stories they head, and the same short
  // lines ("Comment", "Read more") come back under every excerpt.
  const headings = story.html.match(/<h[1-6]\b[\s\S]*?<\/h[1-6]>/gi) ?? [];
  signals.storyLinkedHeadings = headings.length ? headings.filter((h) => /<a\b/i.test(h)).length / headings.length : 0;
  const seen = new Map<string, number>();
  for (const block of story.blocks ?? []) seen.set(block.text, (seen.get(block.text) ?? 0) + 1);
  let repeated = 0;
  for (const count of seen.values()) if (count > 1) repeated += count;
  signals.storyRepeatedBlocks = story.blocks?.length ? repeated / story.blocks.length : 0;
  // A listing read as a story: a date line under every teaser; a story dates itself once, by its headline.
  signals.storyDateLines = (story.blocks ?? []).filter((block) => tokenCount(block.text) <= 8 && DATE.test(block.text)).length;
  signals.storyLinkTargets = linkTargetsOfHtml(story.html);
  signals.storyDigitsRate = story.text.length ? (story.text.match(/\d/g) ?? []).length / story.text.length : 0;
  readCallsToAction(story.blocks ?? [], story.text, signals);
  return signals;
}

/**
 * A short line of the story that tells the reader to act ("Call us today", "Get a free quote",
 * "Discover our menu"): landing and shop pages are built of them; a report has few. English, German,
 * French, Spanish, Italian, Dutch imperatives at the start of a block of at most twelve words.
 */
const IMPERATIVE_START = /^(?:call|contact|get|book|schedule|request|learn|discover|shop|buy|order|sign up|join|try|start|download|subscribe|apply|register|explore|find|see|view|browse|visit|click|choose|save|enjoy|let us|let's|speak|talk|ask|make|create|build|grow|boost|kontaktieren|rufen|jetzt|entdecken|erfahren|contactez|découvrez|appelez|demandez|réservez|contacta|descubre|llama|solicita|reserva|scopri|contattaci|chiama|prenota|bel|ontdek|bekijk|vraag)\b/i;
const CALL_LINE_WORDS = 12;

export function readCallsToAction(blocks: readonly StoryBlock[], text: string, signals: PageSignals): void {
  let shortLines = 0;
  let calls = 0;
  for (const block of blocks) {
    if (block.kind === 'code' || tokenCount(block.text) > CALL_LINE_WORDS) continue;
    shortLines++;
    if (IMPERATIVE_START.test(block.text.trim())) calls++;
  }
  signals.storyCallLines = calls;
  signals.storyCallShare = shortLines ? calls / shortLines : 0;
  // Exclamation marks per thousand words: a landing page exclaims ("Book today!"); a report seldom does.
  const words = tokenCount(text);
  signals.storyExclaimRate = words ? (1000 * (text.match(/!/g) ?? []).length) / words : 0;
}

/**
 * How the story is built: a report runs on in paragraphs of several sentences; a landing page is many
 * short sections under headings, and lines that are not sentences ("Free estimates", "Call today").
 * - sections: runs of blocks between headings; their mean words, the longest run, the share under 60 words;
 * - prose: the share of paragraph words in paragraphs of two sentences or more, and the mean sentence length;
 * - short blocks: the share of paragraphs and list items under six words.
 */
export function readSections(blocks: readonly StoryBlock[], signals: PageSignals): void {
  const sections: number[] = [];
  let run = 0;
  let proseWords = 0;
  let paragraphWords = 0;
  let sentences = 0;
  let short = 0;
  let lines = 0;
  let questions = 0;
  for (const block of blocks) {
    const n = tokenCount(block.text);
    if (block.kind === 'heading') {
      if (block.text.endsWith('?')) questions++;
      if (run) sections.push(run);
      run = 0;
      continue;
    }
    run += n;
    if (block.kind === 'paragraph' || block.kind === 'list-item') {
      lines++;
      if (n < 6) short++;
    }
    if (block.kind !== 'paragraph') continue;
    // A sentence ends at . ! ? (or their CJK forms) before a space and a capital, or at the block's end.
    const ends = (block.text.match(/[.!?。！？]["”’)]?(?:\s+(?=[\p{Lu}\d"“‘(])|\s*$)/gu) ?? []).length;
    sentences += Math.max(1, ends);
    paragraphWords += n;
    if (ends >= 2) proseWords += n;
  }
  if (run) sections.push(run);
  signals.storySections = sections.length;
  signals.storySectionWords = sections.length ? sections.reduce((a, b) => a + b, 0) / sections.length : 0;
  signals.storyLongestSection = sections.length ? Math.max(...sections) : 0;
  signals.storyShortSections = sections.length ? sections.filter((n) => n < 60).length / sections.length : 0;
  signals.storyProseShare = paragraphWords ? proseWords / paragraphWords : 0;
  signals.storySentenceWords = sentences ? paragraphWords / sentences : 0;
  signals.storyShortLines = lines ? short / lines : 0;
  // Headings that ask ("How much does it cost?"): the FAQ of a service page.
  signals.storyQuestionHeadings = questions;
}

/**
 * A tag, with its quoted attribute values read whole: serialisers differ on `<` and `>` inside an
 * attribute value (Chromium escapes them, linkedom does not: `data-caption="<p>…</p>"`), and a plain
 * `<[^>]*>` would end such a tag early and count its attributes as text.
 */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const LINK = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/a>/gi;

/** Share of the story html's text inside links: a string scan, since the extension page has the html as text. */
export function linkShareOfHtml(html: string): number {
  const textLength = (markup: string) => markup.replace(TAG, '').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, '').length;
  const total = textLength(html);
  if (!total) return 0;
  let linked = 0;
  for (const match of html.matchAll(LINK)) linked += textLength(match[1]);
  return Math.min(1, linked / total);
}

const HREF = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*?\shref="([^"#]*)/gi;

/** Distinct link targets in the story html (in-page `#` links left out), `&amp;` read as `&` as one serialiser writes it and the other does not. */
export function linkTargetsOfHtml(html: string): number {
  return new Set(Array.from(html.matchAll(HREF), (m) => m[1].replace(/&amp;/g, '&')).filter(Boolean)).size;
}
