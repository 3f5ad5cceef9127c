/**
 * The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark):
 * tokens are `\w+` matches (Unicode word characters, as Python's `re` with UNICODE), shingles are
 * runs of 4 tokens compared as multisets; per page precision = matched / predicted and
 * recall = matched / true (both 1 when nothing is extra or missing). Corpus precision and recall
 * are means over pages; F1 is the harmonic mean of those two means.
 */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingleCounts(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // As the original: a text shorter than 4 tokens is one (short) shingle.
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE).join('\u0001');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const truthShingles = shingleCounts(truth);
  const predictedShingles = shingleCounts(predicted);
  let matched = 0;
  let extra = 0;
  let missing = 0;
  const keys = new Set([...truthShingles.keys(), ...predictedShingles.keys()]);
  for (const key of keys) {
    const t = truthShingles.get(key) ?? 0;
    const p = predictedShingles.get(key) ?? 0;
    matched += Math.min(t, p);
    extra += Math.max(0, p - t);
    missing += Math.max(0, t - p);
  }
  return {
    precision: matched + extra === 0 ? 1 : matched / (matched + extra),
    recall: matched + missing === 0 ? 1 : matched / (matched + missing),
  };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const precision = mean(pages.map((p) => p.precision));
  const recall = mean(pages.map((p) => p.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, pages: pages.length };
}
