/**
 * Where the engine's time goes, stage by stage, shared by `npm run bench:stages` in Node (CPU clock)
 * and in the Chromium tab (browser/stages-entry.ts, the tab's clock). The engine tells each stage's
 * name as it ends (ExtractOptions.onStage); Readability alone runs on the same document beside it,
 * the order alternating, as engine-against-readability.ts times the two.
 *
 * Mean over the runs, not the fastest: a stage takes a few hundredths of a millisecond, under the
 * tab clock's resolution, and the mean of many runs is the unbiased estimate; the fastest of each
 * stage would add up to less than any whole run.
 */
import { extractStory } from '../../lib/story/extract-story';
import { alternating, readabilityAloneText } from './engine-against-readability';

export interface StageTimes {
  /** Mean ms per run of each stage, in the order the stages first ended. */
  stages: Record<string, number>;
  /** Mean ms per run of the whole engine (the stages together, and the little between them). */
  engine: number;
  /** Mean ms per run of Readability alone (clone + parse), on the same document. */
  readability: number;
}

/** One run of the engine, each stage timed: the stages' ms and the whole run's. */
export function timeEngineOnce(doc: Document, url: string, clock: () => number): { stages: Record<string, number>; engine: number } {
  const stages: Record<string, number> = {};
  let last = clock();
  const started = last;
  extractStory(doc, {
    url,
    sanitizeHtml: (html) => html,
    timeBudgetMs: Number.POSITIVE_INFINITY,
    onStage: (stage) => {
      const now = clock();
      stages[stage] = (stages[stage] ?? 0) + now - last;
      last = now;
    },
  });
  return { stages, engine: clock() - started };
}

/** One run of Readability alone (clone + parse), in ms. */
export function timeReadabilityOnce(doc: Document, clock: () => number): number {
  const started = clock();
  readabilityAloneText(doc);
  return clock() - started;
}

/**
 * `repeat` runs of each, alternating which goes first (engine-against-readability.ts): the means. One
 * run of each comes first and is not counted: the first run on a page pays for compiling (code not yet
 * optimised, regular expressions compiled in each new renderer), which `--cold` measures on its own;
 * counted among the warm runs it made the stages that compile most look several times their warm cost
 * (calls to action: 24 % of Readability in the tab, about 4.5 % once warm).
 */
export function timeEngineStages(doc: Document, url: string, repeat: number, clock: () => number): StageTimes {
  timeEngineOnce(doc, url, clock);
  timeReadabilityOnce(doc, clock);
  const stages: Record<string, number> = {};
  let engine = 0;
  let readability = 0;
  const runs = Math.max(1, repeat);
  alternating(
    runs,
    () => {
      const run = timeEngineOnce(doc, url, clock);
      for (const [stage, ms] of Object.entries(run.stages)) stages[stage] = (stages[stage] ?? 0) + ms;
      engine += run.engine;
    },
    () => {
      readability += timeReadabilityOnce(doc, clock);
    },
  );
  for (const stage of Object.keys(stages)) stages[stage] /= runs;
  return { stages, engine: engine / runs, readability: readability / runs };
}
