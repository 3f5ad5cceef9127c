/**
 * The shipped model's format, and its reader. One format, written by scripts/train-ner.ts and read
 * here, so the benchmark and the extension score exactly the bytes that ship.
 *
 *   line 0  "lede-ner/2"
 *   line 1  scale: stored integers are round(weight * scale)
 *   line 2  transition weights, (tags + 1) x tags integers, comma-separated (last row: sentence start)
 *   line 3  the lexicon's word lists as JSON
 *   line 4  base64 of the feature table, little-endian:
 *             u32 n; i32 hashA[n]; i32 hashB[n]  (feature-hash.ts: no feature names are shipped)
 *             u16 nonZero[n]  (bit t set: the row has a weight for tag t)
 *             i16 weight[...] (the non-zero weights, row by row, tag by tag)
 *
 * Why binary and hashed: reading the text format of version 1 (56,000 named features) took ~100 ms
 * on the click-to-summary path; this one is read in a few milliseconds.
 */
import { buildFeatureIndex, findRow, hashFeature, type FeatureIndex } from './feature-hash';
import { Lexicon, normalisePhrase, type LexiconLists } from './lexicon';
import { TAGS } from './tags';

const T = TAGS.length;
const MAGIC = 'lede-ner/2';

export interface NerModel {
  /** Number of features (rows). */
  size: number;
  /** Feature hash pair -> row in `weights`. */
  index: FeatureIndex;
  /** rows.size x tags emission weights. */
  weights: Float32Array;
  /** (tags + 1) x tags transition weights. */
  transitions: Float64Array;
  lexicon: Lexicon;
}

export type ModelResult = { ok: true; model: NerModel } | { ok: false; reason: string };

export function encodeModel(
  names: readonly string[],
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
  lexicon: LexiconLists,
  options: { prune: number; scale: number },
): { text: string; kept: number } {
  const { prune, scale } = options;
  const kept: { name: string; row: number[] }[] = [];
  for (let f = 0; f < names.length; f++) {
    const row = Array.from({ length: T }, (_, t) => Math.round(weights[f * T + t]! * scale));
    const strong = row.some((_, t) => Math.abs(weights[f * T + t]!) >= prune);
    if (strong && row.some((q) => q !== 0)) kept.push({ name: names[f]!, row });
  }
  kept.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const nonZero = kept.reduce((sum, { row }) => sum + row.filter((q) => q !== 0).length, 0);
  const bytes = new Uint8Array(4 + kept.length * 10 + nonZero * 2);
  const view = new DataView(bytes.buffer);
  const n = kept.length;
  view.setUint32(0, n, true);
  const seen = new Set<string>();
  let at = 4 + n * 10;
  kept.forEach(({ name, row }, r) => {
    const [a, b] = hashFeature(name);
    const pair = `${a},${b}`;
    if (seen.has(pair)) throw new Error(`feature hash collision on "${name}"`);
    seen.add(pair);
    view.setInt32(4 + r * 4, a, true);
    view.setInt32(4 + n * 4 + r * 4, b, true);
    let mask = 0;
    row.forEach((q, t) => {
      if (q === 0) return;
      if (Math.abs(q) > 32767) throw new Error(`weight of "${name}" does not fit 16 bits at scale ${scale}`);
      mask |= 1 << t;
      view.setInt16(at, q, true);
      at += 2;
    });
    view.setUint16(4 + n * 8 + r * 2, mask, true);
  });
  const header = [
    MAGIC,
    String(scale),
    Array.from({ length: (T + 1) * T }, (_, k) => Math.round(transitions[k]! * scale)).join(','),
    JSON.stringify(sortedLists(lexicon)),
  ];
  return { text: [...header, toBase64(bytes)].join('\n'), kept: n };
}

function sortedLists(lists: LexiconLists): LexiconLists {
  const out: LexiconLists = {};
  // Written normalised, so the reader can take the phrases as they are (Lexicon's `normalised`).
  for (const key of Object.keys(lists).sort()) out[key] = [...new Set(lists[key]!.map(normalisePhrase).filter(Boolean))].sort();
  return out;
}

