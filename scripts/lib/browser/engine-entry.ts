/**
 * The engine as `npm run bench -- --browser` runs it inside a Chromium tab: the same
 * lib/story/extract-story.ts the extension injects (entrypoints/extract-story.ts), bundled by
 * scripts/lib/browser/engine-bundle.ts, called on the tab's own document. The page URL is passed in,
 * as the Node path passes it, because the tab's location is the local server's.
 */
import { extractStory } from '../../../lib/story/extract-story';
import type { EnabledRules } from '../../../lib/story/clean/run-cleaning-rules';
import type { ExtractResult } from '../../../lib/story/types';
import { fastestAlternating, readabilityAloneText } from '../engine-against-readability';

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

(globalThis as unknown as { ledeBenchExtract: (url: string, repeat?: number, rules?: EnabledRules) => BrowserEngineAnswer }).ledeBenchExtract = (url, repeat = 1, rules = {}) => {
  // No time budget: as in the Node bench, the question is what the engine extracts. Timed as the Node
  // bench times it (engine-against-readability.ts), on the tab's clock.
  const { engine, readability } = fastestAlternating(
    repeat,
    () => performance.now(),
    () => extractStory(document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY, rules }),
    () => readabilityAloneText(document),
  );
  const result = engine.value;
  const ms = engine.ms;
  const readabilityMs = readability.ms;
  return result.ok
    ? { ok: true, text: result.story.text, reason: '', detail: '', ms, readabilityMs }
    : { ok: false, text: '', reason: result.reason, detail: result.detail ?? '', ms, readabilityMs };
};

/** The engine's whole result, as the extension page receives it from the injected script (the page-type bench). */
(globalThis as unknown as { ledeBenchExtractResult: (url: string) => ExtractResult }).ledeBenchExtractResult = (url) =>
  extractStory(document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
