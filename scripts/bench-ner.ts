/**
 * `npm run bench:ner`
 * Scores the shipped entity model on ../shared/nlp/conll2003/valid.txt with exact spans (conlleval's
 * method): P/R/F1 per type, PER/ORG/LOC overall (what Lede shows) and all four types. Beside it, in
 * the same run, the CoNLL-style memorising baseline: each word gets the tag it had most often in
 * train.txt (unknown words O). Then tagging speed in Node: ms per 1,000 words, model already loaded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, type ConllDocument } from '../lib/language/ner/conll';
import { scoreSpans, type TypeScore } from '../lib/language/ner/evaluate';
import { loadNerModel } from '../lib/language/ner/load-model';
import { NER_MODEL_TEXT } from '../lib/language/ner/model-data';
import { tagDocument } from '../lib/language/ner/tagger';
import { cpuMs } from './lib/cpu-time';

const DATA = resolve(import.meta.dirname, '../../shared/nlp/conll2003');

function memorisingBaseline(train: ConllDocument[]): (words: string[]) => string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of train) for (const s of doc) for (const t of s) {
    const m = counts.get(t.word) ?? new Map<string, number>();
    m.set(t.gold, (m.get(t.gold) ?? 0) + 1);
    counts.set(t.word, m);
  }
  const best = new Map<string, string>();
  for (const [word, m] of counts) best.set(word, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return (words) => {
    // Repair IOB2: an I-X that does not continue X starts it.
    const tags = words.map((w) => best.get(w) ?? 'O');
    return tags.map((t, i) => (t.startsWith('I-') && tags[i - 1]?.slice(2) !== t.slice(2) ? 'B-' + t.slice(2) : t));
  };
}

function row(name: string, s: TypeScore | undefined): string {
  if (!s) return `${name.padEnd(14)} -`;
  return `${name.padEnd(14)} P ${s.precision.toFixed(2).padStart(6)}  R ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}  (gold ${s.gold}, predicted ${s.predicted})`;
}

function main(): number {
  let valid: ConllDocument[];
  let train: ConllDocument[];
  try {
    valid = parseConll(readFileSync(resolve(DATA, 'valid.txt'), 'utf8'));
    train = parseConll(readFileSync(resolve(DATA, 'train.txt'), 'utf8'));
  } catch (error) {
    process.stderr.write(`bench:ner: CoNLL-2003 data not found under ${DATA} (${(error as Error).message})\n`);
    return 2;
  }
  let t0 = performance.now();
  const loaded = loadNerModel();
  const loadMs = performance.now() - t0;
  if (!loaded.ok) {
    process.stderr.write(`bench:ner: ${loaded.reason}\n`);
    return 1;
  }
  const docs = valid.map((doc) => doc.map((s) => s.map((t) => t.word)));
  const words = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

  const predicted = docs.map((d) => tagDocument(loaded.model, d));
  const model = scoreSpans(valid.flatMap((doc, di) => doc.map((s, si) => ({ gold: s.map((t) => t.gold), predicted: predicted[di]![si]! }))));
  const baselineTag = memorisingBaseline(train);
  const baseline = scoreSpans(valid.flatMap((doc) => doc.map((s) => ({ gold: s.map((t) => t.gold), predicted: baselineTag(s.map((t) => t.word)) }))));

  console.log(`CoNLL-2003 valid.txt: ${valid.length} documents, ${words} words; exact-span scoring (conlleval method)`);
  console.log(`model: lib/language/ner/model-data.ts, ${NER_MODEL_TEXT.length} characters, ${loaded.model.size} features, read in ${loadMs.toFixed(0)} ms`);
  console.log('\nLede entity model (averaged structured perceptron, Viterbi):');
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) console.log('  ' + row(type, model.byType[type]));
  console.log('  ' + row('PER/ORG/LOC', model.subset));
  console.log('  ' + row('all four', model.all));
  console.log('\nBaseline, same run (most frequent train.txt tag per word):');
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) console.log('  ' + row(type, baseline.byType[type]));
  console.log('  ' + row('PER/ORG/LOC', baseline.subset));
  console.log('  ' + row('all four', baseline.all));

  // Speed: tag all of valid.txt a few times after a warm-up pass; report the median pass.
  // Both wall-clock and this process's CPU time are shown: on a shared machine the wall clock
  // also counts time spent waiting for a core.
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 6; k++) {
    t0 = performance.now();
    const c0 = cpuMs();
    for (const d of docs) tagDocument(loaded.model, d);
    const used = cpuMs() - c0;
    if (k > 0) {
      wall.push(performance.now() - t0);
      cpu.push(used);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const per1000 = (ms: number) => ((1000 * ms) / words).toFixed(2);
  console.log(
    `\nspeed (Node ${process.version}, median of ${wall.length} passes over ${words} words, model loaded): ` +
      `${per1000(median(wall))} ms per 1,000 words wall-clock, ${per1000(median(cpu))} ms CPU`,
  );
  return 0;
}

process.exitCode = main();
