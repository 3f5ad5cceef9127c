import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { AFTER_READABILITY, BEFORE_READABILITY } from '../../lib/story/clean/run-cleaning-rules';
import { parseHtml } from '../../scripts/lib/parse-html';
import { timeEngineStages } from '../../scripts/lib/engine-stages';
import { articlePage } from '../helpers/dom';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader what happened in the town council meeting, who spoke, and what was decided after a long debate.</p>`;
const page = articlePage(`<article><h1>Council votes</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>`);

// `npm run bench:stages` times the engine with the names it is told; a stage left unnamed would be
// counted in the next one, and a renamed rule list would print the wrong rule names.
describe('the engine tells its stages (ExtractOptions.onStage)', () => {
  it('names every stage of a story, in order, one per cleaning rule', () => {
    const parsed = parseHtml(page, 'https://news.example/story');
    const stages: string[] = [];
    const result = extractStory(parsed.document, { url: 'https://news.example/story', sanitizeHtml: (html) => html, onStage: (stage) => stages.push(stage) });
    expect(result.ok).toBe(true);
    expect(stages).toEqual([
      'guard',
      'clone and prepare',
      'metadata',
      'page index',
      ...BEFORE_READABILITY.map((_, i) => `page rule ${i}`),
      'Readability',
      'container checks',
      'story index',
      ...AFTER_READABILITY.map((_, i) => `story rule ${i}`),
      'lead figure and links',
      'blocks',
      'result',
    ]);
  });

  it('gives the same story with and without an observer', () => {
    const read = (onStage?: (stage: string) => void) =>
      extractStory(parseHtml(page, 'https://news.example/story').document, { url: 'https://news.example/story', sanitizeHtml: (html) => html, onStage });
    expect(read(() => undefined)).toEqual(read());
  });

  it('times each stage and Readability alone on the same page', () => {
    const parsed = parseHtml(page, 'https://news.example/story');
    let tick = 0;
    const times = timeEngineStages(parsed.document, 'https://news.example/story', 2, () => tick++);
    expect(Object.keys(times.stages)).toContain('Readability');
    // The stages account for the whole run: every tick of the clock falls in a stage, but the one
    // read when the engine has returned (after its last stage).
    const added = Object.values(times.stages).reduce((sum, ms) => sum + ms, 0);
    expect(times.engine).toBe(added + 1);
    expect(times.readability).toBe(1);
  });
});
