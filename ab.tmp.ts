import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { extractStory } from './lib/story/extract-story';
import { parseHtml } from './scripts/lib/parse-html';
import { readPageFile } from './scripts/lib/read-pages';
import { cpuMs } from './scripts/lib/cpu-time';
const dir = '../shared/corpus/scrapinghub';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const ids = Object.keys(truth).sort();
const res: Record<string, number[]> = { engNew: [], engOld: [], rdNew: [], rdOld: [] };
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
for (const id of ids) {
  const html = readPageFile(`${dir}/html/${id}.html.gz`);
  const docs = { New: parseHtml(html).document, Old: parseHtml(html, undefined, 'linkedom-htmlparser2').document };
  const best: Record<string, number> = {};
  for (let k = 0; k < 5; k++) for (const which of (k % 2 ? ['New', 'Old'] : ['Old', 'New']) as ('New' | 'Old')[]) {
    let t = cpuMs(); extractStory(docs[which], { url: truth[id].url, sanitizeHtml: (h) => h, timeBudgetMs: Infinity }); const e = cpuMs() - t;
    t = cpuMs(); try { new Readability(docs[which].cloneNode(true) as Document).parse(); } catch {} const r = cpuMs() - t;
    best['eng' + which] = Math.min(best['eng' + which] ?? Infinity, e); best['rd' + which] = Math.min(best['rd' + which] ?? Infinity, r);
  }
  for (const k of Object.keys(res)) res[k].push(best[k]);
}
for (const k of Object.keys(res)) console.log(k, 'median', med(res[k]).toFixed(2), 'total', res[k].reduce((a, b) => a + b, 0).toFixed(0));
