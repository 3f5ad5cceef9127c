import { describe, expect, it } from 'vitest';
import { splitDateline, splitSentences } from '../../lib/language/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles and abbreviations inside the sentence', () => {
    expect(texts('Gov. Mike Dunleavy met Sen. Bert Stedman and Dr. Ann Lee. They talked.')).toEqual([
      'Gov. Mike Dunleavy met Sen. Bert Stedman and Dr. Ann Lee.',
      'They talked.',
    ]);
  });

  it('keeps a month abbreviation with its day, and initials with the surname', () => {
    expect(texts('It opened on Jan. 6, 2025, in Juneau. John F. Kennedy spoke. Mr. J. R. Smith left.')).toEqual([
      'It opened on Jan. 6, 2025, in Juneau.',
      'John F. Kennedy spoke.',
      'Mr. J. R. Smith left.',
    ]);
  });

  it('joins "U.S." with a following name but not with a new sentence', () => {
    expect(texts('The U.S. Secretary of State spoke. He was born in the U.S. The talks end Friday.')).toEqual([
      'The U.S. Secretary of State spoke.',
      'He was born in the U.S.',
      'The talks end Friday.',
    ]);
  });

  it('treats "No." and street abbreviations by what follows them', () => {
    expect(texts('He ranked No. 1 in the poll. The answer was no. Then he left.')).toEqual([
      'He ranked No. 1 in the poll.',
      'The answer was no.',
      'Then he left.',
    ]);
    expect(texts('She moved to St. Louis from Main St. The house was sold.')).toEqual([
      'She moved to St. Louis from Main St.',
      'The house was sold.',
    ]);
  });

  it('keeps a quotation that spans sentences together, curly or straight', () => {
    expect(texts('“We will push back. We will win,” Blinken said. Then he left.')).toEqual([
      '“We will push back. We will win,” Blinken said.',
      'Then he left.',
    ]);
    expect(texts('"It is fine. Really," she said. Then she left.')).toEqual([
      '"It is fine. Really," she said.',
      'Then she left.',
    ]);
  });

  it('does not join across paragraphs when a quotation continues in the next paragraph', () => {
    const result = splitSentences('“We will go on. It is hard.\n\n“We will not stop,” he said.');
    expect(result.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('ends a sentence at every paragraph break and numbers paragraphs', () => {
    const result = splitSentences('First paragraph without a stop\n\nSecond one. Third one.');
    expect(result.map((s) => [s.text, s.paragraph, s.index])).toEqual([
      ['First paragraph without a stop', 0, 0],
      ['Second one.', 1, 1],
      ['Third one.', 1, 2],
    ]);
  });

  it('takes a dateline off the first sentence and keeps offsets that point at the text', () => {
    const text = 'ANCHORAGE, Alaska (AP) — The White House is setting low expectations. More follows.';
    const [first, second] = splitSentences(text);
    expect(first.dateline).toBe('ANCHORAGE, Alaska (AP) —');
    expect(first.text).toBe('The White House is setting low expectations.');
    expect(text.slice(first.start, first.end)).toBe(first.text);
    expect(text.slice(second.start, second.end)).toBe(second.text);
  });

  it('falls back to English rules for a locale Intl.Segmenter does not accept', () => {
    expect(splitSentences('One here. Two there.', 'not a locale!').map((s) => s.text)).toEqual(['One here.', 'Two there.']);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n ')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });
});

describe('splitDateline', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON (Reuters) -'],
    ['(CNN) -- Two heroes survived.', '(CNN) --'],
    ['( cnn ) two cnn heroes survived .', '( cnn )'],
    ['LONDON — Prices rose.', 'LONDON —'],
    ['NEW YORK, N.Y. (AP) — Stocks fell.', 'NEW YORK, N.Y. (AP) —'],
  ])('finds the dateline in %s', (text, dateline) => {
    expect(splitDateline(text)?.dateline).toBe(dateline);
  });

  it.each([
    'The White House — and Congress — agreed.',
    'Biden said on Monday - and again today - that it was over.',
    'NATO is expanding.',
  ])('finds no dateline in %s', (text) => {
    expect(splitDateline(text)).toBeUndefined();
  });
});
