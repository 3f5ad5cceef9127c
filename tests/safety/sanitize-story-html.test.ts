import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isHttpUrl, parseSrcset, sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import { findDangers, runsInJsdom } from './find-dangers';
import { XSS_PAYLOADS } from './xss-payloads';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const sanitize = (html: string, baseUrl?: string) => sanitizeStoryHtml(html, window as unknown as Window & typeof globalThis, { baseUrl });

describe('sanitizeStoryHtml keeps what a story needs', () => {
  it('keeps paragraphs, headings, lists, quotes, figures, images, links and tables', () => {
    const story = [
      '<h2>The vote</h2><p>The council voted <em>five</em> to <strong>two</strong>.</p>',
      '<ul><li>Repairs</li><li>Shelter</li></ul><blockquote><p>"We are spending the money," she said.</p></blockquote>',
      '<figure><img src="https://news.example/a.jpg" alt="The terminal" width="600" height="400"><figcaption>The terminal.</figcaption></figure>',
      '<p>Read the <a href="https://news.example/agenda">agenda</a>.</p>',
      '<table><thead><tr><th>Phase</th></tr></thead><tbody><tr><td colspan="2">June</td></tr></tbody></table>',
    ].join('');
    const clean = sanitize(story);
    const doc = new JSDOM(`<body>${clean}</body>`).window.document;
    for (const selector of ['h2', 'p em', 'p strong', 'ul li', 'blockquote p', 'figure img', 'figure figcaption', 'p a', 'table thead th', 'td[colspan="2"]']) {
      expect(doc.querySelector(selector), selector).not.toBeNull();
    }
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://news.example/a.jpg');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('The terminal');
    expect(doc.body.textContent).toContain('"We are spending the money," she said.');
    expect(findDangers(clean)).toEqual([]);
  });

  it('opens links in a new tab with rel="noopener noreferrer", replacing the page’s own target and rel', () => {
    const clean = sanitize('<p><a href="https://news.example/" target="_self" rel="opener">home</a></p>');
    expect(clean).toBe('<p><a href="https://news.example/" target="_blank" rel="noopener noreferrer">home</a></p>');
  });

  it('gives images no referrer', () => {
    expect(sanitize('<img src="https://news.example/a.jpg" alt="">')).toContain('referrerpolicy="no-referrer"');
  });

  it('resolves relative links and images against the page address, and drops them when there is none', () => {
    const html = '<p><a href="/news/agenda">agenda</a><img src="../images/a.jpg" alt="a" srcset="a-2x.jpg 2x"></p>';
    const resolved = sanitize(html, 'https://news.example/news/story/');
    expect(resolved).toContain('href="https://news.example/news/agenda"');
    expect(resolved).toContain('src="https://news.example/news/images/a.jpg"');
    expect(resolved).toContain('srcset="https://news.example/news/story/a-2x.jpg 2x"');
    const unresolved = sanitize(html);
    expect(unresolved).not.toMatch(/href=|src=/);
  });

  it('keeps a srcset whose CDN URLs contain commas, and drops one with any unsafe candidate', () => {
    const cdn = 'https://res.cdn.example/image/upload/w_400,h_300/a.jpg 400w, https://res.cdn.example/image/upload/w_800,h_600/a.jpg 800w';
    expect(sanitize(`<img src="https://news.example/a.jpg" srcset="${cdn}">`)).toContain(`srcset="${cdn}"`);
    expect(sanitize('<img src="https://news.example/a.jpg" srcset="https://news.example/a.jpg 1x,javascript:alert(1) 2x">')).not.toContain('srcset');
  });

  it('is idempotent: sanitising its own output changes nothing', () => {
    const once = sanitize(XSS_PAYLOADS.map((payload) => `<p>${payload.html}</p>`).join(''));
    expect(sanitize(once)).toBe(once);
  });

  it('fails closed: in a window DOMPurify cannot use, it returns nothing rather than the input', () => {
    const notAWindow = {} as unknown as Window & typeof globalThis;
    expect(sanitizeStoryHtml('<p onclick="alert(1)">x</p>', notAWindow)).toBe('');
  });
});

describe('sanitizeStoryHtml against the hostile payloads', () => {
  it.each(XSS_PAYLOADS.map((payload) => [payload.id, payload] as const))('%s: nothing dangerous survives, nothing runs', async (_id, payload) => {
    const clean = sanitize(`<p>Before the payload.</p>${payload.html}<p>After the payload.</p>`);
    expect(findDangers(clean)).toEqual([]);
    expect(await runsInJsdom(clean)).toEqual({ sentinel: false, dialogs: 0 });
  });

  it('the checks are not blind: the same payloads unsanitised are flagged, and they run', async () => {
    const flagged = XSS_PAYLOADS.filter((payload) => findDangers(`<p>Before.</p>${payload.html}<p>After.</p>`).length > 0);
    // Measured: 70 of 73 flagged. The few not flagged hide their markup inside comments or attribute
    // values, where it is inert even unsanitised.
    expect(flagged.length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length - 5);
    // One page with all of them, unsanitised: the execution check sees them run (33 of 73 run alone).
    const run = await runsInJsdom(XSS_PAYLOADS.filter((payload) => !payload.swallowsRest).map((payload) => payload.html).join(''));
    expect(run.sentinel).toBe(true);
    expect(run.dialogs).toBeGreaterThanOrEqual(10);
  });
});

describe('isHttpUrl and parseSrcset', () => {
  it.each([
    ['https://news.example/a', true],
    ['HTTP://news.example/a', true],
    ['  https://news.example/a  ', true],
    ['javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' \u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['//news.example/a', false],
    ['/relative/path', false],
    ['https:', false],
    ['blob:https://news.example/uuid', false],
  ])('%j is an http(s) URL: %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });

  it('parses srcset candidates as the HTML standard does', () => {
    expect(parseSrcset('a.jpg 1x, b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
    ]);
    expect(parseSrcset('https://c.example/w_400,h_300/a.jpg 400w,https://c.example/b.jpg 800w')).toEqual([
      { url: 'https://c.example/w_400,h_300/a.jpg', descriptor: '400w' },
      { url: 'https://c.example/b.jpg', descriptor: '800w' },
    ]);
    expect(parseSrcset('a.jpg, b.jpg')).toEqual([
      { url: 'a.jpg', descriptor: '' },
      { url: 'b.jpg', descriptor: '' },
    ]);
    expect(parseSrcset('  ,  ')).toEqual([]);
  });
});
