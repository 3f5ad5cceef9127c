import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Payload } from './xss-payloads';

/** A hand-written local news story with two places for hostile markup: inside a paragraph and between paragraphs. */
export const HOSTILE_STORY_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile-story.html');
export const HOSTILE_STORY_URL = 'https://www.bayportledger.example/news/ferry-terminal-repairs/';

/** Sentences of the story that must survive extraction (first, middle and last paragraphs). */
export const STORY_SENTENCES = [
  'The Bayport harbor council voted five to two on Tuesday night to spend $4.2 million repairing the ferry terminal',
  'The two members who voted against, Gus Hallett and Priya Natarajan',
  'The council will hold a public hearing on the construction schedule on April 2 at the community center.',
];

export function storyTemplate(): string {
  return readFileSync(HOSTILE_STORY_PATH, 'utf8');
}

/** The story with the payloads placed both inline (inside paragraph 3) and as blocks (after paragraph 5). */
export function hostileStoryPage(payloads: Payload[], template = storyTemplate()): string {
  // Payloads that swallow the rest of the page go last, so that they do not hide the others.
  const ordered = [...payloads.filter((payload) => !payload.swallowsRest), ...payloads.filter((payload) => payload.swallowsRest)];
  const markup = ordered.map((payload) => payload.html).join('\n');
  return template.replace('<!--payload:inline-->', markup).replace('<!--payload:block-->', `<div class="embed">${markup}</div>`);
}
