/**
 * Features are found in the model by two 32-bit hashes of their string ("w-1=blinken"), never by
 * the string itself: the shipped model holds no feature names (it loads without building 56,000
 * strings), and the tagger hashes a context feature as its template's precomputed prefix
 * ("w-1=") continued over the value, without building the string. Both hashes must match for a
 * hit; a false match on a feature the model lacks needs 63 bits to collide (about one lookup in
 * 10^19 against the whole model). The encoder refuses a model in which two features collide.
 */

/** Hash state: the two running hashes. */
export interface HashState {
  a: number;
  b: number;
}

const START: HashState = { a: 0x811c9dc5 | 0, b: 0x01000193 };

/** Continue `state` over `text`. The step must stay identical to the inlined copy in tagger.ts. */
export function continueHash(state: HashState, text: string): HashState {
  let { a, b } = state;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return { a, b };
}

/** The final pair of a whole feature string; `b` is made odd so that 0 never marks a used slot. */
export function hashFeature(feature: string): [number, number] {
  const { a, b } = continueHash(START, feature);
  return [a | 0, b | 1];
}

/** The state after "template=": context features continue from it over their value. */
export function templatePrefix(template: string): HashState {
  return continueHash(START, template + '=');
}

/** Open-addressing table: hash pair -> weight row. */
export interface FeatureIndex {
  mask: number;
  h1: Int32Array;
  h2: Int32Array;
  rows: Int32Array;
}

export function buildFeatureIndex(h1s: Int32Array, h2s: Int32Array): FeatureIndex {
  let size = 2;
  while (size < h1s.length * 2) size <<= 1;
  const index: FeatureIndex = { mask: size - 1, h1: new Int32Array(size), h2: new Int32Array(size), rows: new Int32Array(size).fill(-1) };
  for (let row = 0; row < h1s.length; row++) {
    let slot = h1s[row]! & index.mask;
    while (index.rows[slot] !== -1) slot = (slot + 1) & index.mask;
    index.h1[slot] = h1s[row]!;
    index.h2[slot] = h2s[row]!;
    index.rows[slot] = row;
  }
  return index;
}

/** The row of a hash pair, or -1. */
export function findRow(index: FeatureIndex, a: number, b: number): number {
  let slot = a & index.mask;
  while (index.rows[slot] !== -1) {
    if (index.h1[slot] === a && index.h2[slot] === b) return index.rows[slot]!;
    slot = (slot + 1) & index.mask;
  }
  return -1;
}
