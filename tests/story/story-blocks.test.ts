import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html';
import { blocksText, storyBlocks } from '../../lib/story/story-text';
import { articlePage, extractFromHtml } from '../helpers/dom';

/** Blocks of a fragment, as the engine reads its chosen container. */
function blocksOf(markup: string) {
  const page = parseHtml(`<!doctype html><html><body><div id="root">${markup}</div></body></html>`);
  return storyBlocks(page.document.getElementById('root')!);
}

describe('storyBlocks', () => {
  it('gives each block the kind of structure it sits in, in reading order', () => {
    const blocks = blocksOf(`
      <p>The council met on Tuesday.</p>
      <h2>What was decided</h2>
      <ul><li>A new harbour wall</li><li><p>More buses</p></li></ul>
      <blockquote><p>We did what we promised.</p></blockquote>
      <table><tr><td>Yes</td><td>7</td></tr><tr><td>No</td><td>2</td></tr></table>
      <pre>npm run build</pre>
      <div role="heading" aria-level="3">Next steps</div>
      <p>The vote is final.</p>`);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'The council met on Tuesday.' },
      { kind: 'heading', text: 'What was decided', level: 2 },
      { kind: 'list-item', text: 'A new harbour wall' },
      { kind: 'list-item', text: 'More buses' },
      { kind: 'quote', text: 'We did what we promised.' },
      { kind: 'table', text: 'Yes 7' },
      { kind: 'table', text: 'No 2' },
      { kind: 'code', text: 'npm run build' },
      { kind: 'heading', text: 'Next steps', level: 3 },
      { kind: 'paragraph', text: 'The vote is final.' },
    ]);
  });

  it('lets the innermost structure decide (a heading inside a list item is a heading)', () => {
    const blocks = blocksOf('<ol><li><h3>Step one</h3><p>Open the box.</p></li></ol>');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'list-item']);
  });

  it('keeps captions out and a pull quote with its speaker in', () => {
    const blocks = blocksOf(`
      <figure><img src="a.jpg"><figcaption>The mayor on Tuesday (Photo: A. Person)</figcaption></figure>
      <figure><blockquote>It was a long night.</blockquote><figcaption>Ann Lee, mayor</figcaption></figure>
      <p>Text after.</p>`);
    expect(blocks).toEqual([
      { kind: 'quote', text: 'It was a long night.' },
      { kind: 'quote', text: 'Ann Lee, mayor' },
      { kind: 'paragraph', text: 'Text after.' },
    ]);
  });

  it('keeps a table or a code listing marked up as a figure, without its caption', () => {
    const blocks = blocksOf(`
      <figure><table><tr><th>Year</th><th>Price</th></tr><tr><td>2024</td><td>+4.1%</td></tr></table><figcaption>Source: county records</figcaption></figure>
      <figure><pre>npm ci</pre><figcaption>Listing 1</figcaption></figure>
      <p>Text after.</p>`);
    expect(blocks).toEqual([
      { kind: 'table', text: 'Year Price' },
      { kind: 'table', text: '2024 +4.1%' },
      { kind: 'code', text: 'npm ci' },
      { kind: 'paragraph', text: 'Text after.' },
    ]);
  });

  it('text is the blocks joined by blank lines', () => {
    const blocks = blocksOf('<h2>Heading</h2><p>One.</p><p>Two.</p>');
    expect(blocksText(blocks)).toBe('Heading\n\nOne.\n\nTwo.');
  });

  it('is part of the story the engine returns, matching its text', () => {
    const paragraph = (n: number) => `<p>Paragraph ${n} tells the reader what happened at the council meeting, who spoke, and what was decided after a long debate on the budget.</p>`;
    const result = extractFromHtml(articlePage(`<article>${paragraph(1)}<h2>The vote</h2>${paragraph(2)}${paragraph(3)}${paragraph(4)}</article>`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.blocks.find((block) => block.kind === 'heading')).toEqual({ kind: 'heading', text: 'The vote', level: 2 });
    expect(blocksText(result.story.blocks)).toBe(result.story.text);
  });
});
