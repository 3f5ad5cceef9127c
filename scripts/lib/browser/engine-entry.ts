/**
 * The engine as `npm run bench -- --browser` runs it inside a Chromium tab: the same
 * lib/story/extract-story.ts the extension injects (entrypoints/extract-story.ts), bundled by
 * scripts/lib/browser/engine-bundle.ts, called on the tab's own document. The page URL is passed in,
 * as the Node path passes it, because the tab's location is the local server's.
 */
import { extractStory } from '../../../lib/story/extract-story';
import type { ExtractResult } from '../../../lib/story/types';

export interface BrowserEngineAnswer {
  ok: boolean;
  text: string;
  reason: string;
  detail: string;
  /** Wall-clock ms in the tab (the browser offers no CPU clock). */
  ms: number;
}

(globalThis as unknown as { ledeBenchExtract: (url: string) => BrowserEngineAnswer }).ledeBenchExtract = (url) => {
  const started = performance.now();
  // No time budget: as in the Node bench, the question is what the engine extracts.
  const result = extractStory(document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
  const ms = performance.now() - started;
  return result.ok
    ? { ok: true, text: result.story.text, reason: '', detail: '', ms }
    : { ok: false, text: '', reason: result.reason, detail: result.detail ?? '', ms };
};

/** The engine's whole result, as the extension page receives it from the injected script (the page-type bench). */
(globalThis as unknown as { ledeBenchExtractResult: (url: string) => ExtractResult }).ledeBenchExtractResult = (url) =>
  extractStory(document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
