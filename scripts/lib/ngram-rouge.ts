/**
 * ROUGE-1/2 F1 on pre-tokenised sentences, fast enough to label every sentence of 3,000 stories
 * with a greedy oracle and to score many cross-validation runs. Tokens come from the ROUGE-1.5.5
 * tokeniser (rouge-tokenize.ts); bigrams are counted within sentences. The benchmark's reported
 * numbers come from scripts/lib/rouge.ts (js-rouge), not from this.
 */

export interface NgramCounts {
  unigrams: Map<string, number>;
  bigrams: Map<string, number>;
  words: number;
  pairs: number;
}

export function ngramCounts(sentences: readonly (readonly string[])[]): NgramCounts {
  const counts: NgramCounts = { unigrams: new Map(), bigrams: new Map(), words: 0, pairs: 0 };
  for (const tokens of sentences) addSentence(counts, tokens);
  return counts;
}

export function addSentence(counts: NgramCounts, tokens: readonly string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    counts.unigrams.set(tokens[i], (counts.unigrams.get(tokens[i]) ?? 0) + 1);
    counts.words++;
    if (i > 0) {
      const pair = `${tokens[i - 1]} ${tokens[i]}`;
      counts.bigrams.set(pair, (counts.bigrams.get(pair) ?? 0) + 1);
      counts.pairs++;
    }
  }
}

function overlap(candidate: Map<string, number>, reference: Map<string, number>): number {
  let hits = 0;
  for (const [gram, count] of candidate) {
    const ref = reference.get(gram);
    if (ref) hits += Math.min(count, ref);
  }
  return hits;
}

const f1 = (hits: number, candidate: number, reference: number) =>
  hits === 0 || candidate === 0 || reference === 0 ? 0 : (2 * hits) / (candidate + reference);

export function rouge12(candidate: NgramCounts, reference: NgramCounts): { rouge1: number; rouge2: number } {
  return {
    rouge1: f1(overlap(candidate.unigrams, reference.unigrams), candidate.words, reference.words),
    rouge2: f1(overlap(candidate.bigrams, reference.bigrams), candidate.pairs, reference.pairs),
  };
}

/**
 * The greedy oracle (Nallapati et al. 2017): add the sentence that most raises ROUGE-1 + ROUGE-2
 * F1 against the reference, until none raises it or `limit` are taken. Indices in story order.
 */
export function greedyOracle(sentences: readonly (readonly string[])[], reference: NgramCounts, limit: number): number[] {
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < limit) {
    let pick = -1;
    for (let i = 0; i < sentences.length; i++) {
      if (chosen.includes(i)) continue;
      const trial = ngramCounts([...chosen, i].map((k) => sentences[k]));
      const { rouge1, rouge2 } = rouge12(trial, reference);
      if (rouge1 + rouge2 > best + 1e-12) {
        best = rouge1 + rouge2;
        pick = i;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return chosen.sort((a, b) => a - b);
}
