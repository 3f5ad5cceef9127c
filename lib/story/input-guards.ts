import type { FailureReason } from './types';
import { findBody, upperTagName } from './clean/dom-utils';

/**
 * Cheap checks run on the page before the engine does any real work (cloning, Readability), and a
 * time budget the engine checks between its stages. Pages are written by strangers: an empty tab, a
 * binary file, JSON served as text/html, a frameset, or a page built to be huge must give a clear
 * `{ ok: false, reason }` quickly, never a frozen tab or an exception. The checks only read the page.
 */

export interface InputRefusal {
  ok: false;
  reason: FailureReason;
  detail: string;
}
export type InputCheck = InputAccepted | InputRefusal;

export interface InputAccepted {
  ok: true;
  /**
   * Nothing is visible but what the page's <noscript> elements hold as markup: what a browser shows
   * without scripts (a JavaScript application's crawler copy, as forum software prints the thread).
   * The engine reads the page that way (prepare-document.ts `showNoscriptContent`).
   */
  onlyWithoutScripts?: true;
}

export interface InputLimits {
  /** More elements than this and the page is refused before it is cloned. */
  maxElements: number;
  /** Deeper nesting than this and the page is refused (see DEFAULT_INPUT_LIMITS for why). */
  maxDepth: number;
}

/**
 * Measured on the 892 pages of ../shared/corpus (scrapinghub + WCXB dev, parsed with linkedom): the
 * largest had 4,975 elements and the deepest nesting was 56 (median 18). A story under 3,700 readers'
 * comments (6 MB, tests/safety/broken-pages.ts) has about 60,000: still accepted, then bounded by the
 * time budget. Chromium's own HTML parser
 * stops nesting at 512. Readability's time grows faster than linearly with depth when it has to retry
 * (short text): 400 nested divs took 8 s and 1,000 took 76 s in linkedom here, so depth is capped
 * well below that and far above any real page.
 */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxElements: 100_000, maxDepth: 256 };

/**
 * How much visible text is sampled to tell text from binary bytes. Blank text nodes are not sampled:
 * old table layouts can open with 16 KB of blank lines and indentation before their first word.
 */
const TEXT_SAMPLE_CHARS = 16_384;
const NON_BLANK = /\S/;
/**
 * Control characters other than whitespace, C1 controls and U+FFFD (bytes that did not decode):
 * about 0 % of any natural-language page, about 10 % or more of random bytes however they were decoded.
 */
const NON_TEXT_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;
const MAX_NON_TEXT_RATIO = 0.05;
/** JSON.parse is only tried on a body of at most this many characters (it is then still fast). */
const MAX_JSON_CHARS = 10_000_000;
/**
 * Element contents a browser never shows as text, and <noscript>, whose content a browser shows only
 * when scripts do not run: it is sampled apart (see `onlyWithoutScripts`).
 */
const INVISIBLE_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
const HTML_CONTENT_TYPES = new Set(['text/html', 'application/xhtml+xml']);

interface PageShape {
  elements: number;
  maxDepth: number;
  /** The first TEXT_SAMPLE_CHARS characters of visible text (outside script, style, head...), blank text nodes left out. */
  textSample: string;
  /** The walk stopped early because a limit was passed. */
  overLimit: 'elements' | 'depth' | null;
  /** <noscript> elements in the visible part of the page (not inside <head>, a script...). */
  noscripts: Element[];
}

/**
 * One walk over the page (no recursion: a page of 20,000 nested divs must not overflow the stack),
 * stopping as soon as a limit is passed.
 */
function measurePage(roots: Node[], limits: InputLimits): PageShape {
  const shape: PageShape = { elements: 0, maxDepth: 0, textSample: '', overLimit: null, noscripts: [] };
  for (const root of roots) if (measureTree(root, limits, shape)) break;
  return shape;
}

