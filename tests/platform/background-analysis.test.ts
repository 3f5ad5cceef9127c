import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseInBackground, answerAnalysisRequests, warmLanguageStage } from '../../lib/platform/background-analysis';
import type { Story } from '../../lib/story/types';

const story = { title: 'T', text: 'Ann Lee spoke.', lang: 'en', html: '<p>Ann Lee spoke.</p>', removed: [], wordCount: 3 } as unknown as Story;

describe('language stage in the background worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers analyse requests with the worker’s analysis, sending only the text it reads', async () => {
    const analyse = vi.fn(() => ({ summary: ['Ann Lee spoke.'] }));
    answerAnalysisRequests(analyse, vi.fn());
    expect(await analyseInBackground(story, { summarySentences: 3 })).toEqual({ summary: ['Ann Lee spoke.'] });
    expect(analyse).toHaveBeenCalledWith({ title: 'T', text: 'Ann Lee spoke.', lang: 'en' }, { summarySentences: 3 });
  });

  it('warms the model on request', async () => {
    const warm = vi.fn();
    answerAnalysisRequests(vi.fn(() => ({})), warm);
    warmLanguageStage();
    await vi.waitFor(() => expect(warm).toHaveBeenCalledTimes(1));
  });

  it('asks twice when the first message is refused', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementationOnce((async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }) as never)
      .mockImplementationOnce((async () => ({ ok: true, analysis: { summary: ['S.'] } })) as never);
    expect(await analyseInBackground(story, {})).toEqual({ summary: ['S.'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives an empty analysis when the worker fails or is not there', async () => {
    expect(await analyseInBackground(story, {})).toEqual({});
    answerAnalysisRequests(() => {
      throw new Error('model broken');
    }, vi.fn());
    expect(await analyseInBackground(story, {})).toEqual({});
  });
});
