import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findSummarizerApi,
  parseKeyPoints,
  summarizeStory,
  type SummarizerApi,
  type SummarizerAvailability,
} from '../../lib/platform/built-in-summarizer';

const TEXT = [
  'The city council voted on Tuesday to close the old harbour bridge after engineers found cracks.',
  'The bridge carries about 20,000 cars a day between the harbour district and the city centre.',
  'Engineers said the cracks had grown quickly over the winter and could not be repaired safely.',
  'Mayor Ana Ruiz said the council had no choice but to close the bridge before summer.',
  'Shop owners in the harbour district said the closure would cut them off from customers.',
  'A ferry service will run every fifteen minutes while a replacement bridge is designed.',
  'The replacement bridge is expected to cost about 40 million dollars and open in three years.',
  'Council members also approved new benches for the central park.',
].join('\n\n');

/** A fake `Summarizer` global that records how it was called. */
function fakeSummarizer(availability: SummarizerAvailability, output: string | Error = '* One.\n* Two.\n* Three.') {
  const destroy = vi.fn();
  const summarize = vi.fn(async () => {
    if (output instanceof Error) throw output;
    return output;
  });
  const api = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async () => ({ summarize, destroy })),
  } satisfies SummarizerApi;
  return { api, summarize, destroy };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('summarizeStory', () => {
  it('uses the extractive summary when the user has not turned the built-in model on', async () => {
    const fake = fakeSummarizer('available');
    vi.stubGlobal('Summarizer', fake.api);
    const result = await summarizeStory(TEXT, { useBuiltIn: false, length: 'short' });
    expect(result).toMatchObject({ ok: true, source: 'extractive', fallbackReason: 'turned off' });
    expect(result.ok && result.sentences).toHaveLength(3);
    expect(fake.api.availability).not.toHaveBeenCalled();
  });

  it('falls back when the browser has no Summarizer (Firefox, older Chrome)', async () => {
    const result = await summarizeStory(TEXT, { useBuiltIn: true, length: 'medium' });
    expect(result).toMatchObject({ ok: true, source: 'extractive', fallbackReason: 'not supported' });
    expect(result.ok && result.sentences).toHaveLength(5);
  });

  it.each([
    ['unavailable', 'unavailable'],
    ['downloadable', 'model not downloaded'],
    ['downloading', 'model downloading'],
  ] as const)('falls back when the model is %s, without creating it', async (availability, reason) => {
    const fake = fakeSummarizer(availability);
    vi.stubGlobal('Summarizer', fake.api);
    const result = await summarizeStory(TEXT, { useBuiltIn: true, length: 'long' });
    expect(result).toMatchObject({ ok: true, source: 'extractive', fallbackReason: reason });
    expect(result.ok && result.sentences).toHaveLength(7);
    expect(fake.api.create).not.toHaveBeenCalled();
  });

  it('uses the built-in model when it is available, asking for key points of the chosen length', async () => {
    const fake = fakeSummarizer('available');
    vi.stubGlobal('Summarizer', fake.api);
    const result = await summarizeStory(TEXT, { useBuiltIn: true, length: 'short', title: 'Bridge closes', lang: 'en-US' });
    expect(result).toEqual({ ok: true, source: 'built-in', sentences: ['One.', 'Two.', 'Three.'] });
    expect(fake.api.create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'en' }),
    );
    expect(fake.summarize).toHaveBeenCalledWith(TEXT, expect.objectContaining({ context: 'Headline: Bridge closes' }));
    expect(fake.destroy).toHaveBeenCalledOnce();
  });

  it('falls back when the model fails, and still frees it', async () => {
    const fake = fakeSummarizer('available', new Error('QuotaExceededError'));
    const result = await summarizeStory(TEXT, { useBuiltIn: true, length: 'short', api: fake.api });
    expect(result).toMatchObject({ ok: true, source: 'extractive', fallbackReason: 'failed' });
    expect(fake.destroy).toHaveBeenCalledOnce();
  });

  it('falls back when availability() itself throws', async () => {
    const api: SummarizerApi = {
      availability: async () => {
        throw new TypeError('bad options');
      },
      create: async () => {
        throw new Error('not reached');
      },
    };
    const result = await summarizeStory(TEXT, { useBuiltIn: true, length: 'short', api });
    expect(result).toMatchObject({ ok: true, source: 'extractive', fallbackReason: 'failed' });
  });

  it('falls back when the model returns nothing', async () => {
    const fake = fakeSummarizer('available', '  \n ');
    const result = await summarizeStory(TEXT, { useBuiltIn: true, length: 'short', api: fake.api });
    expect(result).toMatchObject({ ok: true, source: 'extractive', fallbackReason: 'empty result' });
  });

  it('gives a typed failure for an empty story, without asking the model', async () => {
    const fake = fakeSummarizer('available');
    expect(await summarizeStory('   ', { useBuiltIn: true, length: 'short', api: fake.api })).toEqual({
      ok: false,
      reason: 'empty text',
    });
    expect(fake.api.availability).not.toHaveBeenCalled();
  });
});

describe('findSummarizerApi', () => {
  it('finds only something shaped like the API', () => {
    expect(findSummarizerApi({})).toBeUndefined();
    expect(findSummarizerApi({ Summarizer: {} })).toBeUndefined();
    expect(findSummarizerApi(undefined)).toBeUndefined();
    const fake = fakeSummarizer('available');
    expect(findSummarizerApi({ Summarizer: fake.api })).toBe(fake.api);
  });
});

describe('parseKeyPoints', () => {
  it('strips bullets, numbers and bold marks', () => {
    expect(parseKeyPoints('* **Talks** begin.\n- Second.\n\n1. Third.\n• Fourth.')).toEqual([
      'Talks begin.',
      'Second.',
      'Third.',
      'Fourth.',
    ]);
  });
});
