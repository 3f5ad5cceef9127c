/**
 * The summary data sets in ../shared/nlp/summarization, read the same way by training and by the
 * benchmark, each row tagged with its part of the project's fixed split (scripts/lib/held-out.ts).
 *
 * - `cnndm-val`: cnndm_val4k.jsonl.gz, 4,368 CNN/DailyMail validation stories (lower-cased,
 *   PTB-tokenised, one paragraph each); highlights separated by newlines. Split 70 / 30 by id.
 * - `realsumm100`: cnndm_realsumm100.jsonl, 100 CNN/DailyMail test stories (sentence-cased,
 *   tokenised). Whole; it was used to choose the constants of the summariser before this one.
 * - `bbc`: bbc_news_summary.jsonl, 2,225 BBC News stories with extractive references and titles;
 *   a second domain, never tuned on. Whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataPart, type DataPart } from './held-out';
import { splitGluedSentences, splitTokenisedSentences } from './rouge-reference';

export const SUMMARY_DATA_DIR = resolve(import.meta.dirname, '../../../shared/nlp/summarization');
export const ROUGE_WORDNET_DIR = resolve(import.meta.dirname, '../../../shared/nlp/rouge');

export interface SummaryRow {
  id: string;
  article: string;
  /** Reference summary, one sentence per entry (ROUGE-L reads sentence boundaries). */
  reference: string[];
  title?: string;
  /** The row's part of the fixed split; sets reported whole are 'whole'. */
  part: DataPart | 'whole';
}

export type SummarySetName = 'cnndm-val' | 'realsumm100' | 'bbc';

const FILES: Record<SummarySetName, string> = {
  'cnndm-val': 'cnndm_val4k.jsonl.gz',
  realsumm100: 'cnndm_realsumm100.jsonl',
  bbc: 'bbc_news_summary.jsonl',
};

export function summarySetPath(name: SummarySetName): string {
  return resolve(SUMMARY_DATA_DIR, FILES[name]);
}

export function hasSummarySet(name: SummarySetName): boolean {
  return existsSync(summarySetPath(name));
}

interface RawRow {
  id: string | number;
  article: string;
  reference: string;
  title?: string;
}

function readJsonLines(path: string): RawRow[] {
  const buffer = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buffer).toString('utf8') : buffer.toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawRow);
}

/** Rows of a set; for `cnndm-val`, `part` picks the tuning or the held-out part (default: both). */
export function readSummarySet(name: SummarySetName, part?: DataPart): SummaryRow[] {
  const rows = readJsonLines(summarySetPath(name)).map((raw): SummaryRow => {
    const id = String(raw.id);
    switch (name) {
      case 'cnndm-val':
        return { id, article: raw.article, reference: splitTokenisedSentences(raw.reference), part: dataPart('cnndm-val', id) };
      case 'realsumm100':
        return { id, article: raw.article, reference: splitTokenisedSentences(raw.reference), part: 'whole' };
      case 'bbc':
        return { id, article: raw.article, reference: splitGluedSentences(raw.reference), title: raw.title, part: 'whole' };
    }
  });
  return part ? rows.filter((row) => row.part === part) : rows;
}
