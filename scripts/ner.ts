/**
 * `npm run --silent ner -- FILE`
 * Reads a CoNLL file (word first, anything after) and prints it back with one more column, the
 * predicted IOB2 tag, so anyone can score it with conlleval. Documents (-DOCSTART-) are tagged as
 * units, as the model uses document-wide features.
 */
import { readFileSync } from 'node:fs';
import { parseConll } from '../lib/language/ner/conll';
import { loadNerModel } from '../lib/language/ner/load-model';
import { tagDocument } from '../lib/language/ner/tagger';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run --silent ner -- FILE\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`ner: ${(error as Error).message}\n`);
    return 2;
  }
  const loaded = loadNerModel();
  if (!loaded.ok) {
    process.stderr.write(`ner: ${loaded.reason}\n`);
    return 1;
  }
  // Tag document by document, then walk the input's own lines so the output keeps every line
  // (blank lines and -DOCSTART- included, the latter with an O) and only adds a column.
  const predicted: string[] = [];
  for (const doc of parseConll(text)) {
    for (const tags of tagDocument(loaded.model, doc.map((s) => s.map((t) => t.word)))) predicted.push(...tags);
  }
  const out: string[] = [];
  let next = 0;
  for (const raw of text.replace(/\r?\n$/, '').split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line === '') out.push('');
    else if (line.startsWith('-DOCSTART-')) out.push(`${line} O`);
    else out.push(`${line} ${predicted[next++] ?? 'O'}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
