/**
 * `npm run bench -- --corpus page-type`: the page-type stage on WCXB's development pages.
 *
 * Prints, for the held-out part (scripts/lib/held-out.ts; never used in training), the shipped model
 * (lib/story/page-type/model-data.ts) as the engine applies it, beside the baseline "every page is an
 * article" (the engine without the stage: a story whenever Readability found one) in the same run:
 * the confusion matrix, per-type precision and recall, accuracy over the seven types, articles kept
 * as stories, product/listing/collection/service pages presented as stories. Then the same for the
 * tuning part by 5-fold cross-validation (each page scored by a model trained without its fold,
 * with the shipped penalty, regression share and threshold; fold assignment 0, the first of the five
 * the training chooses over), labelled as such. Then scrapinghub (all articles): how
 * many pages stay `article` stories.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_TYPE_MODEL } from '../../lib/story/page-type/model-data';
import { applyPageType } from '../../lib/story/page-type/page-type-stage';
import type { PageType } from '../../lib/story/types';
import { corpusAvailable, CORPUS_DIR, listLabelledPages, readLabelledPage, toExample } from './page-type-data';
import { crossValidate, finalType, PAGE_TYPES, tally, type Tally } from './page-type-training';
import { extractFromPage } from './analyse-page';
import { readPageFile } from './read-pages';
import { comparePageTypeInChromium } from './page-type-in-chromium';

type Prediction = { label: PageType; pageType: PageType; story: boolean };

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function printTally(title: string, system: Tally, baseline: Tally, columns = ['Lede page type', 'baseline (every page an article)']): void {
  console.log(`  ${title}`);
  console.log(`    confusion (rows: true type, columns: said type)  ${PAGE_TYPES.map((t) => t.slice(0, 7).padStart(8)).join('')}   recall  precision`);
  PAGE_TYPES.forEach((type, i) => {
    const row = system.confusion[i];
    const total = row.reduce((a, b) => a + b, 0);
    const said = system.confusion.reduce((sum, r) => sum + r[i], 0);
    const recall = total ? row[i] / total : 0;
    const precision = said ? row[i] / said : 0;
    console.log(`    ${type.padEnd(46)}${row.map((n) => String(n).padStart(8)).join('')}  ${pct(recall).padStart(7)}  ${said ? pct(precision).padStart(9) : '        –'}`);
  });
  console.log(`                                     ${columns[0].padStart(14)}   ${columns[1]}`);
  console.log(`    accuracy over the seven types    ${pct(system.accuracy).padStart(14)}   ${pct(baseline.accuracy).padStart(14)}`);
  console.log(`    articles kept as stories         ${pct(system.articlesKept).padStart(14)}   ${pct(baseline.articlesKept).padStart(14)}`);
  console.log(`    product/listing/collection/service presented as stories ${pct(system.refusedShown).padStart(6)}   ${pct(baseline.refusedShown).padStart(14)}`);
}

/** `inChromium`: also read every labelled page in headless Chromium and compare (page-type-in-chromium.ts). */
export async function benchPageType(inChromium = false): Promise<void> {
  if (!corpusAvailable()) {
    console.error(`bench: the WCXB development pages are not in ${CORPUS_DIR}`);
    process.exitCode = 2;
    return;
  }
  const pages = listLabelledPages().map((entry) => ({ ...readLabelledPage(entry), folder: entry.folder }));
  const heldOut = pages.filter((p) => p.heldOut);
  const tuning = pages.filter((p) => !p.heldOut);
  const model = PAGE_TYPE_MODEL;
  console.log(`page types on WCXB development pages: ${pages.length} labelled pages (${heldOut.length} held out, ${tuning.length} tuning); model: ${model.features.length} features, ${model.trees.length} rounds of trees, regression share ${model.regressionShare}, refuse above ${model.refuseAbove}, l2 ${model.l2}`);

  // Held-out: the stage exactly as the engine applies it; the baseline is the engine without it.
  const system: Prediction[] = heldOut.map((p) => {
    const result = applyPageType(p.result, p.page, model);
    const pageType = result.ok ? result.story.pageType : (result.pageType ?? 'article');
    return { label: p.label, pageType, story: result.ok };
  });
  const baseline = (part: typeof pages): Prediction[] => part.map((p) => ({ label: p.label, pageType: 'article', story: p.result.ok }));
  printTally(`held-out part (${heldOut.length} pages), shipped model`, tally(system), tally(baseline(heldOut)));

  // Tuning part, labelled as such: 5-fold cross-validation with the shipped penalty and threshold.
  const examples = tuning.map(toExample);
  const { scored, models } = crossValidate(examples, model.l2, model.regressionShare);
  const cv = scored.map((s) => ({ label: s.example.label, ...finalType(models[0], s, model.refuseAbove) }));
  printTally(`tuning part (${tuning.length} pages), 5-fold cross-validation, fold assignment 0 (the training chose over five)`, tally(cv), tally(baseline(tuning)));

  benchScrapinghub();

  if (!inChromium) return;
  const chromium = await comparePageTypeInChromium(pages);
  const inTab = heldOut.filter((p) => chromium.has(p.id)).map((p) => ({ label: p.label, ...chromium.get(p.id)! }));
  const nodeSame = heldOut.filter((p) => chromium.has(p.id)).map((p) => system[heldOut.indexOf(p)]);
  printTally(`held-out part (${inTab.length} pages read in Chromium), shipped model: the types the extension gives in Chromium, beside Node's`, tally(inTab), tally(nodeSame), ['in Chromium', 'in Node (same pages)']);
}

/** scrapinghub is all articles: every page should stay an `article` story. */
function benchScrapinghub(): void {
  const dir = join(CORPUS_DIR, 'scrapinghub');
  let truth: Record<string, { url: string }>;
  try {
    truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  } catch {
    console.log('  scrapinghub: not found, skipped');
    return;
  }
  const ids = Object.keys(truth).sort();
  const off: string[] = [];
  for (const id of ids) {
    const result = extractFromPage(readPageFile(join(dir, 'html', `${id}.html.gz`)), truth[id].url);
    if (!result.ok || result.story.pageType !== 'article') off.push(`${id.slice(0, 8)} (${result.ok ? result.story.pageType : `${result.reason}, ${result.pageType}`})`);
  }
  console.log(`  scrapinghub (${ids.length} article pages, all parts): ${ids.length - off.length} stay article stories${off.length ? `; not: ${off.join(', ')}` : ''}`);
}
