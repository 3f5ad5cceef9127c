/**
 * Lede as it was before issue 17 (the CoNLL-only entity model and the actor pipeline around it),
 * read back from git history so the benchmarks can score it beside the current code in the same
 * run, on the same data, without shipping its 1.36 MB model twice. `git archive` copies the old
 * commit's `lib/` and `scripts/lib/` (a model only works with the feature code it was trained with)
 * into node_modules/.cache, where the old code finds the project's packages, and it is imported
 * from there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The last commit of the CoNLL-only model (main, 2026-11-29, before issue 17's work). */
export const PREVIOUS_MODEL_COMMIT = 'de64a197deb7036833163ac1df1605d8ca2d8ec0';

export interface PreviousTagger {
  commit: string;
  /** Tags the sentences of one document, as lib/language/ner/tagger.ts did at that commit. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}

export type Previous<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The old commit's files, extracted once per commit; returns the directory. */
function checkout(root: string, commit: string): string {
  const dir = resolve(root, 'node_modules/.cache', `lede-${commit.slice(0, 12)}`);
  // Later commits' page pipeline also reads the popup's own decisions (components/page-kind.ts).
  const withComponents = execFileSync('git', ['ls-tree', '--name-only', commit, 'components'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  if (!existsSync(resolve(dir, 'scripts/lib/analyse-page.ts')) || (withComponents && !existsSync(resolve(dir, 'components')))) {
    mkdirSync(dir, { recursive: true });
    const paths = ['lib', 'scripts/lib', ...(withComponents ? ['components'] : [])];
    const archive = execFileSync('git', ['archive', commit, ...paths], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive, maxBuffer: 256 * 1024 * 1024 });
  }
  return dir;
}

async function importOld<T>(root: string, commit: string, file: string): Promise<T> {
  return (await import(pathToFileURL(resolve(checkout(root, commit), file)).href)) as T;
}

function failure(commit: string, error: unknown): { ok: false; reason: string } {
  return { ok: false, reason: `previous version (${commit.slice(0, 7)}) not readable from git: ${(error as Error).message.split('\n')[0]}` };
}

export async function loadPreviousTagger(root: string, commit = PREVIOUS_MODEL_COMMIT): Promise<Previous<PreviousTagger>> {
  try {
    const load = await importOld<typeof import('../../lib/language/ner/load-model')>(root, commit, 'lib/language/ner/load-model.ts');
    const tagger = await importOld<typeof import('../../lib/language/ner/tagger')>(root, commit, 'lib/language/ner/tagger.ts');
    const loaded = load.loadNerModel();
    if (!loaded.ok) return { ok: false, reason: loaded.reason };
    return { ok: true, value: { commit, tagDocument: (sentences) => tagger.tagDocument(loaded.model, sentences) } };
  } catch (error) {
    return failure(commit, error);
  }
}

/** The old whole pipeline for one page (parse, extract, analyse), as its CLI printed it. */
export type PagePipeline = (html: string, url?: string) => Record<string, unknown>;

export async function loadPreviousPipeline(root: string, commit = PREVIOUS_MODEL_COMMIT): Promise<Previous<PagePipeline>> {
  try {
    const page = await importOld<{ analyseStory: PagePipeline }>(root, commit, 'scripts/lib/analyse-page.ts');
    return { ok: true, value: page.analyseStory };
  } catch (error) {
    return failure(commit, error);
  }
}
