/**
 * Reads CoNLL-2003 files (`word POS chunk NER`, blank line between sentences, `-DOCSTART-` between
 * documents). Only the word and the last column are used: at run time we have no POS tagger, so the
 * model must not learn from the POS or chunk columns.
 */
export interface ConllToken {
  /** The whole input line, so a CLI can print it back with one more column. */
  line: string;
  word: string;
  /** The gold tag in the last column (IOB2 in CoNLL-2003 as shipped here). */
  gold: string;
}
export type ConllSentence = ConllToken[];
export type ConllDocument = ConllSentence[];

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let sentence: ConllSentence = [];
  const endSentence = () => {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sentence.push({ line, word: cols[0]!, gold: cols.length > 1 ? cols[cols.length - 1]! : 'O' });
  }
  endDoc();
  return docs;
}
