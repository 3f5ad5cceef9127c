/**
 * The engine as `npm run bench -- --browser` runs it inside a Chromium tab: the same
 * lib/story/extract-story.ts the extension injects (entrypoints/extract-story.ts), bundled by
 * scripts/lib/browser/engine-bundle.ts, called on the tab's own document. The page URL is passed in,
 * as the Node path passes it, because the tab's location is the local server's.
 */
import Readability from '@mozilla/readability/Readability.js';
import { extractStory } from '../../../lib/story/extract-story';
import type { ExtractResult } from '../../../lib/story/types';

export interface BrowserEngineAnswer {
  ok: boolean;
  text: string;
  reason: string;
  detail: string;
  /** Wall-clock ms in the tab (the browser offers no CPU clock): the engine's fastest of `repeat` runs. */
  ms: number;
  /** The same for Readability alone (clone + parse, as the Node bench times it), runs alternating with the engine's. */
  readabilityMs: number;
}

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
};

(globalThis as unknown as { ledeBenchExtract: (url: string, repeat?: number) => BrowserEngineAnswer }).ledeBenchExtract = (url, repeat = 1) => {
  // No time budget: as in the Node bench, the question is what the engine extracts.
  const engine = () => extractStory(document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
  const readability = () => {
    try {
      return new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      return '';
    }
  };
  // Fastest of `repeat` runs each, alternating which goes first, as in the Node bench (runPage): a
  // garbage collection left over from one lands in some run of the other, not in its best one.
  let first: ExtractResult | undefined;
  let ms = Infinity;
  let readabilityMs = Infinity;
  for (let k = 0; k < Math.max(1, repeat); k++) {
    const order = k % 2 === 0 ? ['engine', 'readability'] : ['readability', 'engine'];
    for (const which of order) {
      if (which === 'engine') {
        const run = timed(engine);
        first ??= run.value;
        ms = Math.min(ms, run.ms);
      } else {
        readabilityMs = Math.min(readabilityMs, timed(readability).ms);
      }
    }
  }
  const result = first!;
  return result.ok
    ? { ok: true, text: result.story.text, reason: '', detail: '', ms, readabilityMs }
    : { ok: false, text: '', reason: result.reason, detail: result.detail ?? '', ms, readabilityMs };
};

/** The engine's whole result, as the extension page receives it from the injected script (the page-type bench). */
(globalThis as unknown as { ledeBenchExtractResult: (url: string) => ExtractResult }).ledeBenchExtractResult = (url) =>
  extractStory(document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
