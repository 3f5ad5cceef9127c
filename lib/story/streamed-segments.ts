/**
 * Streamed server rendering (React 18+ `renderToPipeableStream`, which Next.js and others use) sends a
 * page in two parts: first the layout, with a loading placeholder where a part of the page is not ready
 * (`<template id="B:0">` after a `<!--$?-->` comment, or `<template id="P:1">`), then, later in the
 * same response, that part inside `<div hidden id="S:0">` and a small inline script (`$RC("B:0","S:0")`,
 * `$RS("S:1","P:1")`) that moves it into its place. In a tab the script has run before anyone reads the
 * page, and the story is where it belongs. In a page saved without running scripts (every corpus page,
 * the CLI's input) the story is still hidden at the end of <body>, and Readability drops hidden
 * elements: the engine refused such pages as "not an article", or read the teasers around the gap.
 *
 * This does what those scripts do, on the engine's clone, from the markup's structure alone (the
 * scripts are not run, and are not even needed: some saved pages lack them): every hidden segment
 * whose placeholder is in the page moves into it. Ids are `S:`, `B:`, `P:` and a hexadecimal number,
 * optionally after a prefix the site chose; the segment and its placeholder share prefix and number.
 * In a live tab there is nothing left to move, and nothing changes.
 */
import { documentElementsNamed, findBody } from './clean/dom-utils';

const SEGMENT_ID = /^(.*)S:([0-9a-f]+)$/;
const TEMPLATE: ReadonlySet<string> = new Set(['template']);

/** Move hidden streamed segments into their placeholders. Returns how many moved. */
export function revealStreamedSegments(doc: Document): number {
  // Segments are streamed after the page's layout, so they are children of <body>: only those are
  // looked at (the whole page is walked for placeholders only when there is a segment).
  const body = findBody(doc);
  const segments: Element[] = [];
  for (let el = body?.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'div' && el.hasAttribute('hidden') && SEGMENT_ID.test(el.id)) segments.push(el);
  }
  if (segments.length === 0) return 0;
  const placeholders = new Map<string, Element>();
  for (const el of documentElementsNamed(doc, TEMPLATE)) if (el.id && !placeholders.has(el.id)) placeholders.set(el.id, el);
  let moved = 0;
  // In document order, as the scripts run: a segment may hold the placeholder of a later one.
  for (const segment of segments) {
    const [, prefix, number] = SEGMENT_ID.exec(segment.id)!;
    const inPlace = placeholders.get(`${prefix}P:${number}`);
    const boundary = placeholders.get(`${prefix}B:${number}`);
    if (inPlace?.parentNode) {
      moveChildrenBefore(segment, inPlace);
      inPlace.remove();
    } else if (boundary?.parentNode) {
      completeBoundary(segment, boundary);
    } else {
      continue;
    }
    segment.remove();
    moved++;
  }
  return moved;
}

function moveChildrenBefore(from: Element, before: Node): void {
  const parent = before.parentNode!;
  for (let child = from.firstChild; child; child = from.firstChild) parent.insertBefore(child, before);
}

/**
 * The boundary's loading content runs from the `<!--$?-->` comment before its template to the
 * matching `<!--/$-->` (boundaries nest): it is replaced by the segment's content. Without those
 * comments (some saved pages lost them), the content goes where the template was.
 */
function completeBoundary(segment: Element, template: Element): void {
  const start = template.previousSibling;
  const parent = template.parentNode!;
  if (!start || start.nodeType !== 8 || (start as Comment).data !== '$?') {
    moveChildrenBefore(segment, template);
    template.remove();
    return;
  }
  let depth = 0;
  let node = start.nextSibling;
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') {
        depth++;
      }
    }
    const next = node.nextSibling;
    parent.removeChild(node);
    node = next;
  }
  if (node) moveChildrenBefore(segment, node);
  else for (let child = segment.firstChild; child; child = segment.firstChild) parent.appendChild(child);
  (start as Comment).data = '$';
}
