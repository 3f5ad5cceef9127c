/**
 * The extractive summary: the sentences of the story's prose that best tell what happened, in
 * story order. See docs/summary.md for how it was built and measured.
 *
 * 1. Candidates: sentences of prose only (./prose.ts): never a heading, a heading set as a
 *    paragraph, a list item that is not a sentence, a table row, code, a caption or a quote block.
 * 2. Features (./features.ts) and a learned score per sentence (./model.ts: logistic regression
 *    trained on the tuning part of CNN/DailyMail validation stories against a ROUGE oracle).
 *    The headline and the story's headings join the similarity graph as topic signals.
 * 3. Selection (./select.ts): best-scored sentences, each discounted by its similarity to those
 *    already taken; the lead (the first sentences of prose) stays unless the picked sentences
 *    score clearly higher. Short stories, live blogs and pages that are mostly lists or tables
 *    are summarised by their lead.
 */
import type { StoryBlock } from '../../story/types';
import type { Sentence } from '../sentences';
import { sentenceFeatures } from './features';
import { scoreRows, shippedSummaryModel, type SummaryModel } from './model';
import { blocksFromText, storyProse } from './prose';
import { selectSummary } from './select';

export interface SummaryOptions {
  /** How many sentences: short 3, medium 5, long 7. Default 5. */
  sentences?: number;
  /** The headline: a topic signal (never a summary sentence). */
  title?: string;
  /** BCP 47 language of the story, for sentence segmentation. */
  locale?: string;
  /**
   * The story's blocks (Story.blocks): only prose blocks are summarised. Without them the text is
   * read as paragraphs, one per line.
   */
  blocks?: readonly StoryBlock[];
  /** A model other than the shipped one (tests, experiments). */
  model?: SummaryModel;
}

/**
 * `method` says which summary this is: `scored`, sentences chosen by the learned scorer; `lead`,
 * the first sentences of the story's prose, because the story is too short to choose from, the
 * scores gave no clear reason to leave the lead, or no model could be read.
 */
export type SummaryResult =
  | { ok: true; sentences: Sentence[]; method: 'scored' | 'lead' }
  | { ok: false; reason: 'empty text' | 'not text' };

export const DEFAULT_SUMMARY_SENTENCES = 5;

/** At most this many sentences, from the start of the story, are scored. */
const MAX_CANDIDATES = 250;

export function summarize(text: string, options: SummaryOptions = {}): SummaryResult {
  const blocks = Array.isArray(options.blocks) && options.blocks.length > 0 ? options.blocks : undefined;
  if (!blocks && typeof text !== 'string') return { ok: false, reason: 'not text' };
  const prose = storyProse(blocks ?? blocksFromText(text), options.locale);
  if (prose.sentences.length === 0) return { ok: false, reason: 'empty text' };
  const wanted = clampCount(options.sentences);
  // The similarity graph grows with the square of the sentence count; past a few hundred sentences
  // (a book chapter, a live blog) only the opening part can reach the summary anyway.
  const candidates = prose.sentences.slice(0, MAX_CANDIDATES);
  const lead = () => ({ ok: true as const, sentences: candidates.slice(0, wanted), method: 'lead' as const });
  // A list, a table or a live blog: no scorer trained on prose has a clear signal there.
  if (candidates.length <= wanted || prose.shape !== 'prose') return lead();
  const loaded = options.model ? { ok: true as const, model: options.model } : shippedSummaryModel();
  if (!loaded.ok) return lead();
  const model = loaded.model;
  const topics = options.title ? [options.title, ...prose.topics] : prose.topics;
  const features = sentenceFeatures(candidates, topics);
  const scores = scoreRows(model, features.rows);
  const selection = selectSummary(scores, features.similarity, wanted, model);
  if (selection.lead) return lead();
  return { ok: true, sentences: selection.indices.map((i) => candidates[i]), method: 'scored' };
}

function clampCount(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return DEFAULT_SUMMARY_SENTENCES;
  return Math.max(1, Math.min(20, Math.round(count)));
}
