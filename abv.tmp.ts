import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHtml } from './scripts/lib/parse-html';
import { readPageFile } from './scripts/lib/read-pages';
import { cpuMs } from './scripts/lib/cpu-time';
const versions: Record<string, string> = {
  'de64a19 (before)': '/tmp/parse-work/wt-de64a19/lib/story/extract-story.ts',
  '8f27837 (+guard, shape)': '/tmp/parse-work/wt-8f27837/lib/story/extract-story.ts',
  'a74a803 (+clean rules)': '/tmp/parse-work/wt-a74a803/lib/story/extract-story.ts',
  'HEAD': '/work/h-parse/lib/story/extract-story.ts',
};
const engines: Record<string, any> = {};
for (const [k, path] of Object.entries(versions)) engines[k] = (await import(path)).extractStory;
const dir = '../shared/corpus/scrapinghub';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const ids = Object.keys(truth).sort();
const names = [...Object.keys(versions), 'Readability'];
const res: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
ids.forEach((id, idx) => {
  const doc = parseHtml(readPageFile(`${dir}/html/${id}.html.gz`)).document;
  const best: Record<string, number> = {};
  for (let k = 0; k < 4; k++) {
    const order = names.map((_, i) => names[(i + idx + k) % names.length]);
    for (const n of order) {
      const t = cpuMs();
      if (n === 'Readability') { try { new Readability(doc.cloneNode(true) as Document).parse(); } catch {} }
      else engines[n](doc, { url: truth[id].url, sanitizeHtml: (h: string) => h, timeBudgetMs: Infinity });
      best[n] = Math.min(best[n] ?? Infinity, cpuMs() - t);
    }
  }
  for (const n of names) res[n].push(best[n]);
});
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)];
const tot = (v: number[]) => v.reduce((a, b) => a + b, 0);
for (const n of names) console.log(n.padEnd(26), 'median', med(res[n]).toFixed(2), 'p95', p95(res[n]).toFixed(1), 'total', tot(res[n]).toFixed(0), n === 'Readability' ? '' : `ratio ${(med(res[n]) / med(res.Readability)).toFixed(2)} / ${(p95(res[n]) / p95(res.Readability)).toFixed(2)} / ${(tot(res[n]) / tot(res.Readability)).toFixed(2)}`);
