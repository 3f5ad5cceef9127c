import { TAGS, transitionAllowed } from './tags';

const T = TAGS.length;
/** Row index in the transition table for "before the first token". */
export const START = T;

/** allowed[(prev + 1) * T + next], prev = -1 for the sentence start. */
const ALLOWED: boolean[] = [];
for (let prev = -1; prev < T; prev++) for (let next = 0; next < T; next++) ALLOWED.push(transitionAllowed(prev, next));

/**
 * Best tag sequence under emission scores (n x T, row-major) and transition scores
 * ((T + 1) x T: row T is the start), with IOB2's I-X-after-X rule as a hard constraint.
 */
export function viterbi(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) {
    score[t] = ALLOWED[t] ? transitions[START * T + t]! + emissions[t]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + t]) continue;
        const s = score[(i - 1) * T + p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (score[(n - 1) * T + t]! > best) {
      best = score[(n - 1) * T + t]!;
      arg = t;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

/** The score of one tag path under the same emissions and transitions. */
export function pathScore(emissions: ArrayLike<number>, path: ArrayLike<number>, transitions: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < path.length; i++) {
    const prev = i === 0 ? START : path[i - 1]!;
    total += transitions[prev * T + path[i]!]! + emissions[i * T + path[i]!]!;
  }
  return total;
}
