/**
 * Every element under a root, in document order, with its text length and linked-text length —
 * measured in one walk and shared by all cleaning rules.
 *
 * The rules ask "how much text, how much of it in links?" of many elements. Asking each element for
 * its textContent, or running querySelectorAll once per rule, walks the same subtrees again and
 * again (quadratic on deep pages such as 20,000 nested divs, and slow in Node's DOM libraries).
 * One iterative walk answers everything in linear time, without recursion (no stack overflow on
 * deep pages). Removing a block through `remove()` keeps the ancestors' numbers exact.
 */
export interface TextStats {
  /** Characters of non-whitespace text below the element. */
  chars: number;
  /** Of those, characters inside <a> elements. */
  linkChars: number;
  /** What the subtree holds (the Holds.* bits): lets rules skip most elements without a query. */
  holds: number;
  /** The raw text, kept only for short elements (labels, captions, bylines); undefined past SHORT_TEXT chars. */
  text?: string;
}

/** Bits of TextStats.holds. */
export const Holds = { link: 1, image: 2, heading: 4, paragraph: 8, form: 16, figure: 32 } as const;
const HOLDS_BY_TAG: Record<string, number> = {
  A: Holds.link, IMG: Holds.image, PICTURE: Holds.image, H1: Holds.heading, H2: Holds.heading, H3: Holds.heading,
  H4: Holds.heading, H5: Holds.heading, H6: Holds.heading, P: Holds.paragraph, FORM: Holds.form, INPUT: Holds.form,
  BUTTON: Holds.form, FIGURE: Holds.figure,
};
/** Longest text kept in the index; longer elements are read from the DOM when a rule needs them. */
const SHORT_TEXT = 1600;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);
const NO_STATS: TextStats = { chars: 0, linkChars: 0, holds: 0 };

export class PageIndex {
  /** All elements under the root (root first), in document order. */
  readonly elements: Element[] = [];
  /** Upper-case tag name of each element, same order as `elements`. */
  private readonly tags: string[] = [];
  private readonly stats = new Map<Element, TextStats>();
  private readonly removed = new Set<Element>();

  constructor(readonly root: Element) {
    this.measure();
  }

  get(el: Element): TextStats {
    return this.stats.get(el) ?? NO_STATS;
  }

  linkDensity(el: Element): number {
    const s = this.get(el);
    return s.chars === 0 ? 0 : s.linkChars / s.chars;
  }

  /** Elements with one of these (upper-case) tag names, still in the tree, in document order. */
  byTag(...tags: string[]): Element[] {
    const wanted = new Set(tags);
    return this.elements.filter((el, i) => wanted.has(this.tags[i]) && this.isPresent(el));
  }

  /** Normalised text of an element: from the index when short, else from the DOM. */
  textOf(el: Element): string {
    const raw = this.get(el).text ?? el.textContent ?? '';
    return raw.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  }

  holds(el: Element, what: number): boolean {
    return (this.get(el).holds & what) !== 0;
  }

  /** Still under the root: neither it nor an ancestor was removed. */
  isPresent(el: Element): boolean {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (this.removed.has(node)) return false;
      if (node === this.root) return true;
    }
    return false;
  }

  /** Remove an element and subtract its text from its ancestors' numbers. */
  remove(el: Element): void {
    const { chars, linkChars } = this.get(el);
    for (let node = el.parentElement; node; node = node.parentElement) {
      const s = this.stats.get(node);
      // Text and flags of ancestors go stale (they only shrink); the rules read them only for small elements.
      if (s) this.stats.set(node, { ...s, chars: s.chars - chars, linkChars: s.linkChars - linkChars, text: undefined });
      if (node === this.root) break;
    }
    this.removed.add(el);
    el.remove();
  }

  private measure(): void {
    // Pre-order for the element list, post-order for the numbers, in one loop with an explicit stack.
    const stack: { el: Element; visited: boolean }[] = [{ el: this.root, visited: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top.visited) {
        top.visited = true;
        this.elements.push(top.el);
        this.tags.push(top.el.tagName.toUpperCase());
        for (let child = top.el.lastElementChild; child; child = child.previousElementSibling) {
          if (!SKIPPED.has(child.tagName.toUpperCase())) stack.push({ el: child, visited: false });
        }
        continue;
      }
      stack.pop();
      const el = top.el;
      const tag = el.tagName.toUpperCase();
      let chars = 0;
      let linkChars = 0;
      let holds = HOLDS_BY_TAG[tag] ?? 0;
      let text: string | undefined = '';
      for (let node = el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3) {
          const value = node.nodeValue ?? '';
          chars += countNonSpace(value);
          if (text !== undefined) text = text.length + value.length > SHORT_TEXT * 4 ? undefined : text + value;
        } else if (node.nodeType === 1) {
          const child = this.stats.get(node as Element);
          if (child) {
            chars += child.chars;
            linkChars += child.linkChars;
            holds |= child.holds;
            if (text !== undefined) text = child.text === undefined ? undefined : text + child.text;
          }
        }
      }
      if (tag === 'A') linkChars = chars;
      this.stats.set(el, { chars, linkChars, holds, text: chars <= SHORT_TEXT ? text : undefined });
    }
  }
}

export function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160 && c !== 12) n++;
  }
  return n;
}
