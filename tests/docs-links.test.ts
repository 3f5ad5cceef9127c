import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Relative link targets in a Markdown file: [text](target) and ![alt](target), anchors and URLs left out. */
function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1].split('#')[0];
    if (target && !/^[a-z]+:/i.test(target)) targets.push(target);
  }
  return targets;
}

describe('documentation', () => {
  // The README is the front page a newcomer reads in two minutes (issue 14); detail lives in docs/.
  it('keeps the README under 15,000 characters', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').length).toBeLessThanOrEqual(15_000);
  });

  it.each(DOCS)('%s links only to files that exist', (file) => {
    const missing = relativeLinks(readFileSync(join(ROOT, file), 'utf8')).filter((target) => !existsSync(resolve(dirname(join(ROOT, file)), target)));
    expect(missing).toEqual([]);
  });
});
