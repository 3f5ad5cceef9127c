/**
 * `npm run demo [-- PATH]` — the engine on one page, printed as a short card a person reads (the
 * seed page in this repository by default): headline, byline, summary, key actors, what was removed.
 * The same pipeline as `npm run extract`, which prints the full JSON.
 */
import { resolve } from 'node:path';
import { analyseStory } from './lib/analyse-page';
import { readPageFile } from './lib/read-pages';

const SEED_PAGE = resolve(import.meta.dirname, '../tests/fixtures/seed/seed-alaska-talks-flat.html');

interface Printed {
  ok: boolean;
  reason?: string;
  detail?: string;
  pageType?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  readingMinutes?: number;
  summary?: string[];
  actors?: { name: string; type: string; role: string; mentions: number }[];
  removed?: { reason: string; text: string }[];
}

function main(path: string): number {
  const result = analyseStory(readPageFile(path)) as unknown as Printed;
  const lines: string[] = [path, ''];
  if (!result.ok) {
    lines.push(`No story: ${result.reason}${result.detail ? ` (${result.detail})` : ''}${result.pageType ? `; the page looks like: ${result.pageType}` : ''}`);
  } else {
    lines.push(result.title ?? '', [result.byline, result.siteName, `${result.readingMinutes} min read`].filter(Boolean).join(' · '), '');
    lines.push('Summary');
    for (const sentence of result.summary ?? []) lines.push(`  • ${sentence}`);
    lines.push('', 'Key actors');
    for (const actor of result.actors ?? []) lines.push(`  ${actor.name} (${actor.type}${actor.role ? `, ${actor.role}` : ''}) ×${actor.mentions}`);
    const removed = new Map<string, number>();
    for (const block of result.removed ?? []) removed.set(block.reason, (removed.get(block.reason) ?? 0) + 1);
    lines.push('', `Removed: ${[...removed].map(([reason, count]) => `${count} ${reason}`).join(', ') || 'nothing'}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv[2] ?? SEED_PAGE);
