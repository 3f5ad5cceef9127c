import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wholePageStory } from './whole-page-story';

/** "Open in reader anyway": the whole page's readable content, when the engine found no story. */
export default defineUnlistedScript(() => wholePageStory(document));
