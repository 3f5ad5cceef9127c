import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../lib/language/analyse-story';
import { leadSentences } from '../../lib/language/summary/lead';
import { summarize } from '../../lib/language/summary/summarize';
import { FEATURE_NAMES } from '../../lib/language/summary/features';
import { loadSummaryModel, shippedSummaryModel, SUMMARY_MODEL_FORMAT, type SummaryModel } from '../../lib/language/summary/model';
import { SUMMARY_MODEL_DATA } from '../../lib/language/summary/model-data';
import { contentTerms } from '../../lib/language/summary/terms';
import type { Story } from '../../lib/story/types';

const STORY = [
  'The city council voted on Tuesday to close the old harbour bridge after engineers found cracks in its main supports.',
  'The bridge carries about 20,000 cars a day between the harbour district and the city centre.',
  'Engineers said the cracks in the supports had grown quickly over the winter and could not be repaired safely.',
  'Mayor Ana Ruiz said the council had no choice but to close the bridge before the summer season.',
  'Local shop owners in the harbour district said the closure would cut them off from customers.',
  'A ferry service will run every fifteen minutes while a replacement bridge is designed.',
  'The weather on Tuesday was mild and sunny.',
  'Council members also approved new benches for the central park.',
  'The replacement bridge is expected to cost about 40 million dollars and open in three years.',
  'Engineers said the cracks in the main supports of the bridge had grown quickly over the winter.',
].join(' ');

describe('summarize', () => {
  it('returns the requested number of sentences, in story order', () => {
    const result = summarize(STORY, { sentences: 3, title: 'Harbour bridge to close after cracks found' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sentences).toHaveLength(3);
    const indices = result.sentences.map((s) => s.index);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
  });

  it('starts from the lead of a news story', () => {
    const result = summarize(STORY, { sentences: 3 });
    expect(result.ok && result.sentences[0].index).toBe(0);
  });

  it('never takes two sentences that say the same thing', () => {
    const result = summarize(STORY, { sentences: 7 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const chosen = result.sentences.map((s) => s.index);
    // Sentences 2 and 9 state the same fact about the cracks.
    expect(chosen.includes(2) && chosen.includes(9)).toBe(false);
  });

  it('leaves out small talk that shares nothing with the rest of the story', () => {
    const result = summarize(STORY, { sentences: 5 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sentences.map((s) => s.text)).not.toContain('The weather on Tuesday was mild and sunny.');
  });

  it('returns the whole story when it is shorter than the summary', () => {
    const result = summarize('One sentence here. And a second one.', { sentences: 5 });
    expect(result.ok && result.sentences.map((s) => s.text)).toEqual(['One sentence here.', 'And a second one.']);
  });

  it('gives a typed failure for empty or non-text input', () => {
    expect(summarize('')).toEqual({ ok: false, reason: 'empty text' });
    expect(summarize('  \n\n  ')).toEqual({ ok: false, reason: 'empty text' });
    expect(summarize(null as unknown as string)).toEqual({ ok: false, reason: 'not text' });
  });

  it('handles a very long text by scoring only its opening sentences', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} talks about topic ${i % 17}.`).join(' ');
    const result = summarize(long, { sentences: 5 });
    expect(result.ok && result.sentences).toHaveLength(5);
    expect(result.ok && Math.max(...result.sentences.map((s) => s.index))).toBeLessThan(250);
  });

  it('clamps silly sentence counts instead of failing', () => {
    const result = summarize(STORY, { sentences: Number.NaN });
    expect(result.ok && result.sentences).toHaveLength(5);
    const one = summarize(STORY, { sentences: -2 });
    expect(one.ok && one.sentences).toHaveLength(1);
  });
});

describe('the learned scorer and the lead', () => {
  /** A model that likes only what `feature` marks (for the mechanism, not the shipped weights). */
  const modelFor = (feature: string, weight: number, leadMargin: number): SummaryModel => ({
    bias: 0,
    weights: Float64Array.from(FEATURE_NAMES, (name) => (name === feature ? weight : 0)),
    redundancy: 0,
    leadMargin,
  });

  it('ships a model in the current format, with the features this code computes', () => {
    expect(SUMMARY_MODEL_DATA.format).toBe(SUMMARY_MODEL_FORMAT);
    expect(SUMMARY_MODEL_DATA.features).toEqual([...FEATURE_NAMES]);
    expect(shippedSummaryModel().ok).toBe(true);
  });

  it('refuses a model of another format or other features, and then shows the lead', () => {
    expect(loadSummaryModel({ ...SUMMARY_MODEL_DATA, format: 'lede-summary/0' }).ok).toBe(false);
    expect(loadSummaryModel({ ...SUMMARY_MODEL_DATA, features: SUMMARY_MODEL_DATA.features.slice(1) }).ok).toBe(false);
    expect(loadSummaryModel({ ...SUMMARY_MODEL_DATA, bias: Number.NaN }).ok).toBe(false);
  });

  it('shows the sentences the scores pick when they clearly beat the lead', () => {
    // Only numbers count: sentences 1 and 8 are the only ones with figures.
    const result = summarize(STORY, { sentences: 2, model: modelFor('number', 5, 0.5) });
    expect(result.ok && result.method).toBe('scored');
    expect(result.ok && result.sentences.map((s) => s.index)).toEqual([1, 8]);
  });

  it('keeps the lead when the picked sentences do not beat it by the margin', () => {
    const result = summarize(STORY, { sentences: 2, model: modelFor('number', 5, 10) });
    expect(result.ok && result.method).toBe('lead');
    expect(result.ok && result.sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('gives a short story its lead', () => {
    const short = STORY.split('. ').slice(0, 5).join('. ');
    const result = summarize(short, { sentences: 3, model: modelFor('number', 5, 0) });
    expect(result.ok && result.method).toBe('lead');
    expect(result.ok && result.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });
});

describe('leadSentences', () => {
  it('is the first N sentences', () => {
    expect(leadSentences(STORY, 2).map((s) => s.index)).toEqual([0, 1]);
  });
});

describe('analyseStory summary', () => {
  // Only the fields the language stage reads; the rest of Story belongs to the engine.
  const fields: Partial<Story> = {
    title: 'Harbour bridge to close after cracks found',
    lang: 'en',
    text: STORY.replace(/\. /g, '.\n\n'),
  };
  const story = fields as Story;

  it('defaults to 5 sentences and follows summarySentences', () => {
    expect(analyseStory(story).summary).toHaveLength(5);
    expect(analyseStory(story, { summarySentences: 3 }).summary).toHaveLength(3);
    expect(analyseStory(story, { summarySentences: 7 }).summary).toHaveLength(7);
  });

  it('has no summary for a story without text', () => {
    expect(analyseStory({ ...story, text: '' }).summary).toBeUndefined();
  });
});

describe('contentTerms', () => {
  it('drops function words, stems, and keeps acronyms that spell one', () => {
    expect(contentTerms('The U.S. told us that Beijing’s talks were talked about')).toEqual(['us', 'beij', 'talk', 'talk']);
  });
});
