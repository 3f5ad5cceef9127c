import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyPageType, isNewsStory } from '../../../lib/story/page-type/page-type-stage';
import { decidePageType, treeProbabilities, treeValue, typeProbabilities, type PageTypeModel, type TreeNode } from '../../../lib/story/page-type/classify-page';
import type { ExtractResult, PageType } from '../../../lib/story/types';
import { extractFromHtml } from '../../helpers/dom';
import { makeStory } from '../../components/story';
import { docPage, forumThread, listingGrid, newsStory, productPage, serviceLanding } from './pages';

const TYPES: PageType[] = ['article', 'forum', 'documentation', 'product', 'listing', 'collection', 'service'];

/** A model that reads one signal per type (`is_forum` = 1 makes the page a forum...): the stage's logic without the trained weights. */
function oneSignalModel(refuseAbove = 0.5): PageTypeModel {
  const features = TYPES.map((type) => `is_${type}`);
  return {
    format: 2,
    types: TYPES,
    features,
    mean: features.map(() => 0),
    scale: features.map(() => 1),
    weights: TYPES.map((_, k) => [...features.map((__, j) => (j === k ? 20 : 0)), k === 0 ? 1 : 0]),
    refuseAbove,
    l2: 0,
    trees: [],
    regressionShare: 1,
  };
}

const storyResult = (overrides = {}): ExtractResult => ({ ok: true, story: makeStory({ pageType: 'article', isNews: false, ...overrides }) });

