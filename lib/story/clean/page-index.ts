/**
 * Every element under a root, in document order, with its text length and linked-text length —
 * measured in one walk and shared by all cleaning rules.
 *
 * The rules ask "how much text, how much of it in links?" of many elements. Asking each element for
 * its textContent, or running querySelectorAll once per rule, walks the same subtrees again and
 * again (quadratic on deep pages such as 20,000 nested divs, and slow in Node's DOM libraries).
 * One iterative walk answers everything in linear time, without recursion (no stack overflow on
 * deep pages). Removing a block through `remove()` keeps the ancestors' numbers exact.
 *
 * The walk also records where each element's subtree ends in the list, so "which links are inside
 * this card?", "is this block inside that one?" and "is it still in the tree?" are answered from
 * arrays rather than by walking the DOM again. Those answers hold while the tree changes only through
 * `remove()`; a rule that moves elements itself says so (`elementsMoved()`), and from then on they
 * come from the DOM.
 */
import { descendantsNamed, nonWhitespaceLength, normalizeSpace, SHOW, upperTagName } from './dom-utils';

export interface TextStats {
  /** Characters of non-whitespace text below the element. */
  chars: number;
  /** Of those, characters inside <a> elements. */
  linkChars: number;
  /** What the subtree holds, the element itself included (the Holds.* bits): lets rules skip most elements without a query. */
  holds: number;
  /** The same for the descendants only ("does this block contain another block?"). */
  innerHolds: number;
}

/**
 * Bits of TextStats.holds. `unindexed`: an element the index passed over (an svg, a noscript, a kept
 * script), so questions about the elements inside this one are answered from the DOM.
 */
export const Holds = { link: 1, image: 2, heading: 4, paragraph: 8, form: 16, figure: 32, block: 64, unindexed: 128 } as const;
const HOLDS_BY_TAG: Record<string, number> = {
  A: Holds.link, IMG: Holds.image, PICTURE: Holds.image, H1: Holds.heading, H2: Holds.heading, H3: Holds.heading,
  H4: Holds.heading, H5: Holds.heading, H6: Holds.heading, P: Holds.paragraph, FORM: Holds.form, INPUT: Holds.form,
  BUTTON: Holds.form, FIGURE: Holds.figure | Holds.block,
};
for (const tag of ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'ASIDE']) {
  HOLDS_BY_TAG[tag] = (HOLDS_BY_TAG[tag] ?? 0) | Holds.block;
}


const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);
/** Of those, the ones that are never story and can leave the clone: Readability removes them anyway. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const NO_STATS: TextStats = { chars: 0, linkChars: 0, holds: 0, innerHolds: 0 };

/**
 * {the lower-case name} per upper-case tag, for descendantsNamed: what getElementsByTagName matches
 * in an HTML document, without linkedom upper-casing the name of every element it passes.
 */
const LOCAL_NAME_SETS = new Map<string, ReadonlySet<string>>();
function localNameSet(tag: string): ReadonlySet<string> {
  let set = LOCAL_NAME_SETS.get(tag);
  if (!set) {
    set = new Set([tag.toLowerCase()]);
    // The rules ask for a handful of tags; bounded all the same.
    if (LOCAL_NAME_SETS.size < 64) LOCAL_NAME_SETS.set(tag, set);
  }
  return set;
}

export class PageIndex {
  /** All elements under the root (root first), in document order. */
  readonly elements: Element[] = [];
  /** Upper-case tag name of each element, same order as `elements`. */
  private readonly tags: string[] = [];
  /** Numbers of each element, same order as `elements`. */
  private readonly statsAt: TextStats[] = [];
  /** Where each element's subtree ends in `elements` (one past its last descendant). */
  private readonly subtreeEnds: number[] = [];
  /** Place in `elements` of each element's parent when the page was walked (-1 for the root). */
  private readonly parentsAt: number[] = [];
  /** Each element's place in `elements`. */
  private readonly position = new Map<Element, number>();
  /** Removed through `remove()`, itself or with an ancestor, by place in `elements`. */
  private removedAt: Uint8Array = new Uint8Array(0);
  /** What `remove()` took out, for answering from the DOM once elements were moved. */
  private readonly removed = new Set<Element>();
  /** A rule moved elements itself: subtree ranges and `removedAt` no longer describe the tree. */
  private moved = false;
  private readonly texts = new Map<Element, string>();

  /** Subtrees `prune` took out of the tree during the walk, in document order. */
  readonly pruned: Element[] = [];

