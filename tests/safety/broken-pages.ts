import type { FailureReason } from '../../lib/story/types';
import { storyTemplate } from './hostile-story';

/**
 * Pages that are not stories, or not even HTML, generated on demand (never committed as big files).
 * Each says what the engine must give: a given failure reason, a story, or either of the two —
 * but never an exception, an internal error, or a hang.
 */
export interface BrokenPage {
  id: string;
  html: () => string;
  /** A failure reason the engine must give, or 'story', or 'either' (a failure or a story). */
  expect: FailureReason | 'story' | 'either';
  /** Text a story from this page must contain (when it gives one). */
  storyContains?: string;
}

/** Deterministic pseudo-random bytes (a linear congruential generator): the same page every run. */
export function pseudoRandomBytes(length: number, seed = 20261128): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A news site's front page: 300 headline links and nothing else. */
export function homePageOfLinks(count = 300): string {
  const links = Array.from({ length: count }, (_, i) => `<li><a href="/news/2026/story-${i}/">Headline number ${i}: council, schools and weather in the valley</a></li>`);
  return `<!doctype html><html><head><title>The Valley Times: news, sports, weather</title></head><body><header><h1>The Valley Times</h1></header><main><ul class="river">${links.join('')}</ul></main></body></html>`;
}

export function nestedDivs(depth = 20_000): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>The innermost paragraph of a page built to be deep.</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** The first paragraph of the hand-written story that the 6 MB page carries above its comments. */
export const BIG_PAGE_STORY = 'The Bayport harbor council voted five to two on Tuesday night to spend $4.2 million repairing the ferry terminal';

/**
 * A real story followed by thousands of readers' comments, each with HTML comments around it as
 * comment plugins leave them: about 6 MB. The story must still be found, and fast.
 */
export function pageWithThousandsOfComments(targetBytes = 6_000_000): string {
  const [head, tail] = storyTemplate().split('</article>');
  const comments: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < targetBytes; i++) {
    // Markup as comment plugins print it: avatar, metadata, several paragraphs, and HTML comments around it.
    const paragraphs = Array.from(
      { length: 2 + (i % 3) },
      (_, p) => `<p>${p === 0 ? `Comment ${i}: ` : ''}I have taken that ferry every week for ${(i + p) % 40} years and ${'the ramp has been getting worse every winter, '.repeat(2 + ((i + p) % 4))}so it is about time the council did something.</p>`,
    ).join('');
    const comment =
      `<!-- wp:comment id=${i} --><!-- ${'cache-tag '.repeat(6)}-->` +
      `<li class="comment even thread-even depth-1" id="comment-${i}"><article class="comment-body">` +
      `<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/${i}?s=64" class="avatar avatar-64 photo" height="64" width="64" loading="lazy">` +
      `<b class="fn">reader_${i}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${i}"><time datetime="2026-03-12T0${i % 10}:00:00-08:00">March 12, 2026 at ${i % 12 + 1}:00 am</time></a></div></footer>` +
      `<div class="comment-content">${paragraphs}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${i}" aria-label="Reply to reader_${i}">Reply</a></div>` +
      `</article></li><!-- /wp:comment -->`;
    comments.push(comment);
    size += comment.length;
  }
  return `${head}</article><section id="comments"><h2>${comments.length} comments</h2><ol class="comment-list">${comments.join('')}</ol></section>${tail}`;
}

export const BROKEN_PAGES: BrokenPage[] = [
  { id: 'empty string', html: () => '', expect: 'empty document' },
  { id: 'whitespace only', html: () => ' \n\t  \r\n   \u00a0\n', expect: 'empty document' },
  { id: 'empty html skeleton', html: () => '<!doctype html><html><head><title></title></head><body>  </body></html>', expect: 'empty document' },
  {
    id: 'app shell (scripts, no text)',
    html: () => '<!doctype html><html><head><title>App</title><script>var a = "text in a script is not text";</script></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
    expect: 'empty document',
  },
  { id: 'binary bytes as latin-1', html: () => Buffer.from(pseudoRandomBytes(65_536)).toString('latin1'), expect: 'not html' },
  { id: 'binary bytes as utf-8', html: () => Buffer.from(pseudoRandomBytes(65_536, 7)).toString('utf8'), expect: 'not html' },
  { id: 'png file as html', html: () => Buffer.from([...PNG_SIGNATURE, ...pseudoRandomBytes(30_000, 3)]).toString('latin1'), expect: 'not html' },
  {
    id: 'JSON served as HTML',
    html: () => JSON.stringify({ status: 'ok', items: Array.from({ length: 200 }, (_, i) => ({ id: i, headline: `Headline ${i} about the council vote`, body: 'Some words about the story. '.repeat(6) })) }, null, 2),
    expect: 'not html',
  },
  { id: 'JSON array served as HTML', html: () => JSON.stringify(Array.from({ length: 500 }, (_, i) => [i, `value ${i}`, i % 2 === 0])), expect: 'not html' },
  {
    id: 'JSON with markup in its strings',
    html: () => JSON.stringify({ html: '<p>The council voted on <b>Tuesday</b>.</p>'.repeat(40) }),
    expect: 'either',
  },
  {
    id: 'frameset',
    html: () => '<!doctype html><html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="menu.html"><frame src="story.html"><noframes>Your browser does not support frames.</noframes></frameset></html>',
    expect: 'not an article',
  },
  { id: 'home page of 300 links', html: () => homePageOfLinks(300), expect: 'either' },
  { id: '20,000 nested divs', html: () => nestedDivs(20_000), expect: 'page too large' },
  {
    id: '120,000 elements',
    html: () => `<!doctype html><html><head><title>Grid</title></head><body><table>${'<tr><td>1</td><td>2</td></tr>'.repeat(40_000)}</table></body></html>`,
    expect: 'page too large',
  },
  {
    id: 'tag soup',
    html: () => `<html><p><b><i>Unclosed <table><td>cell<p>para</b></i><li>item<h1>head<p>${'The council met on Tuesday night and voted. '.repeat(30)}<div></span></td></tr>`,
    expect: 'either',
  },
  { id: 'one huge text node (2 MB, no tags)', html: () => 'The council met on Tuesday night. '.repeat(60_000), expect: 'either' },
  { id: 'a 6 MB page with thousands of comments', html: () => pageWithThousandsOfComments(), expect: 'either', storyContains: BIG_PAGE_STORY },
];
