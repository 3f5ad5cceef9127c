/**
 * Which parts of a story may become summary sentences: sentences of prose, and nothing else.
 *
 * A summary sentence is read out of context, as a statement of what happened, so it must come from
 * running prose. The story's blocks say what each part is:
 * - `paragraph`: prose, unless its shape says it is a heading set as a paragraph (see below);
 * - `list-item`: prose only when it is a complete sentence (a bulleted "key points" list in news is
 *   written in sentences; a list of names, links or ingredients is not);
 * - `heading`: never a summary sentence, but it names a topic of the story (a topic signal);
 * - `quote`: never. A blockquote in a news page is a pull quote (the same words stand in the body,
 *   where they have their attribution), an embedded post (a tweet with its handle and date), or an
 *   excerpt of a document; out of context none of them says who is speaking, and when the words
 *   matter the body sentence that reports them is the one to show;
 * - `table`, `code`: never.
 *
 * Headings set as paragraphs: a paragraph that is one short line without a sentence end ("What
 * happens next") or a single question followed by more text ("How do I find a good volunteer
 * opportunity?", the question of an FAQ) is a heading by its shape. A paragraph that ends in a
 * colon introduces what follows it (a list, a quote) and says nothing by itself. None of these
 * become summary sentences; the heading-like ones count as topic signals.
 *
 * Stories without blocks (older cached stories, the CLI's plain articles) are split into
 * paragraphs at line breaks and read as paragraphs. A story that is not running prose (mostly
 * lists or tables, or a live blog) is marked by its `shape`: its summary is the lead.
 */
import type { StoryBlock } from '../../story/types';
import { splitSentences, type Sentence } from '../sentences';

/** A sentence that may be summarised; `block` is the index of the block it came from. */
export interface ProseSentence extends Sentence {
  block: number;
}

/**
 * The story's shape, when it is not running prose: then no sentence scorer has a clear signal
 * (it was trained on news stories written as prose), and the summary is the lead.
 * - `mostly not prose`: under half of the story's words are in prose sentences (a list, a table,
 *   a page of headings and short lines);
 * - `live updates`: several blocks open with a clock time ("10:42 a.m.", "14:05 GMT"), the
 *   entries of a live blog, each about something else.
 */
export type StoryShape = 'prose' | 'mostly not prose' | 'live updates';

export interface StoryProse {
  /** Candidate sentences, in story order; `index` counts candidates only (the lead is 0, 1, 2...). */
  sentences: ProseSentence[];
  /** Headings and heading-like lines: what the story's sections are about (never summarised). */
  topics: string[];
  shape: StoryShape;
}

/** Blocks of a story given as plain text: each line is a paragraph (blank lines or single newlines). */
export function blocksFromText(text: string): StoryBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .map((line) => ({ kind: 'paragraph' as const, text: line }));
}

