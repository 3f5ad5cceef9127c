/**
 * The shipped model's text format, and its reader. One format, written by scripts/train-ner.ts and
 * read here, so the benchmark and the extension score exactly the bytes that ship.
 *
 *   line 0  "lede-ner/1"
 *   line 1  scale: stored integers are round(weight * scale)
 *   line 2  transition weights, (tags + 1) x tags integers, comma-separated (last row: sentence start)
 *   line 3  the lexicon's word lists as JSON
 *   then    one feature a line: name TAB nine comma-separated integers (0 written as nothing)
 */
import { Lexicon, type LexiconLists } from './lexicon';
import { TAGS } from './tags';

const T = TAGS.length;
const MAGIC = 'lede-ner/1';

export interface NerModel {
  /** Feature template ("w", "w-1", "lex", ...) -> value -> row in `weights`. */
  templates: Map<string, Map<string, number>>;
  /** Number of features (rows). */
  size: number;
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
  const lines: string[] = [];
  for (let f = 0; f < names.length; f++) {
    let keep = false;
    const row: string[] = [];
    for (let t = 0; t < T; t++) {
      const v = weights[f * T + t]!;
      if (Math.abs(v) >= prune) keep = true;
      const q = Math.round(v * scale);
      row.push(q === 0 ? '' : String(q));
    }
    if (keep && row.some((x) => x !== '')) lines.push(names[f] + '\t' + row.join(','));
  }
  lines.sort();
  const header = [
    MAGIC,
    String(scale),
    Array.from({ length: (T + 1) * T }, (_, k) => Math.round(transitions[k]! * scale)).join(','),
    JSON.stringify(sortedLists(lexicon)),
  ];
  return { text: [...header, ...lines].join('\n'), kept: lines.length };
}

function sortedLists(lists: LexiconLists): LexiconLists {
  const out: LexiconLists = {};
  for (const key of Object.keys(lists).sort()) out[key] = [...new Set(lists[key]!.map((p) => p.toLowerCase()))].sort();
  return out;
}

export function decodeModel(text: string): ModelResult {
  const lines = text.split('\n');
  if (lines[0] !== MAGIC || lines.length < 4) return { ok: false, reason: 'not a lede-ner/1 model' };
  const scale = Number(lines[1]);
  const trans = lines[2]!.split(',').map(Number);
  if (!(scale > 0) || trans.length !== (T + 1) * T || trans.some((x) => !Number.isFinite(x))) {
    return { ok: false, reason: 'bad model header' };
  }
  let lists: LexiconLists;
  try {
    lists = JSON.parse(lines[3]!) as LexiconLists;
  } catch {
    return { ok: false, reason: 'bad lexicon in model' };
  }
  // Feature lines are parsed by hand, without splitting: reading the model is on the popup's path.
  const n = lines.length - 4;
  const templates = new Map<string, Map<string, number>>();
  const weights = new Float32Array(n * T);
  for (let r = 0; r < n; r++) {
    const line = lines[r + 4]!;
    const tab = line.lastIndexOf('\t');
    if (tab < 0) return { ok: false, reason: `bad feature line ${r + 4}` };
    const eq = line.indexOf('=');
    if (eq < 0 || eq > tab) return { ok: false, reason: `bad feature name on line ${r + 4}` };
    const template = line.slice(0, eq);
    let values = templates.get(template);
    if (!values) templates.set(template, (values = new Map()));
    values.set(line.slice(eq + 1, tab), r);
    let t = 0;
    let value = 0;
    let sign = 1;
    let digits = false;
    for (let k = tab + 1; k <= line.length; k++) {
      const c = k < line.length ? line.charCodeAt(k) : 44;
      if (c === 44) {
        if (digits && t < T) weights[r * T + t] = (sign * value) / scale;
        t++;
        value = 0;
        sign = 1;
        digits = false;
      } else if (c === 45) sign = -1;
      else if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        digits = true;
      } else return { ok: false, reason: `bad weight on feature line ${r + 4}` };
    }
    if (t !== T) return { ok: false, reason: `feature line ${r + 4} has ${t} weights` };
  }
  return {
    ok: true,
    model: { templates, size: n, weights, transitions: Float64Array.from(trans, (x) => x / scale), lexicon: new Lexicon(lists) },
  };
}

/** The weight row of a whole feature string ("w=blinken"), if the model kept it. */
export function rowOf(model: NerModel, feature: string): number | undefined {
  const eq = feature.indexOf('=');
  return eq < 0 ? undefined : model.templates.get(feature.slice(0, eq))?.get(feature.slice(eq + 1));
}
