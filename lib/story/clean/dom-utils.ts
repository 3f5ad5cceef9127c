/**
 * Small DOM helpers shared by the cleaning rules. They use only the DOM Core API that linkedom,
 * jsdom and browsers all implement the same way (no layout, no computed styles, no innerText).
 */
/** Whitespace runs (incl. no-break and zero-width spaces) folded to one space, ends trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

export function wordCount(text: string): number {
  return text ? text.split(' ').length : 0;
}

/** Upper-cased local names seen so far; bounded, since a hostile page can invent any number of tag names. */
const UPPER_TAG_NAMES = new Map<string, string>();
const MAX_CACHED_TAG_NAMES = 1024;

/**
 * The element's tag name in upper case, as the rules' tables spell it (`tagName.toUpperCase()`).
 * Read from localName through a cache: linkedom builds tagName on every read (an upper-casing, a
 * new string), and the engine asks it of every element several times; localName is a plain field
 * there and in browsers. The two differ only for prefixed names in XML documents ("svg:a").
 */
export function upperTagName(el: Element): string {
  const name = el.localName;
  let upper = UPPER_TAG_NAMES.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (UPPER_TAG_NAMES.size < MAX_CACHED_TAG_NAMES) UPPER_TAG_NAMES.set(name, upper);
  }
  return upper;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(upperTagName(el)) || el.getAttribute('role') === 'heading';
}

/**
 * The class attribute as written. Read through the attribute node: linkedom answers
 * getAttribute('class') by building the element's classList (a DOMTokenList per element read),
 * which was a tenth of the cleaning rules' time; browsers and jsdom give the same string either way.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** `el.childElementCount > n`, counting no further than needed (linkedom builds the whole child list to count it). */
export function hasMoreChildElements(el: Element, n: number): boolean {
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (++count > n) return true;
  return false;
}

/** Class and id of an element, lower-cased, for the hint tables (never for one site's names). */
export function classAndId(el: Element): string {
  return `${classOf(el)} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Host and path of a URL (no query, no hash), resolved against the page URL when possible. */
export function urlKey(href: string, baseUrl?: string): string {
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return '';
  try {
    const url = new URL(href, baseUrl ?? 'https://page.invalid/');
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return href;
  }
}

/**
 * The nearest ancestor-or-self with this (upper-case) tag name. A parent walk rather than
 * `closest(selector)`: Node DOM libraries compile the selector on every call, which on a page of
 * thousands of comments cost more than the rule itself.
 */
export function ancestorWithTag(el: Element, tag: string): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (upperTagName(node) === tag) return node;
  return null;
}

/**
 * The page's <body>, found among the top two levels rather than read through `document.body`:
 * linkedom's getter inserts a new empty <body> after <head> when anything sits between them (a
 * <script> after </head>), and a page without an <html> tag leaves <body> a child of the document.
 * Browsers never do either; there this finds the same element `document.body` returns.
 */
export function findBody(doc: Document): Element | null {
  for (const top of Array.from(doc.childNodes)) {
    if (top.nodeType !== 1) continue;
    if ((top as Element).tagName.toUpperCase() === 'BODY') return top as Element;
    for (let child = (top as Element).firstElementChild; child; child = child.nextElementSibling) {
      if (child.tagName.toUpperCase() === 'BODY') return child;
    }
  }
  return null;
}

/** NodeFilter's `whatToShow` bits for TreeWalkers (Node has no NodeFilter global). */
export const SHOW = { element: 0x1, text: 0x4 } as const;

/**
 * Elements below `root` (not `root` itself) whose localName is one of `names`, in document order.
 * One TreeWalker pass instead of a getElementsByTagName per name (each a walk of the subtree, and
 * Node DOM libraries upper-case every element's name to compare it) or a selector (compiled per call there).
 */
export function descendantsNamed(root: Element, names: ReadonlySet<string>, out: Element[] = []): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW.element);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (names.has((node as Element).localName)) out.push(node as Element);
  return out;
}

/**
 * The same over a whole document, in document order. Every top-level element is walked, from the
 * document's element children: a page without an <html> tag can have several (see findBody), and
 * linkedom gives the doctype no nextSibling.
 */
export function documentElementsNamed(doc: Document, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const top of Array.from(doc.children)) {
    if (names.has(top.localName)) out.push(top);
    descendantsNamed(top, names, out);
  }
  return out;
}

/**
 * The first element below `root` with this localName: `root.querySelector(name)` for a plain tag
 * name, without a selector to compile (Node DOM libraries compile one per call). Element by element,
 * stopping at the first match (a TreeWalker in linkedom lists the whole subtree before it starts).
 */
export function firstDescendantNamed(root: Element, name: string): Element | null {
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (el.localName === name) return el;
    const first: Element | null = el.firstElementChild;
    if (first) {
      el = first;
      continue;
    }
    let node: Element | null = el;
    el = null;
    for (; node && node !== root; node = node.parentElement) {
      const next: Element | null = node.nextElementSibling;
      if (next) {
        el = next;
        break;
      }
    }
  }
  return null;
}

const WHITESPACE_RUNS = /\s+/g;

/**
 * Characters of text that are not whitespace (`\s`). The regular expression runs natively: in a
 * Chromium tab the page index, which asks this of every text node, took 21 → 17 ms over 61
 * scrapinghub pages against a loop over the characters (the same in Node).
 */
export function nonWhitespaceLength(text: string): number {
  return text.replace(WHITESPACE_RUNS, '').length;
}
