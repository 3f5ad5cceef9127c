/**
 * `npm run bench:stages -- --browser`: the engine's stages timed in a Chromium tab, on the tab's own
 * document (engine-stages.ts), bundled and minified as the extension's injected script is. The only
 * engine in the tab (the session injects this bundle instead of engine-entry.ts), as in the product.
 */
import { timeEngineOnce, timeEngineStages, timeReadabilityOnce, type StageTimes } from '../engine-stages';

const clock = () => performance.now();
const tab = globalThis as unknown as {
  ledeBenchStages: (url: string, repeat: number) => StageTimes;
  ledeBenchEngineOnce: (url: string) => ReturnType<typeof timeEngineOnce>;
  ledeBenchReadabilityOnce: () => number;
};
tab.ledeBenchStages = (url, repeat) => timeEngineStages(document, url, repeat, clock);
// `--cold`: one run each, in a tab that has run nothing of Lede's before (see bench-stages.ts).
tab.ledeBenchEngineOnce = (url) => timeEngineOnce(document, url, clock);
tab.ledeBenchReadabilityOnce = () => timeReadabilityOnce(document, clock);
