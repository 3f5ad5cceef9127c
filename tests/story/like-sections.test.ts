/**
 * A story cut into like sections (lib/story/like-sections.ts): documentation generators and page
 * builders wrap each part of a story in a section of one shape. The page here is the kind that needs
 * the rule, a project's progress report whose middle sections are lists of pull requests: Readability
 * scores each section on its own and keeps the last one, the thanks.
 */
import { describe, expect, it } from 'vitest';
import { extractStoryOnly } from '../helpers/dom';
import { parseHtml } from '../../scripts/lib/parse-html';
import { runReadability } from '../../lib/story/run-readability';

const links = (n: number, what: string) =>
  `<div class="ulist"><ul>${Array.from({ length: n }, (_, i) => `<li><p><a href="https://code.example/pulls/${i + 100}">${what} number ${i + 1} for the compiler backend</a></p></li>`).join('')}</ul></div>`;
const para = (text: string) => `<div class="paragraph"><p>${text}</p></div>`;
const section = (id: string, heading: string, body: string) => `<div class="part"><h2 id="${id}">${heading}</h2><div class="part-body">${body}</div></div>`;
const prose = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => para(`${topic} ${i + 1}: the backend now builds for two more targets, and the test suite, which used to fail on a third of its cases, passes on all but a handful of them.`)).join('');

const report = (sections: string) => `<!doctype html><html><head><title>Progress report 39</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<main><article><h1>Progress report 39</h1><time>December 2025</time><div class="content">${sections}</div></article></main>
<footer><p>Built with a static site generator.</p></footer></body></html>`;

const progressReport = report(
  section('what', 'What is the backend?', prose('Intro', 2)) +
    section('patches', 'Patches status', para('There has been some nice progress. Many patches were sent for review:') + links(12, 'Patch') + para('Also, a few patches were merged upstream:') + links(6, 'Merged patch')) +
    section('state', 'State of the backend', para('Here is what has been done during the past months:') + links(14, 'Change')) +
    section('next', 'What is next', prose('Next', 3)) +
    section('thanks', 'Thanks for your support', prose('Thanks', 4)),
);

const readabilityText = (html: string) => (runReadability(parseHtml(html, 'https://blog.example/report-39').document)?.content.textContent ?? '').replace(/\s+/g, ' ');

describe('a story cut into like sections', () => {
  it('Readability alone keeps one section of the report (the page has the failure the rule repairs)', () => {
    const text = readabilityText(progressReport);
    expect(text).toContain('Thanks 1:');
    expect(text).not.toContain('Intro 1:');
    expect(text).not.toContain('Patch number 1 ');
  });

  it('keeps every section, in page order, with the lists of patches the sections introduce', () => {
    const result = extractStoryOnly(progressReport, 'https://blog.example/report-39');
    if (!result.ok) throw new Error(result.reason);
    const text = result.story.text;
    const order = ['Intro 1:', 'Many patches were sent for review:', 'Patch number 12 ', 'Merged patch number 6 ', 'Change number 14 ', 'Next 3:', 'Thanks 4:'];
    for (const piece of order) expect(text, piece).toContain(piece);
    const places = order.map((piece) => text.indexOf(piece));
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(text).not.toContain('Built with a static site generator');
  });

  it('does not join sections that are other stories, each with its own headline (an endless page)', () => {
    const endless = progressReport.replace(/<h2 id="(what|patches|state|next)">(.*?)<\/h2>/g, '<h1>$2</h1>');
    expect(readabilityText(endless)).not.toContain('Intro 1:');
    const result = extractStoryOnly(endless, 'https://blog.example/report-39');
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.text).toContain('Thanks 1:');
    expect(result.story.text).not.toContain('Intro 1:');
  });
});
