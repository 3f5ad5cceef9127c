/**
 * The entity data sets in ../shared/nlp, read into one shape: documents of sentences of
 * `{ word, gold }` tokens with CoNLL-2003 IOB2 tags (PER, ORG, LOC, MISC). Used by training
 * (scripts/train-ner.ts) and the benchmark (scripts/bench-ner.ts), so both read the data the same way.
 *
 * - CoNLL-2003 (`conll2003/{train,valid}.txt`): Reuters 1996; documents as the file has them.
 * - WikiANN English (`wikiann-en/{train,dev}.txt.gz`): silver labels from Wikipedia links, PER/ORG/LOC
 *   only; tokens written `en:token`. Every sentence is its own document (they are unrelated snippets).
 * - WNUT-17 (`wnut17/{dev,test}.conll`): user-generated text, six types. person -> PER,
 *   location -> LOC, corporation and group -> ORG; creative-work and product -> MISC (CoNLL puts
 *   titles of works and many products in MISC; Lede never shows MISC, so they can only be scored
 *   as "not a person, organisation or place"). Every sentence is its own document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseConll, type ConllDocument, type ConllSentence } from '../../lib/language/ner/conll';

export const NLP_DIR = resolve(import.meta.dirname, '../../../shared/nlp');

export type NerDataset = 'conll-train' | 'conll-valid' | 'wikiann-train' | 'wikiann-dev' | 'wnut17-dev' | 'wnut17-test';

const FILES: Record<NerDataset, string> = {
  'conll-train': 'conll2003/train.txt',
  'conll-valid': 'conll2003/valid.txt',
  'wikiann-train': 'wikiann-en/train.txt.gz',
  'wikiann-dev': 'wikiann-en/dev.txt.gz',
  'wnut17-dev': 'wnut17/dev.conll',
  'wnut17-test': 'wnut17/test.conll',
};

/** The labels each data set annotates: where a set has no MISC, its "O" may be a MISC in CoNLL's sense. */
export const ANNOTATES_MISC: Record<NerDataset, boolean> = {
  'conll-train': true,
  'conll-valid': true,
  'wikiann-train': false,
  'wikiann-dev': false,
  'wnut17-dev': true,
  'wnut17-test': true,
};

const WNUT_TYPES: Record<string, string> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  'creative-work': 'MISC',
  product: 'MISC',
};

export function dataPath(set: NerDataset): string {
  return resolve(NLP_DIR, FILES[set]);
}

function readText(path: string): string {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

/** Sentences of `token<TAB or space>tag` lines, blank-line separated (WikiANN, WNUT-17). */
function parseTwoColumn(text: string, mapToken: (word: string) => string, mapTag: (tag: string) => string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\uFEFF/g, '').trimEnd();
    if (line.trim() === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const cut = line.lastIndexOf('\t') >= 0 ? line.lastIndexOf('\t') : line.lastIndexOf(' ');
    const word = mapToken(cut > 0 ? line.slice(0, cut) : line).trim();
    const tag = mapTag(cut > 0 ? line.slice(cut + 1).trim() : 'O');
    // A token of only spaces (rare in WNUT) would break the tagger's one-token-a-word view.
    if (!word) continue;
    current.push({ line, word, gold: tag });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

function wnutTag(tag: string): string {
  if (tag === 'O') return 'O';
  const [prefix, type] = [tag.slice(0, 1), tag.slice(2)];
  const mapped = WNUT_TYPES[type];
  return mapped ? `${prefix}-${mapped}` : 'O';
}

/** Reads a data set as documents; throws when the file is missing (callers report it). */
export function readNerDataset(set: NerDataset): ConllDocument[] {
  const text = readText(dataPath(set));
  if (set.startsWith('conll')) return parseConll(text);
  const sentences = set.startsWith('wikiann')
    ? parseTwoColumn(text, (w) => w.replace(/^en:/, ''), (t) => t)
    : parseTwoColumn(text, (w) => w, wnutTag);
  return sentences.map((s) => [s]);
}

/** Gold tags with MISC removed: for scoring PER/ORG/LOC where a set's MISC is not comparable. */
export function withoutMisc(tags: readonly string[]): string[] {
  return tags.map((t) => (t.endsWith('-MISC') ? 'O' : t));
}
