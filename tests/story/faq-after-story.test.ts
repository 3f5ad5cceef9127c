/**
 * A story's FAQ in a section of its own right after the story's body (lib/story/faq-after-story.ts):
 * the template of many guides and explainers. Readability keeps the body, its one container, and
 * leaves the questions and answers out.
 */
import { describe, expect, it } from 'vitest';
import { extractStoryOnly } from '../helpers/dom';
import { parseHtml } from '../../scripts/lib/parse-html';
import { runReadability } from '../../lib/story/run-readability';

const body = Array.from({ length: 8 }, (_, i) =>
  `<p>Step ${i + 1} of the guide: insulate the loft before the walls, because most of the heat of an old house leaves through its roof, and the grant covers the loft first.</p>`,
).join('');
const qa = (n: number, hidden = false) =>
  `<div class="qa"><button type="button" aria-expanded="false"><span>Question ${n}: how long does the work take?</span></button>` +
  `<div${hidden ? ' aria-hidden="true" style="display:none"' : ''}><p>Answer ${n}: a loft takes a day and the walls a week, and the council pays for both when the house was built before 1950.</p></div></div>`;
const faq = (hidden = false) => `<section class="s2"><h2>Frequently Asked Questions</h2><div class="list">${[1, 2, 3].map((n) => qa(n, hidden)).join('')}</div></section>`;
const page = (afterBody: string) => `<!doctype html><html><head><title>How to insulate an old house</title></head><body>
<header><a href="/">Home</a></header>
<main><h1>How to insulate an old house</h1><div class="layout"><div class="text">${body}</div>${afterBody}</div></main>
<footer><p>About the site.</p></footer></body></html>`;

const readabilityText = (html: string) => (runReadability(parseHtml(html, 'https://guides.example/insulate').document)?.content.textContent ?? '').replace(/\s+/g, ' ');
const storyText = (html: string) => {
  const result = extractStoryOnly(html, 'https://guides.example/insulate');
  if (!result.ok) throw new Error(result.reason);
  return result.story.text;
};

describe('the story\u2019s FAQ after it', () => {
  const withSignUp = page(`<div class="box"><p>Get our tips by email.</p><form><input type="email"><button>Sign up</button></form></div>${faq()}`);

  it('Readability alone leaves the FAQ out (the page has the failure the rule repairs)', () => {
    expect(readabilityText(withSignUp)).toContain('Step 8 of the guide');
    expect(readabilityText(withSignUp)).not.toContain('Answer 1:');
  });

  it('keeps the questions (accordion buttons) and answers after the story, past a sign-up box', () => {
    const text = storyText(withSignUp);
    expect(text).toContain('Step 8 of the guide');
    for (const piece of ['Frequently Asked Questions', 'Question 1: how long', 'Answer 1: a loft', 'Answer 3: a loft']) expect(text, piece).toContain(piece);
    expect(text.indexOf('Step 8')).toBeLessThan(text.indexOf('Question 1'));
    expect(text).not.toContain('Get our tips');
  });

  it('leaves out an FAQ whose answers are hidden (a list of questions)', () => {
    expect(storyText(page(faq(true)))).not.toContain('Question 1');
  });
});
