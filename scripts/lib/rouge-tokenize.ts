/**
 * The ROUGE-1.5.5 tokenisation (`-m`, stemming on), so js-rouge reproduces the official Perl
 * script's scores (see ../shared/docs/data.md): lower-case; spaces around `-`; every character
 * outside `[a-z0-9-]` becomes a space; keep tokens that start with `[a-z0-9$]`; tokens longer
 * than 3 characters become their WordNet 2.0 exception form if listed, else their Porter stem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';

/** word -> base form, from WordNet's `*.exc` files. */
export type ExceptionTable = ReadonlyMap<string, string>;

// ROUGE-1.5.5's buildExceptionDB.pl reads the files one after another into one hash, so a word
// listed in two files keeps the form from the later file; the first base form on a line wins.
const EXCEPTION_FILES = ['adj.exc', 'adv.exc', 'noun.exc', 'verb.exc'];

export function loadWordNetExceptions(dir: string): ExceptionTable {
  const table = new Map<string, string>();
  for (const file of EXCEPTION_FILES) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const [word, base] = line.trim().split(/\s+/);
      if (word && base) table.set(word, base);
    }
  }
  return table;
}

export function makeRougeTokenizer(exceptions: ExceptionTable): (text: string) => string[] {
  const cache = new Map<string, string>();
  const normalise = (token: string): string => {
    if (token.length <= 3) return token;
    let form = cache.get(token);
    if (form === undefined) {
      form = exceptions.get(token) ?? stemmer(token);
      cache.set(token, form);
    }
    return form;
  };
  return (text: string): string[] => {
    const cleaned = text
      .toLowerCase()
      .replace(/-/g, ' - ')
      .replace(/[^a-z0-9-]/g, ' ');
    const tokens: string[] = [];
    for (const token of cleaned.split(/\s+/)) {
      if (token && /^[a-z0-9$]/.test(token)) tokens.push(normalise(token));
    }
    return tokens;
  };
}
