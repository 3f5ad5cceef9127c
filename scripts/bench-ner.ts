/**
 * `npm run bench:ner [-- --no-previous]`
 * Scores the shipped entity model with exact spans (conlleval's method) on every entity data set in
 * ../shared/nlp, beside, in the same run:
 * - the previous model (the CoNLL-only model of commit PREVIOUS_MODEL_COMMIT, read from git history:
 *   scripts/lib/previous-ner-model.ts), on the same data;
 * - the memorising baseline: each word gets the tag it had most often in CoNLL train.txt.
 * Sets and parts (scripts/lib/held-out.ts): CoNLL-2003 valid (all, tuning part, held-out part:
 * "all" is the number the project has always reported, and it was used to choose settings before
 * the split existed), WikiANN dev (tuning, held-out), WNUT-17 dev (tuning part: trained on;
 * held-out part) and WNUT-17 test (never tuned on). Scores are PER/ORG/LOC, what Lede shows; on
 * CoNLL valid, per type too. Then the actors' precision on the judged WCXB sample (bench-actors.ts)
 * and tagging speed (CPU ms per 1,000 words, current and previous alternating).
 */
import { resolve } from 'node:path';
import type { ConllDocument } from '../lib/language/ner/conll';
import { scoreSpans, type TypeScore } from '../lib/language/ner/evaluate';
import { loadNerModel } from '../lib/language/ner/load-model';
import { NER_MODEL_TEXT } from '../lib/language/ner/model-data';
import { tagDocument } from '../lib/language/ner/tagger';
import { cpuMs } from './lib/cpu-time';
import { dataPart, type HeldOutDataset } from './lib/held-out';
import { readNerDataset, type NerDataset } from './lib/ner-data';
import { loadPreviousTagger, PREVIOUS_MODEL_COMMIT, type PreviousTagger } from './lib/previous-ner-model';
import { benchActors } from './bench-actors';

const ROOT = resolve(import.meta.dirname, '..');

type Tagger = (sentences: readonly (readonly string[])[]) => readonly (readonly string[])[];

function memorisingBaseline(train: ConllDocument[]): Tagger {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of train) for (const s of doc) for (const t of s) {
    const m = counts.get(t.word) ?? new Map<string, number>();
    m.set(t.gold, (m.get(t.gold) ?? 0) + 1);
    counts.set(t.word, m);
  }
  const best = new Map<string, string>();
  for (const [word, m] of counts) best.set(word, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return (sentences) =>
    sentences.map((words) => {
      // Repair IOB2: an I-X that does not continue X starts it.
      const tags = words.map((w) => best.get(w) ?? 'O');
      return tags.map((t, i) => (t.startsWith('I-') && tags[i - 1]?.slice(2) !== t.slice(2) ? 'B-' + t.slice(2) : t));
    });
}

interface Slice {
  label: string;
  docs: ConllDocument[];
}

/** A data set cut into the parts the benchmark reports. */
function slices(name: string, docs: ConllDocument[], split: HeldOutDataset | null, tuningLabel = 'tuning part'): Slice[] {
  if (!split) return [{ label: `${name} (never tuned on)`, docs }];
  const out: Slice[] = [];
  if (split === 'conll-valid') out.push({ label: `${name} (all)`, docs });
  const tuning = docs.filter((_, i) => dataPart(split, i) === 'tuning');
  const heldOut = docs.filter((_, i) => dataPart(split, i) === 'held-out');
  out.push({ label: `${name} (${tuningLabel})`, docs: tuning }, { label: `${name} (held-out part)`, docs: heldOut });
  return out;
}

function score(docs: ConllDocument[], tagger: Tagger) {
  const pairs = docs.flatMap((doc) => {
    const tags = tagger(doc.map((s) => s.map((t) => t.word)));
    return doc.map((s, i) => ({ gold: s.map((t) => t.gold), predicted: tags[i]! }));
  });
  return scoreSpans(pairs);
}

const f = (x: number) => x.toFixed(2).padStart(6);
const prf = (s: TypeScore | undefined) => (s ? `${f(s.precision)} ${f(s.recall)} ${f(s.f1)}` : '     -      -      -');

function main(): Promise<number> | number {
  return run(process.argv.slice(2));
}