  /**
   * @param dropSkipped remove <script>, <style> and <template> from the tree while walking it: they
   *   are never story, Readability would remove them anyway, and doing it here costs nothing extra.
   * @param prune a subtree for which this returns true is neither walked nor indexed, and leaves the
   *   tree after the walk (listed in `pruned`): readers' comment threads, which can be most of a page.
   */
  constructor(
    readonly root: Element,
    private readonly dropSkipped = false,
    private readonly prune?: (el: Element, tag: string) => boolean,
  ) {
    this.measure();
  }

  get(el: Element): TextStats {
    const at = this.position.get(el);
    return at === undefined ? NO_STATS : this.statsAt[at];
  }

  linkDensity(el: Element): number {
    const s = this.get(el);
    return s.chars === 0 ? 0 : s.linkChars / s.chars;
  }

  /** Elements with one of these (upper-case) tag names, still in the tree, in document order. */
  byTag(...tags: string[]): Element[] {
    return this.select(tags, () => true);
  }

  /**
   * Elements with one of these tags whose numbers pass `test`, still in the tree. The test runs
   * first, on the index alone, so most elements are ruled out without touching the DOM.
   */
  select(tags: string[], test: (stats: TextStats) => boolean): Element[] {
    const wanted = new Set(tags);
    const out: Element[] = [];
    for (let i = 0; i < this.elements.length; i++) {
      if (!wanted.has(this.tags[i]) || !test(this.statsAt[i])) continue;
      const el = this.elements[i];
      if (this.moved ? this.isPresent(el) : this.removedAt[i] === 0) out.push(el);
    }
    return out;
  }

  /**
   * Elements with this (upper-case) tag below `el`, still in the tree, in document order: what
   * `el.getElementsByTagName(tag)` returns, read from the index when it can answer.
   */
  descendantsWithTag(el: Element, tag: string): Element[] {
    const at = this.position.get(el);
    if (at === undefined || this.moved || this.removedAt[at] !== 0 || (this.statsAt[at].innerHolds & Holds.unindexed) !== 0) {
      return descendantsNamed(el, localNameSet(tag));
    }
    const out: Element[] = [];
    const end = this.subtreeEnds[at];
    for (let i = at + 1; i < end; i++) {
      if (this.removedAt[i] !== 0) i = this.subtreeEnds[i] - 1;
      else if (this.tags[i] === tag) out.push(this.elements[i]);
    }
    return out;
  }

  /** `ancestor.contains(el)`: is `el` the ancestor itself or inside it? */
  isInside(el: Element, ancestor: Element): boolean {
    const at = this.position.get(el);
    const ancestorAt = this.position.get(ancestor);
    if (at === undefined || ancestorAt === undefined || this.moved || this.removedAt[at] !== 0 || this.removedAt[ancestorAt] !== 0) return ancestor.contains(el);
    return ancestorAt <= at && at < this.subtreeEnds[ancestorAt];
  }

  /**
   * A rule moved or detached elements without `remove()` (the caption rule builds figures): from now
   * on presence and descendants are read from the DOM, where the moves show.
   */
  elementsMoved(): void {
    this.moved = true;
  }

  /** Was this element walked (under the root, not inside a skipped or pruned subtree)? */
  knows(el: Element): boolean {
    return this.position.has(el);
  }

  /**
   * The parent an element had when the page was walked, whatever moved it since (Readability moves
   * the story's container out of the page into its own element): null for the root or an unknown element.
   */
  walkedParent(el: Element): Element | null {
    const at = this.position.get(el);
    const parentAt = at === undefined ? -1 : this.parentsAt[at];
    return parentAt < 0 ? null : this.elements[parentAt];
  }

  /** The element's place in the walk (-1 when unknown): two indexes of copies of one page, cleaned alike, agree on it. */
  placeOf(el: Element): number {
    return this.position.get(el) ?? -1;
  }

  /** Document order of two walked elements: negative when `a` came first. */
  compareWalked(a: Element, b: Element): number {
    return (this.position.get(a) ?? -1) - (this.position.get(b) ?? -1);
  }

  /** Does any descendant (not the element itself) hold one of these? */
  contains(el: Element, what: number): boolean {
    return (this.get(el).innerHolds & what) !== 0;
  }