describe('the page-type stage (with a one-signal model)', () => {
  const model = oneSignalModel();
  it('an article stays the story, with isNews from its date and byline', () => {
    const result = applyPageType(storyResult(), {}, model);
    expect(result).toMatchObject({ ok: true, story: { pageType: 'article', isNews: true } });
    const undated = applyPageType(storyResult({ publishedTime: '' }), {}, model);
    expect(undated).toMatchObject({ ok: true, story: { pageType: 'article', isNews: false } });
  });

  it('forum and documentation pages stay stories with their type, and are not news', () => {
    expect(applyPageType(storyResult(), { is_forum: 1 }, model)).toMatchObject({ ok: true, story: { pageType: 'forum', isNews: false } });
    expect(applyPageType(storyResult(), { is_documentation: 1 }, model)).toMatchObject({ ok: true, story: { pageType: 'documentation' } });
  });

  it('product, listing, collection and service pages become "not an article" with their type', () => {
    for (const type of ['product', 'listing', 'collection', 'service'] as const) {
      const result = applyPageType(storyResult(), { [`is_${type}`]: 1 }, model);
      expect(result).toMatchObject({ ok: false, reason: 'not an article', pageType: type, isNews: false });
      if (!result.ok) expect(result.detail).toMatch(/looks like/);
    }
  });

  it('averages the regression with the trees by the regression share', () => {
    // One round of trees: the `service` tree says +4 when `is_service` (standardised) is above 0.5, else 0; the others 0.
    const trees: TreeNode[][] = [TYPES.map((type, k) => (type === 'service' ? [k, 0.5, 0, 4] : 0))];
    const vector = TYPES.map((type) => (type === 'service' ? 1 : 0));
    const fromTrees = treeProbabilities(trees, TYPES.length, vector);
    expect(fromTrees[6]).toBeCloseTo(Math.exp(4) / (Math.exp(4) + 6), 6);
    expect(treeValue([0, 0.5, -1, 2], [0.5])).toBe(-1); // at the threshold goes left
    const regressionAlone = typeProbabilities(model, vector);
    const blended = typeProbabilities({ ...model, trees, regressionShare: 0.5 }, vector);
    blended.forEach((p, k) => expect(p).toBeCloseTo(0.5 * regressionAlone[k] + 0.5 * fromTrees[k], 9));
    expect(blended.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // With a share of 1 the trees are not read.
    expect(typeProbabilities({ ...model, trees, regressionShare: 1 }, vector)).toEqual(regressionAlone);
  });

  it('when unsure, the story: the refused types together must pass the threshold', () => {
    const probabilities = [0.3, 0.05, 0.05, 0.35, 0.05, 0.05, 0.15];
    // Refused types together: 0.6.
    expect(decidePageType(model, probabilities, 0.65)).toBe('article');
    expect(decidePageType(model, probabilities, 0.55)).toBe('product');
    // Below it, the likeliest of article, forum and documentation.
    expect(decidePageType(model, [0.1, 0.3, 0.1, 0.2, 0.1, 0.1, 0.1], 0.55)).toBe('forum');
  });

  it("keeps the engine's own refusals, typed as what the page most looks like", () => {
    const refused: ExtractResult = { ok: false, reason: 'not an article', detail: 'the page is mostly links to other pages' };
    expect(applyPageType(refused, { is_listing: 1 }, model)).toMatchObject({ ok: false, reason: 'not an article', pageType: 'listing', isNews: false, detail: 'the page is mostly links to other pages' });
  });

  it('leaves input it could not read untouched', () => {
    for (const reason of ['empty document', 'not html', 'page too large', 'extraction failed'] as const) {
      expect(applyPageType({ ok: false, reason }, { is_product: 1 }, model)).toEqual({ ok: false, reason });
    }
  });

  it('a NewsArticle schema makes a story news even without a byline', () => {
    expect(isNewsStory(storyResult({ byline: '', publishedTime: '' }), { schemaNews: 1 })).toBe(true);
    expect(isNewsStory(storyResult({ byline: '', dateline: '', publishedTime: '2025-01-01' }), {})).toBe(false);
    expect(isNewsStory(storyResult({ byline: '', dateline: 'PARIS (AP)', publishedTime: '2025-01-01' }), {})).toBe(true);
    // The page's own date counts when Readability did not take it up.
    expect(isNewsStory(storyResult({ publishedTime: '' }), { metaDate: 1 })).toBe(true);
    expect(isNewsStory(storyResult({ publishedTime: '' }), {})).toBe(false);
  });
});

describe('behaviour by type with the trained model, on hand-written pages', () => {
  it('a news story with NewsArticle and a byline is an article story and news', () => {
    const result = extractFromHtml(newsStory, 'https://harbour.example/2025/05/02/council-backs-harbour-plan');
    expect(result).toMatchObject({ ok: true, story: { pageType: 'article', isNews: true } });
  });

  it('a product page with price and cart is refused as a product page', () => {
    expect(extractFromHtml(productPage, 'https://shop.example/products/trail-runner-2')).toMatchObject({ ok: false, reason: 'not an article', pageType: 'product', isNews: false });
  });

  it('a grid of news cards is refused as a listing', () => {
    expect(extractFromHtml(listingGrid, 'https://town.example/news/')).toMatchObject({ ok: false, reason: 'not an article', pageType: 'listing' });
  });

  it("a service business's landing page is refused as a service page", () => {
    expect(extractFromHtml(serviceLanding, 'https://www.riversideplumbing.example/')).toMatchObject({ ok: false, reason: 'not an article', pageType: 'service' });
  });

  it('a forum thread is a forum story', () => {
    const result = extractFromHtml(forumThread, 'https://community.example/t/sourdough-starter-acetone/1234');
    expect(result.ok ? result.story.pageType : result.pageType).toBe('forum');
  });

  it('a documentation page with code and a table of contents is a documentation story', () => {
    expect(extractFromHtml(docPage, 'https://docs.example.org/en/latest/quickstart.html')).toMatchObject({ ok: true, story: { pageType: 'documentation', isNews: false } });
  });

  it('the seed pages stay article stories', () => {
    for (const name of ['seed-alaska-talks-flat.html', 'seed-alaska-talks.html']) {
      const html = readFileSync(resolve(__dirname, '../../fixtures/seed', name), 'utf8');
      expect(extractFromHtml(html), name).toMatchObject({ ok: true, story: { pageType: 'article' } });
    }
  });
});
