import createDOMPurify, { type WindowLike } from 'dompurify';

/**
 * The reader HTML passes through DOMPurify, as Readability's own README advises: Readability
 * keeps whatever markup the page had inside the story, and the page was written by a stranger.
 * We keep what a story needs and drop everything that can run code or reach the network on its own.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'q', 'cite', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup',
  'mark', 'abbr', 'time', 'span', 'div', 'section', 'article', 'figure', 'figcaption', 'img', 'picture',
  'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'alt', 'title', 'width', 'height', 'datetime', 'colspan', 'rowspan', 'dir', 'lang'];

/** Only http(s) links and images survive; `javascript:`, `data:` and friends are dropped. */
const SAFE_URL = /^https?:\/\//i;

export function sanitizeStoryHtml(html: string, window: WindowLike): string {
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'href' || data.attrName === 'src') && !SAFE_URL.test(data.attrValue.trim())) {
      data.keepAttr = false;
    }
    if (data.attrName === 'srcset' && !data.attrValue.split(',').every((part) => SAFE_URL.test(part.trim()))) {
      data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
      // Links leave the reader for a new tab and tell the target nothing about where they came from.
      (node as Element).setAttribute('target', '_blank');
      (node as Element).setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
