import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractStory } from '../lib/story/extract-story';

/**
 * Injected into the clicked tab by `scripting.executeScript({ files: ['/extract-story.js'] })`;
 * the value of main() is the injection's result. The engine works on a clone: the page is not
 * changed. Sanitising happens in the extension page that renders the HTML, which keeps this
 * script small (DOMPurify stays out of it).
 */
export default defineUnlistedScript(() =>
  extractStory(document, { url: location.href, sanitizeHtml: (html) => html }),
);