  /**
   * Normalised text of an element, read from the DOM and remembered. Read lazily: rules ask only
   * for the few elements their numbers did not already rule out.
   */
  textOf(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = normalizeSpace(el.textContent ?? '');
      this.texts.set(el, text);
    }
    return text;
  }

  holds(el: Element, what: number): boolean {
    return (this.get(el).holds & what) !== 0;
  }

  /** Still under the root: neither it nor an ancestor was removed. */
  isPresent(el: Element): boolean {
    const at = this.moved ? undefined : this.position.get(el);
    if (at !== undefined) return this.removedAt[at] === 0;
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
      const at = this.position.get(node);
      // Flags of ancestors may go stale (they only lose bits), which at worst makes a rule look closer.
      if (at !== undefined) {
        const s = this.statsAt[at];
        this.statsAt[at] = { ...s, chars: s.chars - chars, linkChars: s.linkChars - linkChars };
      }
      this.texts.delete(node);
      if (node === this.root) break;
    }
    this.removed.add(el);
    const at = this.position.get(el);
    if (at !== undefined) this.removedAt.fill(1, at, this.subtreeEnds[at]);
    el.remove();
  }

  private measure(): void {
    // One TreeWalker pass in document order: the element list in pre-order, and each element's numbers
    // when the walk leaves it (post-order). Node DOM libraries compute firstChild, nextSibling and
    // tagName on every read; the walker is one tight loop there and the browser's own walk here.
    // `open` holds the elements from the root down to the current node's parent (a node's parent is
    // always the last one still open), with the totals of what has been walked under each so far.
    const root = this.root;
    const open: Element[] = [root];
    const openAt: number[] = [0];
    const openTags: string[] = [upperTagName(root)];
    const openChars: number[] = [0];
    const openLinkChars: number[] = [0];
    const openHolds: number[] = [0];
    let top = 0;
    /** Level in `open` of the element whose subtree is being passed over (script, style, a pruned thread), or -1. */
    let skipping = -1;
    const dropped: Element[] = [];
    this.elements.push(root);
    this.tags.push(openTags[0]);
    this.statsAt.push(NO_STATS);
    this.subtreeEnds.push(0);
    this.parentsAt.push(-1);
    // Leave the element at the top of `open`: record its numbers and add them to its parent's.
    const close = () => {
      if (skipping >= 0) {
        if (skipping === top) skipping = -1;
        top--;
        return;
      }
      const tag = openTags[top];
      const chars = openChars[top];
      const innerHolds = openHolds[top];
      const linkChars = tag === 'A' ? chars : openLinkChars[top];
      const holds = innerHolds | (HOLDS_BY_TAG[tag] ?? 0);
      const at = openAt[top];
      this.statsAt[at] = { chars, linkChars, holds, innerHolds };
      this.subtreeEnds[at] = this.elements.length;
      this.position.set(open[top], at);
      top--;
      if (top >= 0) {
        openChars[top] += chars;
        openLinkChars[top] += linkChars;
        openHolds[top] |= holds;
      }
    };
    const walker = root.ownerDocument.createTreeWalker(root, SHOW.element | SHOW.text);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentNode;
      while (top > 0 && open[top] !== parent) close();
      if (node.nodeType !== 1) {
        if (skipping < 0) openChars[top] += nonWhitespaceLength(node.nodeValue ?? '');
        continue;
      }
      const el = node as Element;
      top++;
      open[top] = el;
      if (skipping >= 0) continue;
      const tag = upperTagName(el);
      if (this.prune?.(el, tag)) {
        this.pruned.push(el);
        skipping = top;
      } else if (SKIPPED.has(tag)) {
        // JSON-LD stays: Readability reads the story's metadata (author, date) from it.
        if (this.dropSkipped && DROPPED.has(tag) && !/json/i.test(el.getAttribute('type') ?? '')) dropped.push(el);
        else openHolds[top - 1] |= Holds.unindexed;
        skipping = top;
      } else {
        openAt[top] = this.elements.length;
        this.parentsAt.push(openAt[top - 1]);
        this.elements.push(el);
        this.tags.push(tag);
        this.statsAt.push(NO_STATS);
        this.subtreeEnds.push(0);
        openTags[top] = tag;
        openChars[top] = 0;
        openLinkChars[top] = 0;
        openHolds[top] = 0;
      }
    }
    while (top >= 0) close();
    this.removedAt = new Uint8Array(this.elements.length);
    for (const el of dropped) el.remove();
    for (const el of this.pruned) el.remove();
  }
}

/**
 * Climb from a block to the outermost wrapper below `root` whose text is still just that block's
 * (a label or a line wrapped in divs): removing it takes the empty wrappers along.
 */
export function outermostWrapper(el: Element, index: PageIndex, root: Element): Element {
  let current = el;
  while (current.parentElement && current.parentElement !== root && index.get(current.parentElement).chars === index.get(current).chars) {
    current = current.parentElement;
  }
  return current;
}
