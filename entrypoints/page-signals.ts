import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageSignals } from '../lib/story/page-type/page-signals';

/**
 * Injected into the clicked tab after the story engine (`/extract-story.js`): reads what the page
 * shows about its kind (schema types, cards, prices, posts, code; see page-signals.ts) and returns
 * those numbers. The extension page classifies them with the engine's result (page-type-stage.ts).
 * A script of its own because the engine's is at its size goal; it only reads the page.
 */
export default defineUnlistedScript(() => readPageSignals(document, location.href));
