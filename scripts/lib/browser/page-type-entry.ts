/**
 * The page-signals script as `npm run bench -- --corpus page-type --browser` runs it inside a
 * Chromium tab: the same readPageSignals the extension injects (entrypoints/page-signals.ts), bundled
 * and minified by scripts/lib/browser/engine-bundle.ts as the extension's build does it, called on the
 * tab's own document. The page URL is passed in, as the Node path passes it, because the tab's
 * location is the local server's.
 */
import { readPageSignals, type PageSignals } from '../../../lib/story/page-type/page-signals';

(globalThis as unknown as { ledeBenchPageSignals: (url: string) => PageSignals }).ledeBenchPageSignals = (url) => readPageSignals(document, url);
