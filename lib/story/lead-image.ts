import { ancestorWithTag, firstDescendantNamed } from './clean/dom-utils';

/**
 * The lead photo. News templates often put it above the headline, outside the column Readability
 * chooses (the semantic seed page does), so the reader view would lose it. Before Readability we
 * keep a copy of the figure whose image is the page's declared lead image (og:image); afterwards,
 * if the chosen container holds no image at all, that figure goes back on top — with its one caption.
 */
function fileName(src: string): string {
  return src.split(/[?#]/)[0].split('/').pop() ?? '';
}

/** `images`: the page's <img> elements (the cleaning index has them; the caption rule may have built their figure). */
export function findLeadFigure(images: Element[], declaredImage: string): Element | null {
  const wanted = fileName(declaredImage.trim());
  if (!wanted) return null;
  for (const img of images) {
    const figure = ancestorWithTag(img, 'FIGURE');
    if (figure && fileName(img.getAttribute('src') ?? '') === wanted) return figure.cloneNode(true) as Element;
  }
  return null;
}

export function restoreLeadFigure(container: Element, figure: Element | null): void {
  if (!figure || firstDescendantNamed(container, 'img')) return;
  container.insertBefore(figure, container.firstChild);
}
