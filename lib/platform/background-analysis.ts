import { browser } from 'wxt/browser';
import type { AnalyseOptions, StoryAnalysis, StoryText } from '../language/analyse-story';
import type { Story } from '../story/types';

/**
 * The language stage runs in the background service worker, which outlives the popup: the entity
 * model is decoded once there and its code stays compiled, instead of once per popup opened.
 * Pages ask with a message. There is no copy of the language stage in the pages themselves (it
 * would ship the 1.4 MB model twice): if the worker can't answer, the page shows no summary and
 * no actors, and says so, rather than nothing at all.
 */
export const ANALYSE_MESSAGE = 'lede:analyse';
export const WARM_MESSAGE = 'lede:warm-language';

export interface AnalyseRequest {
  type: typeof ANALYSE_MESSAGE;
  story: StoryText;
  options: AnalyseOptions;
  /** 'summary': only the summary, which needs no entity model (fast in a worker just started). */
  part?: 'summary';
}

/** Ask the worker to load the model and compile the language stage now, while the tab is still being read. */
export function warmLanguageStage(): void {
  browser.runtime.sendMessage({ type: WARM_MESSAGE }).catch(() => undefined);
}

export async function analyseInBackground(story: Story, options: AnalyseOptions, part?: 'summary'): Promise<StoryAnalysis> {
  // Two tries: a worker that the browser is just restarting can refuse the first message
  // ("Receiving end does not exist"); a worker that answered "failed" is not asked again.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Only what the language stage reads: the story's html, images and removed blocks stay here.
      const text: StoryText = { title: story.title, text: story.text, lang: story.lang, blocks: story.blocks };
      const request: AnalyseRequest = { type: ANALYSE_MESSAGE, story: text, options, ...(part ? { part } : {}) };
      const answer = (await browser.runtime.sendMessage(request)) as { ok: true; analysis: StoryAnalysis } | { ok: false } | undefined;
      if (answer && answer.ok) return answer.analysis;
      if (answer && !answer.ok) break;
    } catch {
      // Not reachable now: try once more.
    }
  }
  // The caller shows the story without summary and actors.
  return {};
}

/**
 * The worker's side: answers analyse and warm-up messages from Lede's own pages. `analyse` and
 * `warm` are passed in so the worker imports the language stage statically (service workers
 * can't `import()`).
 */
export function answerAnalysisRequests(
  analyse: (story: StoryText, options: AnalyseOptions) => StoryAnalysis,
  warm: () => void,
  summarise: (story: StoryText, options: AnalyseOptions) => string[] | undefined = (story, options) => analyse(story, options).summary,
  /** What must be done before the entity model is first decoded (its file read: model-file.ts). */
  beforeModel: () => Promise<void> = () => Promise.resolve(),
): void {
  // runtime.onMessage only hears Lede's own pages and scripts (web pages would need
  // externally_connectable and arrive on onMessageExternal), so the sender needs no check.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (type === WARM_MESSAGE) {
      void beforeModel().then(() => {
        try {
          warm();
        } catch {
          // A model that fails to load fails again, visibly, when a page analyses.
        }
        sendResponse({ ok: true });
      });
      return true;
    }
    if (type !== ANALYSE_MESSAGE) return undefined;
    const request = message as AnalyseRequest;
    const answer = () => {
      try {
        if (request.part === 'summary') {
          const summary = summarise(request.story, request.options ?? {});
          sendResponse({ ok: true, analysis: summary ? { summary } : {} });
        } else sendResponse({ ok: true, analysis: analyse(request.story, request.options ?? {}) });
      } catch {
        sendResponse({ ok: false });
      }
    };
    // The summary needs no model: answered at once.
    if (request.part === 'summary') answer();
    else void beforeModel().then(answer);
    // `true` says "a response comes": harmless after answering at once, and what Firefox and the
    // test fake need to pass the answer back.
    return true;
  });
}