/** Walk one tree into `shape`; true when a limit was passed (the walk stops there). */
function measureTree(root: Node, limits: InputLimits, shape: PageShape): boolean {
  if (root.nodeType !== 1) {
    // A document without a root element holds no elements, only text (and comments, a doctype).
    for (let child = root.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) sampleText(child, shape);
    return false;
  }
  if (countElement(root as Element, 0, limits, shape)) return true;
  // firstChild / nextSibling / parentNode steps rather than a TreeWalker: linkedom's TreeWalker
  // first builds an array of every node of the page, and this walk was 14 % faster on the parsed
  // pages of ../shared (57 → 49 ms over scrapinghub's 181; in the browser both are native walks).
  // `depth` is the current node's; `hiddenAt` the depth of the invisible element (script, style...)
  // the walk is inside, or -1.
  let depth = 1;
  let hiddenAt = isInvisible(root as Element) ? 0 : -1;
  let node: Node | null = root.firstChild;
  while (node) {
    let children: Node | null = null;
    if (node.nodeType === 1) {
      if (countElement(node as Element, depth, limits, shape)) return true;
      if (hiddenAt < 0 && isInvisible(node as Element)) {
        hiddenAt = depth;
        if ((node as Element).localName === 'noscript') shape.noscripts.push(node as Element);
      }
      children = node.firstChild;
    } else if (node.nodeType === 3 && hiddenAt < 0) {
      sampleText(node, shape);
    }
    if (children) {
      node = children;
      depth++;
      continue;
    }
    // On to the next sibling, climbing out of every element whose last child this was.
    for (;;) {
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      depth--;
      if (!parent || parent === root) {
        node = null;
        break;
      }
      node = parent;
    }
    if (hiddenAt >= depth) hiddenAt = -1;
  }
  return false;
}

/** Count one element at this depth; true when that passes a limit. */
function countElement(el: Element, depth: number, limits: InputLimits, shape: PageShape): boolean {
  shape.elements += 1;
  if (depth > shape.maxDepth) shape.maxDepth = depth;
  if (shape.elements > limits.maxElements) {
    shape.overLimit = 'elements';
    return true;
  }
  if (depth > limits.maxDepth) {
    shape.overLimit = 'depth';
    return true;
  }
  return false;
}

/** By localName (lower case for HTML elements everywhere): this runs for every element of the page. */
function isInvisible(el: Element): boolean {
  return INVISIBLE_TAGS.has(el.localName);
}

/**
 * Add a text node to the sample, without its blanks at either end: a blank node adds nothing, so
 * blank lines never fill the sample. (Blanks between words stay until the sample is read: removing
 * them here would cost a pass over every text node.)
 */
function sampleText(node: Node, shape: PageShape): void {
  if (shape.textSample.length >= TEXT_SAMPLE_CHARS) return;
  const value = node.nodeValue;
  if (!value || !NON_BLANK.test(value)) return;
  shape.textSample += value.trim().slice(0, TEXT_SAMPLE_CHARS - shape.textSample.length);
}

/**
 * A <noscript> that shows words without scripts (not only a tracking pixel or a style sheet). Parsed
 * with scripting on (a tab), its content is markup as text; with scripting off, elements.
 */
function holdsMarkupWithText(noscript: Element): boolean {
  if (noscript.firstElementChild) return Array.from(noscript.getElementsByTagName('*')).some((el) => !isInvisible(el) && Array.from(el.childNodes).some((n) => n.nodeType === 3 && NON_BLANK.test(n.nodeValue ?? '')));
  const markup = noscript.textContent ?? '';
  if (!/<[a-z]/i.test(markup)) return false;
  const words = markup.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return NON_BLANK.test(words);
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed) || trimmed.length > MAX_JSON_CHARS) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/** All the text of the page's body (or of the whole document when it has no root element). */
function pageText(doc: Document): string {
  // Not `doc.body`: linkedom's getter may insert an empty <body> into the page (see findBody), and the guard only reads.
  if (doc.documentElement) return (findBody(doc) ?? doc.documentElement).textContent ?? '';
  return Array.from(doc.childNodes, (child) => child.textContent ?? '').join('');
}

