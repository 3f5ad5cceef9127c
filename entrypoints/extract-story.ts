import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractStory } from '../lib/story/extract-story';
import type { EnabledRules } from '../lib/story/clean/run-cleaning-rules';
import { CLEANING_RULES_GLOBAL } from '../lib/platform/cleaning-rules-global';

/**
 * Injected into the clicked tab by `scripting.executeScript({ files: ['/extract-story.js'] })`;
 * the value of main() is the injection's result. The engine works on a clone: the page is not
 * changed. Sanitising happens in the extension page that renders the HTML, which keeps this
 * script small (DOMPurify stays out of it).
 *
 * Cleaning rules the user turned off arrive as a global set just before, in the extension's
 * isolated world (the page can't see or set it); it is read once and removed.
 */
export default defineUnlistedScript(() => {
  // When the engine ran in the page (epoch ms): the e2e run's account of where a click's time goes.
  const start = Date.now();
  const scope = globalThis as Record<string, unknown>;
  const rules = scope[CLEANING_RULES_GLOBAL] as EnabledRules | undefined;
  delete scope[CLEANING_RULES_GLOBAL];
  const result = extractStory(document, { url: location.href, sanitizeHtml: (html) => html, rules });
  return Object.assign(result, { engineRun: { start, end: Date.now() } });
});
