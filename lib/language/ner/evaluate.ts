import { tagsToSpans } from './spans';

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
  correct: number;
}

function score(correct: number, predicted: number, gold: number): TypeScore {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted, gold, correct };
}

/**
 * Exact-span scoring as conlleval does it: a predicted entity counts only when its type, first and
 * last token all match a gold entity. Returns scores per type, over all types, and over `subset`
 * (PER/ORG/LOC for Lede, which never shows MISC).
 */
export function scoreSpans(
  sentences: { gold: readonly string[]; predicted: readonly string[] }[],
  subset: readonly string[] = ['PER', 'ORG', 'LOC'],
): { byType: Record<string, TypeScore>; all: TypeScore; subset: TypeScore } {
  const counts = new Map<string, { correct: number; predicted: number; gold: number }>();
  const bump = (type: string, key: 'correct' | 'predicted' | 'gold') => {
    const c = counts.get(type) ?? { correct: 0, predicted: 0, gold: 0 };
    c[key]++;
    counts.set(type, c);
  };
  for (const { gold, predicted } of sentences) {
    const goldSpans = tagsToSpans(gold);
    const predSpans = tagsToSpans(predicted);
    const goldKeys = new Set(goldSpans.map((s) => `${s.type}:${s.start}:${s.end}`));
    for (const s of goldSpans) bump(s.type, 'gold');
    for (const s of predSpans) {
      bump(s.type, 'predicted');
      if (goldKeys.has(`${s.type}:${s.start}:${s.end}`)) bump(s.type, 'correct');
    }
  }
  const byType: Record<string, TypeScore> = {};
  const total = { correct: 0, predicted: 0, gold: 0 };
  const sub = { correct: 0, predicted: 0, gold: 0 };
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = score(c.correct, c.predicted, c.gold);
    for (const key of ['correct', 'predicted', 'gold'] as const) {
      total[key] += c[key];
      if (subset.includes(type)) sub[key] += c[key];
    }
  }
  return {
    byType,
    all: score(total.correct, total.predicted, total.gold),
    subset: score(sub.correct, sub.predicted, sub.gold),
  };
}
