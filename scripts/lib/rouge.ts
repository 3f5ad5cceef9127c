/**
 * ROUGE-1/2/L F1 as ROUGE-1.5.5 computes them (`-n 2 -m`, summary-level LCS for ROUGE-L), using
 * js-rouge with the ROUGE-1.5.5 tokeniser. Summaries are given as arrays of sentences: ROUGE-L
 * needs the sentence boundaries (ROUGE-1.5.5 reads one sentence a line); ROUGE-N ignores them.
 */
import { l as rougeL, n as rougeN } from 'js-rouge';
import { loadWordNetExceptions, makeRougeTokenizer } from './rouge-tokenize';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export type RougeScorer = (candidate: string[], reference: string[]) => RougeScores;

const splitLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** `wordNetDir` holds ROUGE-1.5.5's WordNet exception lists (`../shared/nlp/rouge`). */
export function makeRougeScorer(wordNetDir: string): RougeScorer {
  const tokenizer = makeRougeTokenizer(loadWordNetExceptions(wordNetDir));
  const hasTokens = (text: string) => tokenizer(text).length > 0;
  return (candidate, reference) => {
    // One sentence a line, as ROUGE-1.5.5 reads its summary files. Newlines inside a sentence
    // would split it, so they become spaces.
    const cand = candidate.map((s) => s.replace(/\s+/g, ' ').trim()).filter(hasTokens).join('\n');
    const ref = reference.map((s) => s.replace(/\s+/g, ' ').trim()).filter(hasTokens).join('\n');
    if (cand === '' || ref === '') return { rouge1: 0, rouge2: 0, rougeL: 0 };
    return {
      rouge1: rougeN(cand, ref, { n: 1, tokenizer }),
      rouge2: rougeN(cand, ref, { n: 2, tokenizer }),
      rougeL: rougeL(cand, ref, { tokenizer, segmenter: splitLines }),
    };
  };
}

/** Mean of each score over many summaries, as percentages. */
export function meanScores(scores: RougeScores[]): RougeScores {
  const mean = (pick: (s: RougeScores) => number) =>
    scores.length === 0 ? 0 : (100 * scores.reduce((sum, s) => sum + pick(s), 0)) / scores.length;
  return { rouge1: mean((s) => s.rouge1), rouge2: mean((s) => s.rouge2), rougeL: mean((s) => s.rougeL) };
}
