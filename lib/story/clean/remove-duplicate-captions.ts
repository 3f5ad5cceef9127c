/**
 * Captions printed twice, and captions outside their figure.
 *
 * News templates print a photo's caption again for a lightbox, a gallery slide, a second responsive
 * copy or a "featured caption" block (the seed page prints its lead caption twice, once under the
 * image and once in a gallery-slide block). We keep one caption per image, joined to its image as
 * <figure><img><figcaption>, so the reader shows it once and the story text (which skips figures)
 * never holds it: captions name people — photographers, officials in the photo — who are not in the story.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { ancestorWithTag, classAndId, descendantsNamed, firstDescendantNamed, hasMoreChildElements, textOf } from './dom-utils';
import { Holds, type PageIndex } from './page-index';

/** Class/id words that mark a caption or photo credit on most templates (not one site's names). */
const CAPTION_HINT = /(^|[\s_-])(caption|captions|cutline|figcaption|wp-caption-text|photo-?caption|image-?caption|media-?caption|img-?caption|legend)([\s_-]|$)/;
const CREDIT_HINT = /(^|[\s_-])(credit|credits|photo-?credit|image-?credit|media-?credit|copyright|byline-?photo)([\s_-]|$)/;
/** A caption usually ends with its credit in parentheses: "(Kiyoshi Ota / Pool Photo)", "(AP Photo/Evan Vucci)". */
export const CREDIT_TAIL = /\((?:[^()]*\b(?:photo|photos|foto|file|pool|images?|courtesy|staff|getty|reuters|afp|epa|shutterstock|ap)\b[^()]*|[^()/]{2,60}\/[^()]{2,60})\)\s*$/i;
/** Shortest text worth comparing: below this, equal texts ("AP", "Photo") are not evidence of a copy. */
const MIN_CAPTION_CHARS = 20;

/** Cheap test before reading the text: a credit tail "(…)" makes the block's last character ")". */
function endsWithParenthesis(el: Element): boolean {
  // Depth-first from the end: the first non-blank text met is the block's last text.
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').trimEnd();
      if (value) return value.endsWith(')');
    } else if (node.nodeType === 1) {
      for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
    }
  }
  return false;
}

export function isCaptionCandidate(el: Element): boolean {
  if (el.tagName === 'FIGCAPTION') return true;
  const hints = classAndId(el);
  return CAPTION_HINT.test(hints);
}

/** For descendantsNamed (querySelector and querySelectorAll compile their selector on every call in Node DOM libraries). */
const IMG: ReadonlySet<string> = new Set(['img']);

/** The image this caption belongs to: in the same figure, or just before it in the same box. */
function imageFor(caption: Element): Element | null {
  const figure = ancestorWithTag(caption, 'FIGURE');
  if (figure) return firstDescendantNamed(figure, 'img');
  for (let box: Element | null = caption, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
    for (let prev = box.previousElementSibling, steps = 0; prev && steps < 2; prev = prev.previousElementSibling, steps++) {
      const img = prev.tagName === 'IMG' ? prev : firstDescendantNamed(prev, 'img');
      if (img) return img;
    }
    if (box.parentElement && descendantsNamed(box.parentElement, IMG).length === 1 && depth < 2) {
      const img = firstDescendantNamed(box.parentElement, 'img');
      if (img && !box.contains(img)) return img;
    }
  }
  return null;
}

/** Join a caption to its image as <figure><img><figcaption>, where the image stood. */
function joinToImage(caption: Element, img: Element, index: PageIndex): void {
  const doc = caption.ownerDocument;
  if (caption.tagName === 'FIGCAPTION' && ancestorWithTag(caption, 'FIGURE')?.contains(img)) return;
  // The image moves and the caption leaves, outside index.remove(): the index reads the DOM from now on.
  index.elementsMoved();
  const figure = doc.createElement('figure');
  const figcaption = doc.createElement('figcaption');
  figcaption.textContent = textOf(caption);
  const anchor = img.parentElement?.tagName === 'A' && img.parentElement.childElementCount === 1 ? img.parentElement : img;
  anchor.replaceWith(figure);
  figure.append(img, figcaption);
  caption.remove();
}

export function removeDuplicateCaptions(root: Element, context: CleaningContext): void {
  // Captions by markup or hint, plus blocks whose text ends with a photo credit.
  const index = context.index;
  const sized = index.select(['FIGCAPTION', 'P', 'DIV', 'SPAN', 'SMALL', 'EM', 'TD', 'DD', 'LI'], (s) => s.chars >= MIN_CAPTION_CHARS && s.chars <= 1500 && s.linkChars <= s.chars / 2);
  const candidates = sized.filter((el) => {
    if (isCaptionCandidate(el)) return true;
    if (hasMoreChildElements(el, 3) || index.contains(el, Holds.block) || !endsWithParenthesis(el)) return false;
    const text = index.textOf(el);
    return text.length >= MIN_CAPTION_CHARS && text.length <= 1500 && CREDIT_TAIL.test(text) && imageFor(el) !== null;
  });
  // Outermost candidate only: a hinted div around a <p> is one caption, not two.
  const captions = candidates.filter((el) => !candidates.some((other) => other !== el && index.isInside(el, other)));
  const captionTexts = new Set(captions.map((el) => index.textOf(el)));
  if (captionTexts.size === 0) return;
  // Compare texts only where the (cheap) lengths match: most blocks are ruled out without reading them.
  const captionLengths = new Set(captions.map((el) => index.get(el).chars));
  // Every copy of a caption's text, wherever it is printed (a plain <p> copy counts too).
  const copies = new Map<string, Element[]>();
  for (const el of captions) {
    const text = index.textOf(el);
    if (captionTexts.has(text)) copies.set(text, [...(copies.get(text) ?? []), el]);
  }
  for (const el of index.select(['P', 'DIV', 'SPAN', 'FIGCAPTION'], (s) => captionLengths.has(s.chars))) {
    if (captions.includes(el) || index.contains(el, Holds.block) || captions.some((c) => index.isInside(el, c) || index.isInside(c, el))) continue;
    const text = index.textOf(el);
    if (captionTexts.has(text)) copies.get(text)?.push(el);
  }
  for (const [, elements] of copies) {
    const ordered = elements.filter((el) => index.isPresent(el));
    if (ordered.length === 0) continue;
    const keeper = ordered.find((el) => imageFor(el) !== null) ?? ordered[0];
    for (const copy of ordered) if (copy !== keeper) removeBlock(copy, 'duplicate-caption', context);
    const img = imageFor(keeper);
    if (img) joinToImage(keeper, img, index);
    // A caption whose image is gone (a script-built gallery, a removed video) would read as story text.
    else if (!ancestorWithTag(keeper, 'FIGURE')) removeBlock(keeper, 'caption', context);
  }
  // Credits alone ("Photo: Jane Doe / Reuters") are not story text either.
  for (const el of index.select(['P', 'DIV', 'SPAN', 'SMALL'], (s) => s.chars > 0 && s.chars <= 200)) {
    if (!CREDIT_HINT.test(classAndId(el)) || !index.isPresent(el) || ancestorWithTag(el, 'FIGURE')) continue;
    const text = index.textOf(el);
    if (text && text.split(' ').length <= 12) removeBlock(el, 'credit', context);
  }
}

export const duplicateCaptionsRule: CleaningRule = { id: 'duplicate-captions', apply: removeDuplicateCaptions };
