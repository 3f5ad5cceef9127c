import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { checkInput, startTimeBudget } from '../../lib/story/input-guards';
import { parseHtml } from '../../scripts/lib/parse-html';
import { HOSTILE_STORY_URL, storyTemplate } from './hostile-story';

const doc = (html: string) => parseHtml(html, 'https://news.example/', 'jsdom').document;

describe('checkInput', () => {
  it('accepts a real story page', () => {
    expect(checkInput(doc(storyTemplate()))).toEqual({ ok: true });
  });

  it('refuses by element count and by depth, with the limit in the detail', () => {
    const wide = doc(`<body>${'<p>x</p>'.repeat(50)}</body>`);
    expect(checkInput(wide, { maxElements: 40, maxDepth: 100 })).toMatchObject({ ok: false, reason: 'page too large', detail: 'more than 40 elements' });
    expect(checkInput(wide, { maxElements: 60, maxDepth: 100 })).toEqual({ ok: true });
    const deep = doc(`<body>${'<div>'.repeat(30)}text${'</div>'.repeat(30)}</body>`);
    expect(checkInput(deep, { maxElements: 1000, maxDepth: 20 })).toMatchObject({ ok: false, reason: 'page too large' });
    expect(checkInput(deep, { maxElements: 1000, maxDepth: 40 })).toEqual({ ok: true });
  });

  it('does not count text inside scripts, styles and templates as visible text', () => {
    const hidden = doc('<head><style>body{}</style></head><body><script>var story = "a long story";</script><template><p>later</p></template><noscript>Enable JS</noscript></body>');
    expect(checkInput(hidden)).toMatchObject({ ok: false, reason: 'empty document' });
    const visibleAfterScript = doc('<body><script>var x = 1;</script><p>The council voted.</p></body>');
    expect(checkInput(visibleAfterScript)).toEqual({ ok: true });
  });

  it('tells text with a few odd characters from binary bytes', () => {
    const story = `<body><p>${'The council voted on Tuesday. '.repeat(20)}\u0007\ufffd</p></body>`;
    expect(checkInput(doc(story))).toEqual({ ok: true });
    const bytes = `<body><p>${Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 32)).join('')}</p></body>`;
    expect(checkInput(doc(bytes))).toMatchObject({ ok: false, reason: 'not html' });
  });

  it('refuses JSON but not a story that starts with a bracket', () => {
    expect(checkInput(doc('{"headline": "Council votes", "words": 600}'))).toMatchObject({ ok: false, reason: 'not html', detail: 'JSON served as a web page' });
    expect(checkInput(doc('<body><p>[Updated] The council voted on Tuesday night.</p></body>'))).toEqual({ ok: true });
  });

  it('only reads the page', () => {
    const page = doc(storyTemplate());
    const before = page.documentElement.outerHTML;
    checkInput(page);
    expect(page.documentElement.outerHTML).toBe(before);
  });
});

describe('time budget', () => {
  it('is ok within the budget and says which stage ran over', () => {
    let now = 1000;
    const budget = startTimeBudget(500, () => now);
    now = 1400;
    expect(budget.check('prepare')).toEqual({ ok: true });
    now = 1600;
    expect(budget.check('Readability')).toEqual({ ok: false, reason: 'page too large', detail: 'stopped after Readability: 600 ms of a 500 ms budget' });
    expect(budget.elapsedMs()).toBe(600);
  });

  it('the engine stops at the first check past its budget and returns "page too large"', () => {
    // A clock that advances one second each time it is read: a budget of 0.5 s runs out at the first check.
    let ticks = 0;
    const page = parseHtml(storyTemplate(), HOSTILE_STORY_URL).document;
    const result = extractStory(page, { url: HOSTILE_STORY_URL, sanitizeHtml: (html) => html, timeBudgetMs: 500, now: () => 1000 * ticks++ });
    expect(result).toMatchObject({ ok: false, reason: 'page too large' });
    if (!result.ok) expect(result.detail).toMatch(/^stopped after cloning the page/);
    const unhurried = extractStory(page, { url: HOSTILE_STORY_URL, sanitizeHtml: (html) => html, timeBudgetMs: 500, now: () => 0 });
    expect(unhurried.ok).toBe(true);
  });
});