// A sentence end, possibly followed by closing quotes or brackets: ." .” ?' !) and the tokenised ''.
const SENTENCE_END = /[.!?…](?:\s*(?:''|["'”’»)\]]))*$/u;
const QUESTION_END = /\?(?:\s*(?:''|["'”’»)\]]))*$/u;
const WORD = /[\p{L}\p{N}]+/gu;

const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/** A block that opens with a clock time: "10:42", "10.42 a.m.", "9am", "14:05 GMT". */
const OPENS_WITH_TIME = /^\s*(?:\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}\s*[ap]\.?m\b\.?)/i;
/** This many time-stamped blocks make a live blog. */
const LIVE_UPDATE_BLOCKS = 3;
/** Prose under this share of the story's words: the page is mostly lists, tables or headings. */
const MIN_PROSE_SHARE = 0.5;

/** Longest line, in words, that reads as a heading when it has no sentence end. */
const MAX_HEADING_WORDS = 12;
/** Longest single question, in words, that reads as a question-heading (an FAQ's question). */
const MAX_QUESTION_WORDS = 30;
/** A list item needs this many words to count as a sentence ("Yes." or "Read more." do not). */
const MIN_LIST_SENTENCE_WORDS = 6;

/** Does the text start the way a sentence starts: a capital, a digit or a quote mark? */
function startsLikeSentence(text: string): boolean {
  return /^[\s"'“‘«(`]*[\p{Lu}\p{N}]/u.test(text);
}

export type ParagraphRole = 'prose' | 'heading-like' | 'lead-in';

/**
 * What a paragraph is by its shape. `next` is the text of the following block, if any: a question
 * followed by an answer is an FAQ's question.
 */
export function paragraphRole(text: string, sentenceCount: number, hasNext: boolean): ParagraphRole {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (!SENTENCE_END.test(trimmed)) {
    if (/:\s*$/.test(trimmed)) return 'lead-in';
    if (words <= MAX_HEADING_WORDS) return 'heading-like';
    return 'prose';
  }
  // A paragraph that is one question, with more story after it, is the question of a Q&A section
  // (a rhetorical question alone in a paragraph is no summary sentence either).
  if (sentenceCount === 1 && QUESTION_END.test(trimmed) && words <= MAX_QUESTION_WORDS && hasNext) return 'heading-like';
  return 'prose';
}

/**
 * A list item that is a complete sentence: starts like one, ends like one, and is long enough.
 * `cased` is false for a story written all in lower case (tokenised corpora), where the start says nothing.
 */
export function isSentenceListItem(text: string, cased = true): boolean {
  const trimmed = text.trim();
  return (
    SENTENCE_END.test(trimmed) &&
    !QUESTION_END.test(trimmed) &&
    wordCount(trimmed) >= MIN_LIST_SENTENCE_WORDS &&
    (!cased || startsLikeSentence(trimmed))
  );
}

/** The story's candidate sentences and topic lines, from its blocks (or from its text, split at line breaks). */
export function storyProse(blocks: readonly StoryBlock[], locale?: string): StoryProse {
  const sentences: ProseSentence[] = [];
  const topics: string[] = [];
  const cased = blocks.some((block) => typeof block?.text === 'string' && /\p{Lu}/u.test(block.text));
  // Offsets point into the story's text (the blocks' text joined by blank lines).
  let offset = 0;
  let allWords = 0;
  let timeStamped = 0;
  blocks.forEach((block, b) => {
    const text = typeof block?.text === 'string' ? block.text : '';
    const blockStart = offset;
    offset += text.length + 2;
    if (text.trim() === '') return;
    allWords += wordCount(text);
    if ((block.kind === 'paragraph' || block.kind === 'heading') && OPENS_WITH_TIME.test(text)) timeStamped++;
    let prose = false;
    let split: Sentence[] | undefined;
    switch (block.kind) {
      case 'heading':
        topics.push(text);
        return;
      case 'list-item':
        prose = isSentenceListItem(text, cased);
        break;
      case 'paragraph': {
        split = splitSentences(text, locale);
        const role = paragraphRole(text, split.length, b + 1 < blocks.length);
        if (role === 'heading-like') topics.push(text);
        prose = role === 'prose';
        break;
      }
      default:
        // quote, table, code: see the comment at the top.
        return;
    }
    if (!prose) return;
    for (const sentence of split ?? splitSentences(text, locale)) {
      // A sentence that only introduces what follows ("Here is what we know:") says nothing alone.
      if (/:\s*$/.test(sentence.text)) continue;
      sentences.push({
        ...sentence,
        index: sentences.length,
        paragraph: b,
        block: b,
        start: blockStart + sentence.start,
        end: blockStart + sentence.end,
      });
    }
  });
  const proseWords = sentences.reduce((sum, sentence) => sum + wordCount(sentence.text), 0);
  const shape: StoryShape =
    timeStamped >= LIVE_UPDATE_BLOCKS ? 'live updates' : proseWords < MIN_PROSE_SHARE * allWords ? 'mostly not prose' : 'prose';
  return { sentences, topics, shape };
}
