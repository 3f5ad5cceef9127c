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
  const out: string[] = [];
  for (const doc of parseConll(text)) {
    out.push('-DOCSTART- -X- -X- O', '');
    const tags = tagDocument(loaded.model, doc.map((s) => s.map((t) => t.word)));
    doc.forEach((sentence, si) => {
      sentence.forEach((token, ti) => out.push(`${token.line} ${tags[si]![ti]}`));
      out.push('');
    });
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
