import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractFromHtml, SHARED_DIR } from '../../helpers/dom';

const DIR = join(SHARED_DIR, 'corpus', 'scrapinghub');
const available = existsSync(join(DIR, 'ground-truth.json'));
if (!available) console.warn(`skipped: scrapinghub pages not found in ${DIR} (../shared is read-only data beside the repo)`);

// scrapinghub's 181 pages are all articles: the page-type stage must leave every one an `article` story.
describe.skipIf(!available)('scrapinghub pages stay article stories', () => {
  it('every page', { timeout: 900_000 }, () => {
    const truth = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    const notArticles: string[] = [];
    for (const id of Object.keys(truth).sort()) {
      const html = gunzipSync(readFileSync(join(DIR, 'html', `${id}.html.gz`))).toString('utf8');
      const result = extractFromHtml(html, truth[id].url);
      if (!result.ok || result.story.pageType !== 'article') notArticles.push(`${id} ${result.ok ? result.story.pageType : result.reason}`);
    }
    expect(notArticles).toEqual([]);
  });
});
