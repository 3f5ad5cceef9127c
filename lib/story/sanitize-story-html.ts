import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

/**
 * The reader HTML passes through DOMPurify, as Readability's own README advises: Readability
 * keeps whatever markup the page had inside the story, and the page was written by a stranger.
 * We keep what a story needs and drop everything that can run code, restyle the reader, or reach
 * the network on its own. Anything not listed here is dropped (allow-lists, not block-lists).
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'q', 'cite', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup',
  'mark', 'abbr', 'time', 'span', 'div', 'section', 'article', 'figure', 'figcaption', 'img', 'picture',
  'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
];
/** No `style` (CSS can exfiltrate and overlay), no `class`/`id` (the reader's own CSS and DOM clobbering), no `on*`. */
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'alt', 'title', 'width', 'height', 'datetime', 'colspan', 'rowspan', 'dir', 'lang'];

/**
 * Never allowed, whatever someone later adds to the lists above: DOMPurify's FORBID_* win over
 * ALLOWED_*. These are the elements and attributes that run code, load documents or plugins, submit
 * data, change the page's base URL or policy, or carry SVG/MathML namespace tricks.
 */
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'template', 'noscript', 'noembed', 'noframes',
  'xmp', 'plaintext', 'svg', 'math', 'audio', 'video', 'source', 'track', 'dialog', 'slot',
];
const FORBID_ATTR = [
  'style', 'class', 'id', 'name', 'srcdoc', 'action', 'formaction', 'poster', 'xlink:href', 'background',
  'ping', 'usemap', 'lowsrc', 'dynsrc', 'target', 'rel', 'referrerpolicy', 'loading',
];
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Only absolute http(s) URLs survive; `javascript:`, `data:`, `vbscript:`, `blob:`, `file:`... are dropped. */
export function isHttpUrl(value: string): boolean {
  // Browsers strip leading/trailing C0 controls and spaces and ignore tabs and newlines inside a URL
  // ("java\tscript:"): test what the browser would see, and require the scheme literally.
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!/^https?:\/\//i.test(cleaned)) return false;
  try {
    const url = new URL(cleaned);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Resolve a possibly relative URL against the page's address and keep it only if the result is
 * http(s). Without a base, relative URLs are dropped: in the reader page they would resolve against
 * the extension's own origin.
 */
function safeUrl(value: string, baseUrl: string | undefined): string | null {
  if (isHttpUrl(value)) return value.trim();
  if (!baseUrl || /^[\s\u0000-\u001f]*[a-z][a-z0-9+.-]*:/i.test(value.replace(/[\t\n\r]/g, ''))) return null;
  try {
    const resolved = new URL(value.trim(), baseUrl).href;
    return isHttpUrl(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

/**
 * The candidates of a srcset, parsed as the HTML standard does: a URL is a run of non-space
 * characters (it may contain commas, as CDN URLs like `w_400,h_300` do), then descriptors up to a
 * comma outside parentheses. Splitting on every comma would mis-read such URLs.
 */
export function parseSrcset(srcset: string): Array<{ url: string; descriptor: string }> {
  const candidates: Array<{ url: string; descriptor: string }> = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i])) i += 1;
    if (i >= srcset.length) break;
    let end = i;
    while (end < srcset.length && !/\s/.test(srcset[end])) end += 1;
    let url = srcset.slice(i, end);
    i = end;
    let descriptor = '';
    if (/,+$/.test(url)) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      const start = i;
      while (i < srcset.length && !(srcset[i] === ',' && depth === 0)) {
        if (srcset[i] === '(') depth += 1;
        if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        i += 1;
      }
      descriptor = srcset.slice(start, i).trim();
      i += 1; // the comma
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

function safeSrcset(srcset: string, baseUrl: string | undefined): string | null {
  const candidates = parseSrcset(srcset);
  const kept: string[] = [];
  for (const { url, descriptor } of candidates) {
    const safe = safeUrl(url, baseUrl);
    // One unsafe candidate and the whole srcset goes: the browser may pick any of them.
    if (!safe || /\s/.test(safe)) return null;
    // Width/density descriptors only ("400w", "1.5x"); anything else is not a srcset we understand.
    if (!/^(\s*\d+(\.\d+)?[wxh])*\s*$/i.test(descriptor)) return null;
    kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length ? kept.join(', ') : null;
}

const URL_ATTRIBUTES = new Set(['href', 'src']);

export interface SanitizeOptions {
  /** The page's address, to resolve relative links and images (in Node the DOM may not know it). */
  baseUrl?: string;
}

/**
 * Sanitise story HTML for the reader. `window` is the window DOMPurify parses in (the extension
 * page's own window, or a jsdom window in Node). Fails closed: if DOMPurify cannot work in that
 * window it would return its input unchanged, so we return nothing instead.
 */
export function sanitizeStoryHtml(html: string, window: WindowLike, options: SanitizeOptions = {}): string {
  const purify = createDOMPurify(window);
  if (!purify.isSupported) return '';
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const tag = node.nodeName.toLowerCase();
    if (URL_ATTRIBUTES.has(data.attrName)) {
      const allowed = (data.attrName === 'href' && tag === 'a') || (data.attrName === 'src' && tag === 'img');
      const safe = allowed ? safeUrl(data.attrValue, options.baseUrl) : null;
      if (safe === null) data.keepAttr = false;
      else data.attrValue = safe;
    } else if (data.attrName === 'srcset') {
      const safe = tag === 'img' ? safeSrcset(data.attrValue, options.baseUrl) : null;
      if (safe === null) data.keepAttr = false;
      else data.attrValue = safe;
    } else if (data.attrName.startsWith('on')) {
      data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (element.nodeName === 'A' && element.hasAttribute('href')) {
      // Links leave the reader for a new tab and tell the target nothing about where they came from.
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
    if (element.nodeName === 'IMG') {
      // Images load from the story's server; they need not learn which page or extension asked.
      element.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  const config: Config = {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_NAMESPACES: [HTML_NAMESPACE],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    SAFE_FOR_XML: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM: false,
    RETURN_DOM_FRAGMENT: false,
  };
  return purify.sanitize(html, config);
}
