/**
 * The labelled pages for page-type work: WCXB's development pages (`wcxb-articles-dev`, all
 * `article`, and `wcxb-dev-other`, the six other types), each read once into its signals — the
 * page's own (readPageSignals) and the story engine's result (readStorySignals) — exactly as the
 * extension computes them. Used by the training script and by the page-type benchmark.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractStory } from '../../lib/story/extract-story';
import { readPageSignals, type PageSignals } from '../../lib/story/page-type/page-signals';
import { pageTypeSignals } from '../../lib/story/page-type/page-type-stage';
import type { Example } from './page-type-training';
import type { ExtractResult, PageType } from '../../lib/story/types';
import { isHeldOut } from './held-out';
import { parseHtml } from './parse-html';
import { readPageFile } from './read-pages';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');
const FOLDERS = ['wcxb-articles-dev', 'wcxb-dev-other'];

export interface LabelledPage {
  id: string;
  url: string;
  label: PageType;
  heldOut: boolean;
  page: PageSignals;
  /** The engine's result without the page-type stage (what the stage receives). */
  result: ExtractResult;
}

export function corpusAvailable(): boolean {
  return FOLDERS.every((folder) => existsSync(join(CORPUS_DIR, folder, 'html')));
}

/** Ids and labels of the labelled pages, sorted by id (ids are unique across both folders). */
export function listLabelledPages(): { id: string; folder: string; url: string; label: PageType }[] {
  const pages: { id: string; folder: string; url: string; label: PageType }[] = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(CORPUS_DIR, folder, 'ground-truth')).sort()) {
      if (!name.endsWith('.json')) continue;
      const truth = JSON.parse(readFileSync(join(CORPUS_DIR, folder, 'ground-truth', name), 'utf8'));
      const label = truth?._internal?.page_type?.primary as PageType | undefined;
      if (!label) continue;
      pages.push({ id: name.replace(/\.json$/, ''), folder, url: truth.url ?? '', label });
    }
  }
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Read one labelled page into its signals (parse, page signals, engine without the page-type stage). */
export function readLabelledPage(entry: { id: string; folder: string; url: string; label: PageType }): LabelledPage {
  const html = readPageFile(join(CORPUS_DIR, entry.folder, 'html', `${entry.id}.html.gz`));
  const parsed = parseHtml(html, entry.url || undefined);
  try {
    const page = readPageSignals(parsed.document, entry.url);
    const result = extractStory(parsed.document, { url: entry.url || undefined, sanitizeHtml: (markup) => markup, timeBudgetMs: Number.POSITIVE_INFINITY });
    return { id: entry.id, url: entry.url, label: entry.label, heldOut: isHeldOut('wcxb', entry.id), page, result };
  } finally {
    parsed.close();
  }
}

/** A labelled page as the trainer sees it: the stage's signals, and whether the engine had refused it already. */
export function toExample(page: LabelledPage): Example {
  return { id: page.id, label: page.label, signals: pageTypeSignals(page.page, page.result), refusedByEngine: !page.result.ok };
}

/** Every labelled page read into an example, with its part; `progress` is told every 100 pages. */
export function readExamples(progress: (done: number, total: number) => void = () => undefined): { example: Example; heldOut: boolean; url: string; result: ExtractResult }[] {
  const entries = listLabelledPages();
  return entries.map((entry, i) => {
    if (i % 100 === 0) progress(i, entries.length);
    const page = readLabelledPage(entry);
    return { example: toExample(page), heldOut: page.heldOut, url: page.url, result: page.result };
  });
}