/** Is the page worth handing to the engine? Reads the page only; never throws on a normal Document. */
export function checkInput(doc: Document | null | undefined, limits: InputLimits = DEFAULT_INPUT_LIMITS): InputCheck {
  if (!doc || !doc.firstChild) return { ok: false, reason: 'empty document', detail: 'the document has no content' };
  // A browser tab showing a PDF, an image, plain text or JSON has a Document too; only HTML holds a story.
  const contentType = typeof doc.contentType === 'string' ? doc.contentType.toLowerCase() : '';
  if (contentType && !HTML_CONTENT_TYPES.has(contentType)) return { ok: false, reason: 'not html', detail: `content type ${contentType}` };
  // A browser's parser (and parse5, which the CLI uses: scripts/lib/parse5-linkedom.ts) always builds
  // one <html> holding <head> and <body>. A DOM built otherwise (linkedom's own parser made each
  // top-level element a child of the document when a page had no <html> tag) may have several
  // top-level elements: every one is walked, from the document's child list.
  const roots: Node[] = doc.documentElement ? Array.from(doc.childNodes).filter((child) => child.nodeType === 1) : [doc];
  // A frameset takes the place of <body> under <html>: look there, not through the whole page.
  if (doc.documentElement && Array.from(doc.documentElement.children).some((child) => upperTagName(child) === 'FRAMESET')) {
    return { ok: false, reason: 'not an article', detail: 'a frameset: the story, if any, is in another frame' };
  }

  const shape = measurePage(roots, limits);
  if (shape.overLimit === 'elements') {
    return { ok: false, reason: 'page too large', detail: `more than ${limits.maxElements} elements` };
  }
  if (shape.overLimit === 'depth') {
    return { ok: false, reason: 'page too large', detail: `elements nested more than ${limits.maxDepth} deep` };
  }

  const visible = shape.textSample.replace(/\s+/g, '');
  if (!visible) {
    if (shape.noscripts.some(holdsMarkupWithText)) return { ok: true, onlyWithoutScripts: true };
    return { ok: false, reason: 'empty document', detail: 'no visible text' };
  }
  const nonText = visible.match(NON_TEXT_CHAR)?.length ?? 0;
  if (nonText / visible.length > MAX_NON_TEXT_RATIO) {
    return { ok: false, reason: 'not html', detail: `binary data (${Math.round((100 * nonText) / visible.length)} % control characters)` };
  }
  if (/^[[{]/.test(visible) && looksLikeJson(pageText(doc))) return { ok: false, reason: 'not html', detail: 'JSON served as a web page' };
  if (!doc.documentElement) return { ok: false, reason: 'not html', detail: 'no <html> root element' };
  return { ok: true };
}

/** Stages run synchronously in the tab: a budget checked between them bounds how long a huge page can freeze it. */
export const DEFAULT_TIME_BUDGET_MS = 4_000;

export interface TimeBudget {
  readonly limitMs: number;
  elapsedMs(): number;
  /** `{ ok: true }` while within the budget; past it, the failure the engine returns as is. */
  check(afterStage: string): InputCheck;
}

const defaultClock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Start the clock. `now` is injectable so tests can drive the budget without being slow. */
export function startTimeBudget(limitMs: number = DEFAULT_TIME_BUDGET_MS, now: () => number = defaultClock): TimeBudget {
  const started = now();
  const elapsedMs = () => now() - started;
  return {
    limitMs,
    elapsedMs,
    check(afterStage) {
      const elapsed = elapsedMs();
      if (elapsed <= limitMs) return { ok: true };
      return {
        ok: false,
        reason: 'page too large',
        detail: `stopped after ${afterStage}: ${Math.round(elapsed)} ms of a ${limitMs} ms budget`,
      };
    },
  };
}
