import type { ExtractResult, Story } from '../../lib/story/types';
import { blocksText, countWords, readingMinutes, storyBlocks } from '../../lib/story/story-text';

/** Elements that are never reading matter; dropped from the clone before it is serialised. */
const NOT_CONTENT = 'script, style, noscript, template, iframe, object, embed, nav, form, button, input, select, textarea, svg, canvas, video, audio';

/**
 * The page's main region (or body), cloned, without scripts and chrome, as a Story. The HTML is
 * sanitised again by the reader before it is shown. Never throws.
 */
export function wholePageStory(doc: Document): ExtractResult {
  try {
    const region = doc.querySelector('main, [role="main"], article') ?? doc.body;
    if (!region) return { ok: false, reason: 'empty document' };
    const clone = region.cloneNode(true) as Element;
    clone.querySelectorAll(NOT_CONTENT).forEach((el) => el.remove());
    const blocks = storyBlocks(clone);
    const text = blocksText(blocks);
    const wordCount = countWords(text);
    const dirAttribute = (doc.documentElement.getAttribute('dir') ?? '').toLowerCase();
    const dir: Story['dir'] = dirAttribute === 'rtl' ? 'rtl' : dirAttribute === 'ltr' ? 'ltr' : '';
    // Built as a plain object, then typed: fields the Story type may gain later (e.g. `dateline`)
    // are given here already without breaking the build against the older type.
    const fields = {
      // The user asked for the page as it is: no type is claimed for it.
      pageType: 'article' as const,
      isNews: false,
      title: doc.title.trim() || doc.location?.hostname || 'Untitled page',
      byline: '',
      siteName: doc.location?.hostname ?? '',
      publishedTime: '',
      lang: doc.documentElement.lang ?? '',
      dir,
      excerpt: '',
      text,
      blocks,
      html: clone.innerHTML,
      images: [] as Story['images'],
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      removed: [] as Story['removed'],
      dateline: '',
    };
    const story: Story = fields;
    return { ok: true, story };
  } catch (error) {
    return { ok: false, reason: 'extraction failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
