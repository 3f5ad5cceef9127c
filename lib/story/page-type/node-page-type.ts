import type { ExtractResult } from '../types';
import { readPageSignals } from './page-signals';
import { applyPageType } from './page-type-stage';

/**
 * The page-type stage where the engine and the document are in one place (Node: the CLI, the
 * benchmarks, the tests): read the page's signals from the document, then apply the stage. Pass it
 * as extractStory's `pageType` option.
 */
export function pageTypeStage(doc: Document, url: string | undefined, result: ExtractResult): ExtractResult {
  return applyPageType(result, readPageSignals(doc, url ?? ''));
}
