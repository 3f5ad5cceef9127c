/**
 * The held-out part of every data set, fixed once for the whole project (2026-11-29) and never
 * used to choose rules, features, weights or thresholds.
 *
 * Every learned part and every cleaning rule is developed on the *tuning* part; benchmarks report
 * the held-out part (and the tuning part beside it, labelled as such) with the baseline in the
 * same run. The assignment is a hash of the data set's name and the item's id, so it never depends
 * on file order, on which files are present, or on anything a script learned.
 *
 * Ids, per data set:
 * - `scrapinghub`: the page id (file name without `.html.gz`);
 * - `wcxb`: the page id in `wcxb-articles-dev` and `wcxb-dev-other` alike (ids are unique across both);
 * - `cnndm-val`: the `id` field of `cnndm_val4k.jsonl.gz`;
 * - `conll-valid`: the document's index in `valid.txt` (0-based, counting `-DOCSTART-` lines);
 * - `wikiann-dev`, `wnut17-dev`: the sentence's index in the file (0-based).
 * Sets that are never tuned on at all are reported whole: BBC News (a second summary domain),
 * the WNUT-17 test split.
 */
import { createHash } from 'node:crypto';

export type HeldOutDataset = 'scrapinghub' | 'wcxb' | 'cnndm-val' | 'conll-valid' | 'wikiann-dev' | 'wnut17-dev';

/** Share of each data set held out: 30 %, enough items for a stable score on the smallest set (scrapinghub, ~54 pages). */
export const HELD_OUT_SHARE = 0.3;

/** True when this item belongs to the held-out part of its data set. */
export function isHeldOut(dataset: HeldOutDataset, id: string | number): boolean {
  const digest = createHash('sha256').update(`${dataset}\u0000${id}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < HELD_OUT_SHARE;
}

export type DataPart = 'tuning' | 'held-out';

export function dataPart(dataset: HeldOutDataset, id: string | number): DataPart {
  return isHeldOut(dataset, id) ? 'held-out' : 'tuning';
}
