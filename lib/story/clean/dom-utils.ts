/**
 * Small DOM helpers shared by the cleaning rules. They use only the DOM Core API that linkedom,
 * jsdom and browsers all implement the same way (no layout, no computed styles, no innerText).
 */
import { normalizeSpace } from '../story-text';

export { normalizeSpace };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function childElements(el: Element): Element[] {
  return Array.from(el.children);
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / text.length);
}

export function wordCount(text: string): number {
  return text ? text.split(' ').length : 0;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(tagOf(el)) || el.getAttribute('role') === 'heading';
}

/** Class and id of an element, lower-cased, for the hint tables (never for one site's names). */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** The element's previous element sibling, skipping nothing: DOM order matters to the rules. */
export function previousElement(el: Element): Element | null {
  return el.previousElementSibling;
}

export function nextElement(el: Element): Element | null {
  return el.nextElementSibling;
}

/** The path of an element's URL without query and hash, resolved against the page URL when possible. */
export function hrefKey(a: Element, baseUrl?: string): string {
  const href = a.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return '';
  try {
    const url = new URL(href, baseUrl ?? 'https://page.invalid/');
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return href;
  }
}

/**
 * Is the element still under `root`? (Not `isConnected`: linkedom reports false for every node
 * of a cloned document, and Readability's container is detached on purpose.)
 */
export function isUnder(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (node === root) return true;
  return false;
}
