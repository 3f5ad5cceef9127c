import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lib/story/extract-story';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractFromHtml } from '../helpers/dom';
import { findDangers, runsInJsdom } from './find-dangers';
import { HOSTILE_STORY_URL, STORY_SENTENCES, hostileStoryPage } from './hostile-story';
import { XSS_PAYLOADS } from './xss-payloads';

/**
 * Each payload inside a real story, through the whole engine (cleaning, Readability, sanitiser) as
 * the CLI runs it: the story is still found, and its reader HTML carries nothing that can run.
 * (Each payload is also run in jsdom in sanitize-story-html.test.ts; here all of them at once.)
 */
describe('hostile markup inside a real story', () => {
  it.each(XSS_PAYLOADS.map((payload) => [payload.id, payload] as const))('%s', (_id, payload) => {
    const result = extractFromHtml(hostileStoryPage([payload]), HOSTILE_STORY_URL);
    if (!result.ok) throw new Error(`no story: ${result.reason} ${result.detail ?? ''}`);
    for (const sentence of payload.swallowsRest ? STORY_SENTENCES.slice(0, 1) : STORY_SENTENCES) expect(result.story.text).toContain(sentence);
    expect(findDangers(result.story.html)).toEqual([]);
  });

  it('all payloads at once, under linkedom and jsdom', async () => {
    const page = hostileStoryPage(XSS_PAYLOADS);
    for (const library of ['linkedom', 'jsdom'] as const) {
      const result = extractFromHtml(page, HOSTILE_STORY_URL, library);
      if (!result.ok) throw new Error(`${library}: no story: ${result.reason} ${result.detail ?? ''}`);
      expect(result.story.text, library).toContain(STORY_SENTENCES[0]);
      expect(findDangers(result.story.html), library).toEqual([]);
      expect(await runsInJsdom(result.story.html), library).toEqual({ sentinel: false, dialogs: 0 });
      // The page's own links and images come through, resolved and safe.
      expect(result.story.html).toContain('https://www.bayportledger.example/images/ferry-terminal.jpg');
    }
  });

  it('without the sanitiser, the same engine output is flagged (the placement reaches the reader HTML)', () => {
    const flagged = XSS_PAYLOADS.filter((payload) => findDangers(unsanitisedStoryHtml(hostileStoryPage([payload]))).length > 0);
    expect(flagged.length).toBeGreaterThan(XSS_PAYLOADS.length / 2);
  });
});

/** The engine's reader HTML with an identity sanitiser injected: what Readability and the cleaning rules let through. */
function unsanitisedStoryHtml(html: string): string {
  const page = parseHtml(html, HOSTILE_STORY_URL);
  const result = extractStory(page.document, { url: HOSTILE_STORY_URL, sanitizeHtml: (markup) => markup });
  return result.ok ? result.story.html : '';
}
