/**
 * `npm run sweep:corpus [-- --parser linkedom|jsdom|linkedom-htmlparser2]`
 *
 * Every page of every corpus in ../shared/corpus (scrapinghub, wcxb-articles-dev, wcxb-dev-other)
 * through the story engine as the benchmarks run it (parsed in Node, no time budget): how many pages
 * gave a story and how many each refusal, every crash (`extraction failed`, or a throw out of the
 * engine, which must never happen) with its message, and every refusal of an article page with its
 * reason and detail. Reads ../shared/corpus; nothing is copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractStory } from '../lib/story/extract-story';
import { parseHtml, type DomLibrary } from './lib/parse-html';
import { readPageFile } from './lib/read-pages';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');
const CORPORA = ['scrapinghub', 'wcxb-articles-dev', 'wcxb-dev-other'];
/** Corpora of article pages: each refusal there is listed, not only counted. */
const ARTICLE_CORPORA = new Set(['scrapinghub', 'wcxb-articles-dev']);

function pageUrls(dir: string): Map<string, string> {
  const urls = new Map<string, string>();
  const truthFile = join(dir, 'ground-truth.json');
  if (existsSync(truthFile)) {
    for (const [id, truth] of Object.entries(JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>)) urls.set(id, truth.url);
  }
  return urls;
}

function urlOf(dir: string, id: string, urls: Map<string, string>): string {
  const own = join(dir, 'ground-truth', `${id}.json`);
  if (existsSync(own)) return (JSON.parse(readFileSync(own, 'utf8')) as { url?: string }).url ?? 'https://example.invalid/';
  return urls.get(id) ?? 'https://example.invalid/';
}

function main(): number {
  let parser: DomLibrary = 'linkedom';
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--parser') parser = argv[++i] as DomLibrary;
  if (!existsSync(SHARED)) {
    console.error(`sweep:corpus: ${SHARED} not found (the corpora live in ../shared/corpus)`);
    return 2;
  }
  let crashes = 0;
  for (const corpus of CORPORA) {
    const dir = join(SHARED, corpus);
    if (!existsSync(dir)) {
      console.log(`${corpus}: not found, skipped`);
      continue;
    }
    const urls = pageUrls(dir);
    const counts = new Map<string, number>();
    const listed: string[] = [];
    const files = readdirSync(join(dir, 'html')).filter((name) => name.endsWith('.html.gz')).sort();
    for (const name of files) {
      const id = name.replace(/\.html\.gz$/, '');
      const url = urlOf(dir, id, urls);
      let outcome: string;
      let line = '';
      try {
        const page = parseHtml(readPageFile(join(dir, 'html', name)), url, parser);
        const result = extractStory(page.document, { url, sanitizeHtml: (html) => html, timeBudgetMs: Number.POSITIVE_INFINITY });
        page.close();
        outcome = result.ok ? 'story' : result.reason;
        if (!result.ok) line = `${id}: ${result.reason}${result.detail ? ` (${result.detail})` : ''}`;
      } catch (error) {
        outcome = 'threw';
        line = `${id}: threw ${(error as Error).message}`;
      }
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      if (outcome === 'extraction failed' || outcome === 'threw') crashes++;
      if (line && (ARTICLE_CORPORA.has(corpus) || outcome === 'extraction failed' || outcome === 'threw')) listed.push(line);
    }
    const summary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([what, n]) => `${what} ${n}`).join(', ');
    console.log(`${corpus}: ${files.length} pages: ${summary}`);
    for (const line of listed) console.log(`  ${line}`);
  }
  console.log(`crashes (extraction failed or a throw): ${crashes}`);
  return crashes > 0 ? 1 : 0;
}

process.exitCode = main();