export function decodeModel(text: string): ModelResult {
  const lines = text.split('\n');
  if (lines[0] !== MAGIC || lines.length !== 5) return { ok: false, reason: `not a ${MAGIC} model` };
  const scale = Number(lines[1]);
  const trans = lines[2]!.split(',').map(Number);
  if (!(scale > 0) || trans.length !== (T + 1) * T || trans.some((x) => !Number.isFinite(x))) {
    return { ok: false, reason: 'bad model header' };
  }
  let lists: LexiconLists;
  let bytes: Uint8Array;
  try {
    lists = JSON.parse(lines[3]!) as LexiconLists;
  } catch {
    return { ok: false, reason: 'bad lexicon in model' };
  }
  try {
    bytes = fromBase64(lines[4]!);
  } catch {
    return { ok: false, reason: 'bad feature table in model' };
  }
  const table = readFeatureTable(bytes, scale);
  if (!table.ok) return table;
  const { n, h1, h2, weights } = table;
  return {
    ok: true,
    model: {
      size: n,
      index: buildFeatureIndex(h1, h2),
      weights,
      transitions: Float64Array.from(trans, (x) => x / scale),
      lexicon: new Lexicon(lists, { normalised: true }),
    },
  };
}

/** Every platform the extension runs on is little-endian; the DataView path keeps any other correct. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type FeatureTable = { ok: true; n: number; h1: Int32Array; h2: Int32Array; weights: Float32Array } | { ok: false; reason: string };

/**
 * The binary feature table (see the format at the top). Read through typed-array views of the
 * bytes where the platform's byte order is the file's: the hashes need no copying and the weight
 * loop no DataView calls, which matters in a service worker just started by a click.
 */
function readFeatureTable(bytes: Uint8Array, scale: number): FeatureTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length >= 4 ? view.getUint32(0, true) : -1;
  if (n < 0 || bytes.length < 4 + n * 10) return { ok: false, reason: 'feature table too short' };
  const nonZero = (bytes.length - 4 - n * 10) / 2;
  const aligned = bytes.byteOffset % 4 === 0 && Number.isInteger(nonZero);
  const weights = new Float32Array(n * T);
  let h1: Int32Array;
  let h2: Int32Array;
  let masks: ArrayLike<number>;
  let values: ArrayLike<number>;
  if (LITTLE_ENDIAN && aligned) {
    h1 = new Int32Array(bytes.buffer, bytes.byteOffset + 4, n);
    h2 = new Int32Array(bytes.buffer, bytes.byteOffset + 4 + n * 4, n);
    masks = new Uint16Array(bytes.buffer, bytes.byteOffset + 4 + n * 8, n);
    values = new Int16Array(bytes.buffer, bytes.byteOffset + 4 + n * 10, nonZero);
  } else {
    h1 = Int32Array.from({ length: n }, (_, r) => view.getInt32(4 + r * 4, true));
    h2 = Int32Array.from({ length: n }, (_, r) => view.getInt32(4 + n * 4 + r * 4, true));
    masks = Uint16Array.from({ length: n }, (_, r) => view.getUint16(4 + n * 8 + r * 2, true));
    values = Int16Array.from({ length: Math.floor(nonZero) }, (_, k) => view.getInt16(4 + n * 10 + k * 2, true));
  }
  let at = 0;
  for (let r = 0; r < n; r++) {
    const mask = masks[r]!;
    for (let t = 0; t < T; t++) {
      if (!(mask & (1 << t))) continue;
      if (at >= values.length) return { ok: false, reason: 'feature table too short' };
      weights[r * T + t] = values[at++]! / scale;
    }
  }
  if (at !== nonZero) return { ok: false, reason: at < nonZero ? 'feature table has trailing bytes' : 'feature table too short' };
  return { ok: true, n, h1, h2, weights };
}

/** The weight row of a whole feature string ("w=blinken"), if the model kept it. */
export function rowOf(model: NerModel, feature: string): number | undefined {
  const [a, b] = hashFeature(feature);
  const row = findRow(model.index, a, b);
  return row < 0 ? undefined : row;
}

// atob/btoa: in browsers, workers and Node alike (the table is ~0.9 MB).
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  // Native where the engine has it (Chrome 140+, Firefox 133+): several times faster than the loop.
  const typed = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
  if (typeof typed.fromBase64 === 'function') return typed.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}
