/**
 * What of a story the entity tagger reads, and how much what it finds there counts. The model was
 * trained on running sentences; on the web a story also has a headline, section headings, lists of
 * links or specifications, reference lists and credits. So each block gets a role:
 * - `prose`: paragraphs, quotes and list items written as sentences: tagged, every name counts;
 * - `title`: the headline, headings and lines written as titles (Title Case, ALL CAPS, a few words
 *   with no sentence end, "Label: value" lines): tagged, but a name found only there counts only
 *   when the prose names it too ("White Scores 22 Points" names nobody the body confirms);
 * - `skip`: tables, code, reference lists, bibliographies, credits and the sections under such a
 *   heading: never tagged.
 * Blocks come from `story.blocks`; older stories without them are their text split on blank lines.
 */
import type { StoryBlock } from '../../story/types';

export type BlockRole = 'prose' | 'title' | 'skip';

export interface TaggedBlock {
  text: string;
  role: BlockRole;
  /** True for the story's headline (the first block when a title is given). */
  headline: boolean;
}

/** Headings that open a section of references, credits or links rather than story. */
const NON_STORY_HEADING =
  /^(?:references?|bibliography|sources?|further reading|external links|notes|footnotes|citations|works cited|credits?|photo credits?|see also|related(?: articles| stories| posts| content| links)?|more (?:from|in|on|stories|news)\b.*|read more|recommended|most (?:read|popular|viewed)|trending|about the authors?|acknowledge?ments|tags|topics|share(?: this)?)\s*:?$/i;

/** A line that cites a source: a year in brackets, a DOI, pages, "et al.", a URL, "Retrieved". */
const CITATION = /\(\d{4}[a-z]?\)|\bdoi\b|\bISBN\b|\bpp?\.\s*\d|\bet al\.|\bvol\.\s*\d|https?:\/\/|www\.|\bRetrieved\b|\bAccessed\b/i;

/** A credit line: "Photo: …", "Editing by …", "Reporting by …", "(AP Photo/…)". */
const CREDIT_LINE =
  /^(?:\(?\s*(?:photos?|images?|video|graphics?|illustrations?|editing|edited|reporting|additional reporting|written|writing|produced|production|credits?|sources?|cover image|top image|header image|photographs?)\b(?:\s+by)?\s*[:|/-]|(?:editing|reporting|writing|compiled) by\b)|\b(?:getty images|ap photo|afp via getty|reuters\/|shutterstock|istock)\b/i;

/** Words written in lower case inside titles ("Talks in Alaska", "Lord of the Rings"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'via', 'into', 'over', 'per', 'up', 'off', 'is', 'it',
]);

const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;

/** True when a line is written as a title rather than a sentence. */
export function isTitleLike(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu) ?? [];
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.length === 0) return false;
  if (!/\p{Ll}/u.test(text) && letters.length >= 1) return true; // ALL CAPS
  const endsSentence = SENTENCE_END.test(text.trim());
  if (letters.length <= 3 && !endsSentence) return true;
  // "Battery life: 10 hours", "Weight - 1.2 kg": a label and a value, not a sentence.
  if (letters.length <= 12 && /^[^.:!?]{1,40}[:–—]\s*\S/.test(text) && !endsSentence) return true;
  const content = letters.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)).length;
  // Every content word capitalised (a sentence has lower-case verbs and nouns), or nearly every
  // one in a line that ends like no sentence.
  return capitalised === content.length || (!endsSentence && capitalised / content.length >= 0.8);
}

function roleOf(block: StoryBlock): BlockRole {
  const text = block.text.trim();
  if (block.kind === 'table' || block.kind === 'code') return 'skip';
  if (block.kind === 'heading') return 'title';
  if (CREDIT_LINE.test(text) && text.split(/\s+/).length <= 30) return 'skip';
  if (block.kind === 'list-item' && CITATION.test(text)) return 'skip';
  if (isTitleLike(text)) return 'title';
  return 'prose';
}

/** The blocks of a story (or its text split on blank lines), with the headline first. */
export function storyBlocksForTagging(title: string, blocks: readonly StoryBlock[] | undefined, text: string): TaggedBlock[] {
  const source: StoryBlock[] =
    blocks && blocks.length
      ? blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() }))
      : text.split(/\n\s*\n/).map((t) => ({ kind: 'paragraph' as const, text: t.replace(/\s+/g, ' ').trim() }));
  const out: TaggedBlock[] = [];
  const headline = title.replace(/\s+/g, ' ').trim();
  if (headline) out.push({ text: headline, role: 'title', headline: true });
  // Inside a references/credits section until a heading of the same or a higher level.
  let skipUntilLevel: number | null = null;
  for (const block of source) {
    if (!block.text || !/[\p{L}\p{N}]/u.test(block.text)) continue;
    // Without block kinds (older stories), a short line such as "References" is a heading.
    const heading = block.kind === 'heading' || (NON_STORY_HEADING.test(block.text) && isTitleLike(block.text));
    if (heading) {
      const level = block.level ?? 2;
      if (skipUntilLevel !== null && level <= skipUntilLevel) skipUntilLevel = null;
      if (NON_STORY_HEADING.test(block.text.trim())) {
        skipUntilLevel = level;
        continue;
      }
    }
    if (skipUntilLevel !== null) continue;
    const role = roleOf(block);
    if (role === 'skip') continue;
    out.push({ text: block.text, role, headline: false });
  }
  return out;
}