async function run(argv: string[]): Promise<number> {
  const wantPrevious = !argv.includes('--no-previous');
  const sets: { set: NerDataset; name: string; split: HeldOutDataset | null; tuningLabel?: string }[] = [
    { set: 'conll-valid', name: 'CoNLL-2003 valid', split: 'conll-valid' },
    { set: 'wikiann-dev', name: 'WikiANN dev', split: 'wikiann-dev' },
    { set: 'wnut17-dev', name: 'WNUT-17 dev', split: 'wnut17-dev', tuningLabel: 'tuning part, trained on' },
    { set: 'wnut17-test', name: 'WNUT-17 test', split: null },
  ];
  let train: ConllDocument[];
  const data = new Map<NerDataset, ConllDocument[]>();
  try {
    train = readNerDataset('conll-train');
    for (const { set } of sets) data.set(set, readNerDataset(set));
  } catch (error) {
    process.stderr.write(`bench:ner: entity data not found under ../shared/nlp (${(error as Error).message})\n`);
    return 2;
  }
  const t0 = performance.now();
  const loaded = loadNerModel();
  const loadMs = performance.now() - t0;
  if (!loaded.ok) {
    process.stderr.write(`bench:ner: ${loaded.reason}\n`);
    return 1;
  }
  const current: Tagger = (sentences) => tagDocument(loaded.model, sentences);
  let previous: PreviousTagger | null = null;
  let previousNote = 'not run (--no-previous)';
  if (wantPrevious) {
    const p = await loadPreviousTagger(ROOT);
    if (p.ok) previous = p.value;
    else previousNote = p.reason;
  }
  const baseline = memorisingBaseline(train);

  console.log('Entity model benchmark: exact spans (conlleval method), PER/ORG/LOC (what Lede shows), P / R / F1');
  console.log(`current:  lib/language/ner/model-data.ts, ${NER_MODEL_TEXT.length} characters, ${loaded.model.size} features, read in ${loadMs.toFixed(0)} ms`);
  console.log(`previous: CoNLL-only model of commit ${PREVIOUS_MODEL_COMMIT.slice(0, 10)}${previous ? ' (read from git history, its own feature code)' : `: ${previousNote}`}`);
  console.log('baseline: most frequent CoNLL train.txt tag per word (unknown words O)');
  console.log('WNUT-17 types mapped: person->PER, location->LOC, corporation/group->ORG, creative-work/product->MISC (not scored)\n');
  console.log(`${'set (part)'.padEnd(44)} ${'sents'.padStart(6)} | ${'current P/R/F1'.padEnd(20)} | ${'previous P/R/F1'.padEnd(20)} | baseline F1`);
  const validAll: Record<string, ReturnType<typeof score>> = {};
  for (const { set, name, split, tuningLabel } of sets) {
    for (const slice of slices(name, data.get(set)!, split, tuningLabel)) {
      const sentences = slice.docs.reduce((n, d) => n + d.length, 0);
      const cur = score(slice.docs, current);
      const prev = previous ? score(slice.docs, (s) => previous!.tagDocument(s)) : null;
      const base = score(slice.docs, baseline);
      if (slice.label.endsWith('(all)')) Object.assign(validAll, { current: cur, previous: prev, baseline: base });
      console.log(`${slice.label.padEnd(44)} ${String(sentences).padStart(6)} | ${prf(cur.subset)} | ${prev ? prf(prev.subset) : '(not run)'.padEnd(20)} | ${f(base.subset.f1)}`);
    }
  }
  console.log('\nCoNLL-2003 valid (all), per type:');
  console.log(`${'type'.padEnd(14)} | ${'current P/R/F1'.padEnd(20)} | ${'previous P/R/F1'.padEnd(20)} | baseline F1`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    const cur = validAll.current!.byType[type];
    const prev = validAll.previous?.byType[type];
    console.log(`${type.padEnd(14)} | ${prf(cur)} | ${validAll.previous ? prf(prev) : '(not run)'.padEnd(20)} | ${f(validAll.baseline!.byType[type]?.f1 ?? 0)}`);
  }
  console.log(`${'all four'.padEnd(14)} | ${prf(validAll.current!.all)} | ${validAll.previous ? prf(validAll.previous.all) : '(not run)'.padEnd(20)} | ${f(validAll.baseline!.all.f1)}`);

  await benchActors(ROOT);

  // Speed: tag all of CoNLL valid, current and previous alternating, after a warm-up pass each.
  const docs = data.get('conll-valid')!.map((doc) => doc.map((s) => s.map((t) => t.word)));
  const words = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const cpu: Record<'current' | 'previous', number[]> = { current: [], previous: [] };
  const runs: ['current' | 'previous', Tagger][] = [['current', current]];
  if (previous) runs.push(['previous', (s) => previous!.tagDocument(s)]);
  for (let k = 0; k < 6; k++) {
    for (const [name, tagger] of k % 2 ? [...runs].reverse() : runs) {
      const c0 = cpuMs();
      for (const d of docs) tagger(d);
      if (k >= 2) cpu[name].push(cpuMs() - c0);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const per1000 = (ms: number) => ((1000 * ms) / words).toFixed(2);
  console.log(
    `\nspeed (Node ${process.version}, CoNLL valid ${words} words, model loaded, median of ${cpu.current.length} passes, alternating): ` +
      `current ${per1000(median(cpu.current))} ms CPU per 1,000 words` +
      (previous ? `, previous ${per1000(median(cpu.previous))} ms` : ''),
  );
  return 0;
}

void Promise.resolve(main()).then((code) => {
  process.exitCode = code;
});
