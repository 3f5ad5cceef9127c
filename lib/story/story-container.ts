/**
 * Where the container Readability chose stood in the page, and how much of it Readability kept.
 *
 * Readability moves its container out of the page into an element of its own and cleans it there.
 * The index the cleaning rules built before Readability ran still knows every element's place and
 * text, so the container is found again as the lowest walked element holding everything Readability
 * kept. (When Readability had to retry, it re-parsed the page and nothing it kept is known: null.)
 */
import type { PageIndex } from './clean/page-index';
import { nonWhitespaceLength } from './clean/dom-utils';

export interface ChosenContainer {
  /** The container as the index walked it (its subtree may since have been cleaned by Readability). */
  element: Element;
  /** Non-space characters of the container when it was walked (after the rules that run before Readability). */
  walkedChars: number;
  /** Non-space characters Readability kept. */
  keptChars: number;
}

export function chosenContainer(content: Element, index: PageIndex): ChosenContainer | null {
  const known = walkedElementsIn(content, index);
  if (known.length === 0) return null;
  const element = known.length === 1 ? known[0] : lowestCommonWalkedAncestor(known, index);
  if (!element) return null;
  return { element, walkedChars: index.get(element).chars, keptChars: nonWhitespaceLength(content.textContent ?? '') };
}

/** The outermost walked elements in the content (each stands for its whole subtree). */
function walkedElementsIn(content: Element, index: PageIndex): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [content];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== content && index.knows(el)) {
      out.push(el);
      continue;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

function lowestCommonWalkedAncestor(elements: Element[], index: PageIndex): Element | null {
  const chainOf = (el: Element) => {
    const chain: Element[] = [];
    for (let node: Element | null = el; node; node = index.walkedParent(node)) chain.push(node);
    return chain.reverse();
  };
  let common = chainOf(elements[0]);
  for (const el of elements.slice(1)) {
    const chain = chainOf(el);
    let n = 0;
    while (n < common.length && n < chain.length && common[n] === chain[n]) n++;
    common = common.slice(0, n);
  }
  return common[common.length - 1] ?? null;
}

