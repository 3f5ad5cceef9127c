import { JSDOM, VirtualConsole } from 'jsdom';
import { SENTINEL } from './xss-payloads';

/**
 * Two independent checks of HTML headed for the reader, written without DOMPurify so that they can
 * catch its mistakes (and ours in configuring it):
 * - findDangers: a structural audit of what the reader's own parser would build from the HTML, twice
 *   over (the reader re-parses it to mark actors), flagging anything outside a story's vocabulary.
 * - runsInJsdom: load the HTML as a page with scripts ON, fire every event a handler could listen to,
 *   click every link, and see whether the sentinel was set or a dialog opened.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
/** What a story may hold in the reader: text structure, figures, images, links, tables. */
const STORY_TAGS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'span', 'div',
  'section', 'article', 'figure', 'figcaption', 'img', 'picture', 'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th',
  'td', 'caption',
]);
const STORY_ATTRS = new Set([
  'href', 'src', 'srcset', 'alt', 'title', 'width', 'height', 'datetime', 'colspan', 'rowspan', 'dir', 'lang',
  'target', 'rel', 'referrerpolicy',
]);
const HTTP_URL = /^https?:\/\//i;
/** What a browser ignores inside a URL before reading its scheme. */
const stripUrlNoise = (value: string) => value.replace(/[\u0000-\u0020\u007f]+/g, '');

const quietConsole = () => new VirtualConsole();

function auditTree(root: ParentNode, dangers: string[], pass: string): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    if (element.namespaceURI !== XHTML) dangers.push(`${pass}: <${tag}> in namespace ${element.namespaceURI}`);
    if (!STORY_TAGS.has(tag)) dangers.push(`${pass}: element <${tag}>`);
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (!STORY_ATTRS.has(name)) dangers.push(`${pass}: attribute ${name} on <${tag}>`);
      if ((name === 'href' || name === 'src') && !HTTP_URL.test(stripUrlNoise(attr.value))) {
        dangers.push(`${pass}: non-http ${name}="${attr.value.slice(0, 60)}" on <${tag}>`);
      }
      if (name === 'srcset') {
        const urls = attr.value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0]);
        if (urls.some((url) => !HTTP_URL.test(stripUrlNoise(url))) || /(javascript|data|vbscript):/i.test(stripUrlNoise(attr.value))) {
          dangers.push(`${pass}: srcset="${attr.value.slice(0, 60)}" on <${tag}>`);
        }
      }
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (element.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer')) {
        dangers.push(`${pass}: link without target=_blank rel="noopener noreferrer"`);
      }
    }
  }
}

/** Everything in `html` a story should not carry; an empty list when it is safe to render. */
export function findDangers(html: string): string[] {
  const dangers: string[] = [];
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: quietConsole() });
  // As the reader renders it: innerHTML of an element in an HTML document.
  const holder = window.document.createElement('div');
  holder.innerHTML = html;
  auditTree(holder, dangers, 'rendered');
  // As the reader re-parses it to mark actors (a <template>), then renders that again.
  const first = holder.innerHTML;
  const template = window.document.createElement('template');
  template.innerHTML = first;
  const second = template.innerHTML;
  const again = window.document.createElement('div');
  again.innerHTML = second;
  auditTree(again, dangers, 're-parsed');
  if (again.innerHTML !== first) dangers.push('serialisation changes on re-parsing (a mutation-XSS sign)');
  window.close();
  return dangers;
}

const EVENTS = [
  'load', 'error', 'click', 'dblclick', 'mouseover', 'mouseenter', 'mousedown', 'mouseup', 'pointerenter', 'pointerdown',
  'focus', 'blur', 'input', 'change', 'submit', 'toggle', 'close', 'animationstart', 'transitionend', 'scroll', 'wheel',
  'keydown', 'start', 'begin', 'end',
];

export interface RunResult {
  sentinel: boolean;
  dialogs: number;
}

/** Load `html` as the body of a page with scripts enabled, poke every element, and report what ran. */
export async function runsInJsdom(html: string): Promise<RunResult> {
  let dialogs = 0;
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    runScripts: 'dangerously',
    url: 'https://reader.invalid/reader.html',
    virtualConsole: quietConsole(),
    beforeParse(window) {
      window.alert = () => {
        dialogs += 1;
      };
      window.confirm = () => {
        dialogs += 1;
        return false;
      };
      window.prompt = () => {
        dialogs += 1;
        return null;
      };
    },
  });
  const { window } = dom;
  for (const element of Array.from(window.document.querySelectorAll('*'))) {
    for (const type of EVENTS) element.dispatchEvent(new window.Event(type, { bubbles: false }));
    // click() runs a link's activation (a javascript: URL); SVG and MathML links have no click(), so dispatch one.
    if (typeof (element as HTMLElement).click === 'function') (element as HTMLElement).click();
    else element.dispatchEvent(new window.MouseEvent('click', { bubbles: true, cancelable: true }));
  }
  // Let timers and microtasks that a payload may have queued run.
  await new Promise((resolve) => setTimeout(resolve, 10));
  // The payloads set it to 1; an element of that id (DOM clobbering) is not a run.
  const sentinel = (window as unknown as Record<string, unknown>)[SENTINEL] === 1;
  window.close();
  return { sentinel, dialogs };
}
