/**
 * The story engine run in headless Chromium on corpus pages, one page load per file (scripts/lib/
 * chromium-pages.ts says how pages are loaded and why: JavaScript on for the parser, the page's own
 * scripts blocked by CSP, no request leaving the machine). A page with a web address is loaded at that
 * address, its navigation answered from memory, so that the document's URL is the page's as in the
 * reader's tab; others come from a server on 127.0.0.1. The page's text is what the Node path parses
 * (readPageFile), served as UTF-8.
 */
import { launchPageBrowser, startPageServer } from '../chromium-pages';
import { readPageFile } from '../read-pages';
import { engineBundle, pageSignalsBundle, stagesBundle } from './engine-bundle';
import type { BrowserEngineAnswer } from './engine-entry';
import type { EnabledRules } from '../../../lib/story/clean/run-cleaning-rules';

export interface BrowserJob {
  id: string;
  /** The page file (read as the Node path reads it), or the page's text itself. */
  file?: string;
  html?: string;
  /** The page's own URL, given to the engine as the Node path gives it. */
  url: string;
}

export interface BrowserRun extends BrowserEngineAnswer {
  id: string;
  /** The page could not be loaded or the engine could not be called (not an engine result). */
  error?: string;
}

export interface BrowserSession {
  /**
   * The engine on each page; `repeat` > 1 also times it against Readability alone (fastest of `repeat` runs each).
   * `rules`: cleaning rules to turn off, as extractStory takes them (all run by default).
   */
  run(jobs: BrowserJob[], repeat?: number, rules?: EnabledRules): Promise<BrowserRun[]>;
  /**
   * Load each page and evaluate `expression(job)` in its tab (the bundles' globals are defined there):
   * the value, or `error` when the page could not be loaded or the call threw.
   */
  evaluate<T>(jobs: BrowserJob[], expression: (job: BrowserJob) => string): Promise<{ id: string; value?: T; error?: string }[]>;
  /** Requests refused because they were not the page itself (none leaves 127.0.0.1). */
  refused: string[];
  /** Chromium's version. */
  version: string;
  close(): Promise<void>;
}

/**
 * `pageSignals`: also define the page-type signals' `ledeBenchPageSignals(url)` in every tab.
 * `stages`: the engine's stage timer (`ledeBenchStages` and the rest of browser/stages-entry.ts)
 * instead of `ledeBenchExtract`, so that the tab holds one engine, as in the product; `run` is then unavailable.
 */
export async function startBrowserSession(options: { pageSignals?: boolean; stages?: boolean } = {}): Promise<BrowserSession> {
  const [bundle, signalsBundle, server, browser] = await Promise.all([
    options.stages ? stagesBundle() : engineBundle(),
    options.pageSignals ? pageSignalsBundle() : Promise.resolve(''),
    startPageServer(),
    launchPageBrowser(),
  ]);
  // Injected into every new document before anything of the page runs (not subject to the page's CSP).
  await browser.context.addInitScript({ content: bundle });
  if (signalsBundle) await browser.context.addInitScript({ content: signalsBundle });
  // At the page's own address when it has one, as the extension reads it (chromium-pages.ts `open`).
  const load = (job: BrowserJob) => {
    const read = () => job.html ?? readPageFile(job.file!);
    return isWebAddress(job.url) ? browser.open(job.url, read) : browser.open(server.add(read));
  };
  const evaluate = async <T>(jobs: BrowserJob[], expression: (job: BrowserJob) => string) => {
    const answers: { id: string; value?: T; error?: string }[] = [];
    for (const job of jobs) {
      try {
        const tab = await load(job);
        answers.push({ id: job.id, value: (await tab.evaluate(expression(job))) as T });
      } catch (error) {
        answers.push({ id: job.id, error: (error as Error).message.split('\n')[0] });
      }
    }
    return answers;
  };
  return {
    refused: browser.refused,
    version: browser.browser.version(),
    evaluate,
    async run(jobs, repeat = 1, rules = {}) {
      const answers = await evaluate<BrowserEngineAnswer>(jobs, (job) => `ledeBenchExtract(${JSON.stringify(job.url)}, ${repeat}, ${JSON.stringify(rules)})`);
      return answers.map(({ id, value, error }) =>
        error === undefined ? { id, ...value! } : { id, ok: false, text: '', reason: '', detail: '', ms: 0, readabilityMs: 0, error },
      );
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
