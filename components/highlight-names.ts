import type { ActorView } from './analysis-view';

/** Text inside these is left alone: marking a link's or a heading's text adds nothing. */
const SKIP = new Set(['A', 'MARK', 'SCRIPT', 'STYLE', 'CODE', 'PRE']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The forms of an actor's name that mark it in the text: the full name and, for a person with
 * several names, the last one ("Blinken" for "Antony Blinken"), as stories use it after the first mention.
 */
export function nameForms(actor: ActorView): string[] {
  const forms = [actor.name];
  const parts = actor.name.split(/\s+/);
  if (actor.type === 'person' && parts.length > 1 && parts[parts.length - 1].length > 2) forms.push(parts[parts.length - 1]);
  return forms;
}

/**
 * Returns `html` with every mention of the actors wrapped in `<mark class="actor-mark actor-TYPE">`.
 * `doc` parses and serialises (the reader's own document); the input is already sanitised and the
 * marks are built as DOM nodes, so no text becomes markup.
 */
export function highlightNames(html: string, actors: ActorView[], doc: Document): string {
  const forms = actors
    .flatMap((actor) => nameForms(actor).map((form) => ({ form, type: actor.type })))
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return html;
  const typeOf = new Map(forms.map(({ form, type }) => [form, type]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map(({ form }) => escapeRegExp(form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const template = doc.createElement('template');
  template.innerHTML = html;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(template.content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let parent = node.parentElement;
    let skip = false;
    while (parent && !skip) {
      skip = SKIP.has(parent.tagName.toUpperCase());
      parent = parent.parentElement;
    }
    if (!skip) texts.push(node as Text);
  }
  for (const node of texts) {
    const value = node.nodeValue ?? '';
    // matchAll works on a copy of the pattern, so no lastIndex carries over between nodes.
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      const start = match.index ?? 0;
      fragment.append(value.slice(last, start));
      const mark = doc.createElement('mark');
      const type = typeOf.get(match[1]) ?? 'person';
      mark.className = `actor-mark actor-${type}`;
      mark.textContent = match[1];
      fragment.append(mark);
      last = start + match[1].length;
    }
    fragment.append(value.slice(last));
    node.replaceWith(fragment);
  }
  return template.innerHTML;
}
