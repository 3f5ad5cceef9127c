import type { StoryImage } from './types';
import { normalizeSpace } from './clean/dom-utils';
import { ancestorWithTag, descendantsNamed } from './clean/dom-utils';

/** Named for descendantsNamed: a selector would be compiled on every call in Node's DOM libraries. */
const IMG: ReadonlySet<string> = new Set(['img']);

/** The story's images with their one caption each (the cleaning rules joined captions to images). */
export function storyImages(container: Element, baseUrl?: string): StoryImage[] {
  const images: StoryImage[] = [];
  const seen = new Set<string>();
  for (const img of descendantsNamed(container, IMG)) {
    const raw = img.getAttribute('src') ?? '';
    if (!raw || raw.startsWith('data:')) continue;
    let src = raw;
    try {
      src = new URL(raw, baseUrl).href;
    } catch {
      // Relative URL without a base (a file on disk): keep it as written.
    }
    // Public output: only http(s) images (a hostile page can put javascript: or data: in src).
    if (!/^https?:\/\//i.test(src) || seen.has(src)) continue;
    seen.add(src);
    const figcaption = ancestorWithTag(img, 'FIGURE')?.getElementsByTagName('figcaption')[0];
    images.push({ src, alt: img.getAttribute('alt') ?? '', caption: normalizeSpace(figcaption?.textContent ?? '') });
  }
  return images;
}
