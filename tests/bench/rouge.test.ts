import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRougeScorer, meanScores } from '../../scripts/lib/rouge';
import { splitGluedSentences, splitTokenisedSentences } from '../../scripts/lib/rouge-reference';
import { loadWordNetExceptions, makeRougeTokenizer } from '../../scripts/lib/rouge-tokenize';
import { SHARED_DIR } from '../helpers/dom';

const WORDNET = resolve(SHARED_DIR, 'nlp/rouge');
const CNNDM = resolve(SHARED_DIR, 'nlp/summarization/cnndm_realsumm100.jsonl');
const hasData = existsSync(WORDNET) && existsSync(CNNDM);
if (!hasData) console.warn(`rouge: data tests skipped, ${WORDNET} or ${CNNDM} is missing (../shared is not beside the project)`);

describe('ROUGE-1.5.5 tokeniser', () => {
  const tokenize = makeRougeTokenizer(new Map([['geese', 'goose']]));

  it('lower-cases, splits at hyphens (dropping them) and punctuation, and keeps short tokens as they are', () => {
    expect(tokenize("The U.S. kick-off, at 4pm: 'ok'")).toEqual(['the', 'u', 's', 'kick', 'off', 'at', '4pm', 'ok']);
  });

  it('stems tokens longer than 3 characters, preferring the WordNet exception form', () => {
    expect(tokenize('running geese cats')).toEqual(['run', 'goose', 'cat']);
  });

  it('drops what is left of symbols and non-Latin letters', () => {
    expect(tokenize('£440million — “quoted” naïve')).toEqual(['440million', 'quot', 'na', 've']);
  });

  it.skipIf(!hasData)('reads the WordNet 2.0 exception lists', () => {
    const exceptions = loadWordNetExceptions(WORDNET);
    expect(exceptions.get('geese')).toBe('goose');
    expect(exceptions.get('went')).toBe('go');
    expect(exceptions.size).toBeGreaterThan(5000);
  });
});

describe('ROUGE scores', () => {
  const score = hasData ? makeRougeScorer(WORDNET) : undefined;

  it.skipIf(!hasData)('gives 1 for identical summaries and 0 for disjoint ones', () => {
    expect(score!(['aa bb cc.'], ['aa bb cc.'])).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(score!(['aa bb cc.'], ['dd ee ff.'])).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it.skipIf(!hasData)('computes summary-level (union) LCS for ROUGE-L, as in Lin (2004) section 3.2', () => {
    // Reference "w1 w2 w3 w4 w5"; candidate sentences "w1 w2 w6 w7 w8" and "w1 w3 w8 w9 w5":
    // union LCS = w1 w2 w3 w5, so R = 4/5, P = 4/10, F = 0.5333.
    const result = score!(['aa bb ff gg hh', 'aa cc hh ii ee'], ['aa bb cc dd ee']);
    expect(result.rougeL).toBeCloseTo((2 * 0.8 * 0.4) / 1.2, 6);
    // ROUGE-1 clips repeated unigrams: matches aa bb cc ee = 4 of 10 candidate, 4 of 5 reference.
    expect(result.rouge1).toBeCloseTo((2 * 0.8 * 0.4) / 1.2, 6);
  });

  it.skipIf(!hasData)('reproduces the published Lead-3 scores on the CNN/DM set (41.29 / 17.43 / 37.40)', () => {
    const rows = readFileSync(CNNDM, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { article: string; reference: string });
    expect(rows).toHaveLength(100);
    const mean = meanScores(
      rows.map((row) => score!(splitTokenisedSentences(row.article).slice(0, 3), splitTokenisedSentences(row.reference))),
    );
    expect(mean.rouge1.toFixed(2)).toBe('41.29');
    expect(mean.rouge2.toFixed(2)).toBe('17.43');
    expect(mean.rougeL.toFixed(2)).toBe('37.40');
  });
});

describe('reference sentence splitting', () => {
  it('splits tokenised highlights at " . "', () => {
    expect(splitTokenisedSentences('Police have no objections . Match will begin at 4pm .')).toEqual([
      'Police have no objections .',
      'Match will begin at 4pm .',
    ]);
  });

  it('splits glued BBC references at a period before a capital', () => {
    expect(splitGluedSentences('Sales rose to $10.9bn.For the year, profit rose 27%.It lost users.')).toEqual([
      'Sales rose to $10.9bn.',
      'For the year, profit rose 27%.',
      'It lost users.',
    ]);
  });
});
