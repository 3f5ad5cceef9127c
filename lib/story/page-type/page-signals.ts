import { classOf, findBody, SHOW, upperTagName } from '../clean/dom-utils';

/**
 * What the whole page shows about its kind, read in one walk of the live document: schema.org and
 * Open Graph types, price and cart markup, repeated cards, posts with dates, code and tables of
 * contents, link density, the address's shape. Plain numbers only (counts, shares, 0/1 flags), so
 * that the result crosses from the tab to the extension page as JSON (it runs as its own small
 * injected script, entrypoints/page-signals.ts, beside the story engine's) and the classifier
 * (classify-page.ts) can run there.
 *
 * Nothing here names a site: the class/id vocabulary below is the generic words shops, forums and
 * documentation sites of every platform use for those parts.
 */
export type PageSignals = Record<string, number>;

/** schema.org types (JSON-LD `@type`, microdata `itemtype`), grouped by the kind of page they declare. */
const SCHEMA_GROUPS: Record<string, string> = {
  newsarticle: 'News', reportagenewsarticle: 'News', analysisnewsarticle: 'News', opinionnewsarticle: 'News',
  backgroundnewsarticle: 'News', reviewnewsarticle: 'News', liveblogposting: 'News',
  article: 'Article', blogposting: 'Article', report: 'Article', scholarlyarticle: 'Article', socialmediaposting: 'Article',
  product: 'Product', productgroup: 'Product', offer: 'Product', aggregateoffer: 'Product', individualproduct: 'Product', brand: 'Product',
  discussionforumposting: 'Forum', qapage: 'Forum', comment: 'Comment', interactioncounter: 'Comment',
  techarticle: 'Doc', apireference: 'Doc', softwaresourcecode: 'Doc',
  itemlist: 'List', collectionpage: 'List', searchresultspage: 'List', offercatalog: 'List',
  service: 'Service', localbusiness: 'Service', faqpage: 'Service', course: 'Service', professionalservice: 'Service',
  educationalorganization: 'Service', event: 'Service', jobposting: 'Service',
  person: 'Person', breadcrumblist: 'Breadcrumb', aggregaterating: 'Rating', review: 'Rating',
};

/**
 * Words in class names and ids, by the part of a page they name on sites of every kind.
 * Matched as whole tokens of the class/id (split at non-letters and camelCase), lower-cased.
 */
const CLASS_WORDS: Record<string, string> = {
  price: 'Price', prices: 'Price', pricing: 'Price', cart: 'Cart', basket: 'Cart', checkout: 'Cart', addtocart: 'Cart',
  quantity: 'Cart', qty: 'Cart', sku: 'Cart', variant: 'Cart', swatch: 'Cart', stock: 'Cart',
  product: 'Product', products: 'Product',
  rating: 'Rating', ratings: 'Rating', review: 'Rating', reviews: 'Rating', stars: 'Rating',
  comment: 'Comment', comments: 'Comment', reply: 'Reply', replies: 'Reply', thread: 'Post', topic: 'Post', post: 'Post',
  posts: 'Post', message: 'Post', messages: 'Post', username: 'User', avatar: 'User', user: 'User', author: 'Author', byline: 'Author',
  toc: 'Toc', sidebar: 'Sidebar', sidenav: 'Sidebar', breadcrumb: 'Breadcrumb', breadcrumbs: 'Breadcrumb',
  highlight: 'Code', syntax: 'Code', hljs: 'Code', language: 'Code', docs: 'Doc', documentation: 'Doc',
  card: 'Card', cards: 'Card', tile: 'Card', grid: 'Card', item: 'Card', items: 'Card', teaser: 'Card',
  pagination: 'Pager', pager: 'Pager', filter: 'Filter', filters: 'Filter', facet: 'Filter', sort: 'Filter',
  article: 'Article', story: 'Article', headline: 'Article', share: 'Share', social: 'Share',
  hero: 'Hero', cta: 'Hero', testimonial: 'Hero', testimonials: 'Hero', pricingtable: 'Hero', plan: 'Hero', plans: 'Hero',
};

/** Words in the address's path and host, by the kind of page they name on sites of every kind. */
const URL_WORDS: Record<string, string> = {
  product: 'Product', products: 'Product', item: 'Product', dp: 'Product', p: 'Product', shop: 'Shop', store: 'Shop',
  collections: 'Collection', collection: 'Collection', category: 'Collection', categories: 'Collection', c: 'Collection', cat: 'Collection',
  forum: 'Forum', forums: 'Forum', community: 'Forum', threads: 'Forum', thread: 'Forum', topic: 'Forum', t: 'Forum',
  questions: 'Forum', discussion: 'Forum', discussions: 'Forum', answers: 'Forum', boards: 'Forum',
  docs: 'Doc', doc: 'Doc', documentation: 'Doc', manual: 'Doc', guide: 'Doc', reference: 'Doc', api: 'Doc', library: 'Doc', wiki: 'Doc', tutorial: 'Doc', learn: 'Doc',
  news: 'News', blog: 'News', article: 'News', articles: 'News', story: 'News', stories: 'News', posts: 'News',
  services: 'Service', service: 'Service', about: 'Service', pricing: 'Service', contact: 'Service', solutions: 'Service',
  tag: 'List', tags: 'List', archive: 'List', search: 'List', page: 'List', latest: 'List', all: 'List',
};

/** A price as shops print it: a currency sign or code beside a number. */
const PRICE = /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:€|£|\$|kr|zł|USD|EUR|GBP|CAD|AUD)\b)/;
const DATE = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b|\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b/i;

/** Elements counted by tag (the feature is `tag` + name, e.g. `tagPRE`). */
const COUNTED_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'PRE', 'CODE', 'TABLE', 'LI', 'A', 'IMG', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TIME', 'ARTICLE', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'DL', 'FIGURE', 'SECTION', 'IFRAME', 'VIDEO', 'ADDRESS', 'LABEL']);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Past this many elements the walk stops: a page that large is still measured by its first part. */
const MAX_ELEMENTS = 60_000;

function bump(signals: PageSignals, key: string, by = 1): void {
  signals[key] = (signals[key] ?? 0) + by;
}

/** schema.org type names anywhere in one JSON-LD value (`@type` strings, arrays, `@graph`, nested items). */
function collectSchemaTypes(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectSchemaTypes(item, out, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === '@type') for (const type of [item].flat()) if (typeof type === 'string') out.add(type.replace(/^.*[/:]/, '').toLowerCase());
    collectSchemaTypes(item, out, depth + 1);
  }
}

/** Tokens of a class/id string: split at non-letters and at camelCase humps, lower-cased. */
function tokensOf(value: string): string[] {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
}

/** A sibling's shape for finding repeated cards: its tag and class. */
const shapeOf = (el: Element) => `${upperTagName(el)}.${classOf(el)}`;

/**
 * The most-repeated shape among an element's children: how many siblings share it, how much text they
 * hold, and how many of them hold a link, an image, a price, a date. Cards of a grid, posts of a
 * thread and entries of a list all look like this; a story's paragraphs do too, but hold few links.
 */
type Cards = { count: number; text: number; links: number; images: number; prices: number; dates: number; headings: number };

function repeatedChildren(parent: Element): Cards | null {
  const shapes = new Map<string, Element[]>();
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const tag = upperTagName(child);
    if (NOT_TEXT.has(tag) || tag === 'P' || tag === 'BR' || tag === 'OPTION') continue;
    const shape = shapeOf(child);
    const group = shapes.get(shape);
    if (group) group.push(child);
    else shapes.set(shape, [child]);
  }
  let best: Element[] = [];
  for (const group of shapes.values()) if (group.length > best.length) best = group;
  if (best.length < 3) return null;
  const found: Cards = { count: best.length, text: 0, links: 0, images: 0, prices: 0, dates: 0, headings: 0 };
  for (const el of best) {
    const text = el.textContent ?? '';
    found.text += text.trim().length;
    if (el.getElementsByTagName('a').length || upperTagName(el) === 'A') found.links++;
    if (el.getElementsByTagName('img').length || el.getElementsByTagName('picture').length) found.images++;
    if (PRICE.test(text)) found.prices++;
    if (el.querySelector('h2, h3, h4, h5, [role="heading"]')) found.headings++;
    if (el.getElementsByTagName('time').length || DATE.test(text.slice(0, 2000))) found.dates++;
  }
  return found;
}

/** The signals of a page (see the module comment). `url` is the page's address, when known. Never throws. */
export function readPageSignals(doc: Document, url = ''): PageSignals {
  const signals: PageSignals = {};
  try {
    readMetadata(doc, signals);
    readStructure(doc, signals);
    readAddress(url, signals);
  } catch {
    // A page the walk cannot read is measured by what was read before: the classifier then leans to `article`.
  }
  return signals;
}

function readMetadata(doc: Document, signals: PageSignals): void {
  const types = new Set<string>();
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      collectSchemaTypes(JSON.parse(script.textContent ?? ''), types);
    } catch {
      // Broken JSON-LD (common: trailing commas, HTML comments) declares nothing.
    }
    if (/"datePublished"/.test(script.textContent ?? '')) signals.schemaDate = 1;
  }
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    for (const type of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (type) types.add(type.replace(/^.*[/:]/, '').toLowerCase());
  }
  for (const type of types) {
    const group = SCHEMA_GROUPS[type];
    if (group) signals[`schema${group}`] = 1;
  }
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    const content = (meta.getAttribute('content') ?? '').toLowerCase();
    if (key === 'og:type') {
      const kind = /article|blog/.test(content) ? 'Article' : /product|item/.test(content) ? 'Product' : /website/.test(content) ? 'Website' : 'Other';
      signals[`og${kind}`] = 1;
    } else if (key === 'article:published_time' || key === 'date' || key === 'pubdate' || key === 'publish-date') {
      signals.metaDate = 1;
    } else if (key === 'author' || key === 'article:author') {
      signals.metaAuthor = 1;
    } else if (key.startsWith('product:') || key.startsWith('og:price')) {
      signals.metaProduct = 1;
    }
  }
}

function readStructure(doc: Document, signals: PageSignals): void {
  const body = findBody(doc) ?? doc.documentElement;
  if (!body) return;
  let best: Cards = { count: 0, text: 0, links: 0, images: 0, prices: 0, dates: 0, headings: 0 };
  let bestDated = 0;
  let elements = 0;
  let text = 0;
  let linkText = 0;
  let prices = 0;
  let dates = 0;
  /** Text inside paragraphs, list items and headings: a story is mostly paragraphs; a shop, a list and a landing page are not. */
  const inside: Record<string, number> = { P: 0, LI: 0, H: 0, TD: 0, BUTTON: 0 };
  // One walk over elements and text (getElementsByTagName('*') is empty in linkedom).
  const walker = doc.createTreeWalker(body, SHOW.element | SHOW.text);
  for (let node = walker.nextNode(); node && elements < MAX_ELEMENTS; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const length = value.trim().length;
      const parent = node.parentElement;
      if (!length || (parent && NOT_TEXT.has(upperTagName(parent)))) continue;
      text += length;
      if (parent?.closest('a')) linkText += length;
      if (length < 40 && PRICE.test(value)) prices++;
      if (length < 80 && DATE.test(value)) dates++;
      const container = parent?.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, button');
      if (container) {
        const tag = upperTagName(container);
        inside[tag === 'TH' ? 'TD' : /^H\d$/.test(tag) ? 'H' : tag] += length;
      }
      continue;
    }
    const el = node as Element;
    elements++;
    const tag = upperTagName(el);
    if (COUNTED_TAGS.has(tag)) bump(signals, `tag${tag}`);
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (href.startsWith('#')) bump(signals, 'inPageLinks');
      else if (/^(?:tel|mailto):/i.test(href)) bump(signals, 'contactLinks');
    }
    if (tag === 'CODE' && !el.closest('pre')) bump(signals, 'inlineCode');
    const itemprop = el.getAttribute('itemprop');
    if (itemprop === 'price' || itemprop === 'offers') bump(signals, 'itempropPrice');
    if (tag === 'INPUT' && el.getAttribute('type') === 'number') bump(signals, 'numberInputs');
    const seen = new Set<string>();
    for (const word of tokensOf(`${classOf(el)} ${el.getAttribute('id') ?? ''}`)) {
      const part = CLASS_WORDS[word];
      if (part && !seen.has(part)) {
        seen.add(part);
        bump(signals, `class${part}`);
      }
    }
    if (el.firstElementChild?.nextElementSibling?.nextElementSibling) {
      const group = repeatedChildren(el);
      if (group && group.links * 1000 + group.text > best.links * 1000 + best.text) best = group;
      if (group && group.dates >= 3 && group.text > bestDated) bestDated = group.text;
    }
  }
  signals.elements = elements;
  signals.textChars = text;
  signals.linkShare = text ? linkText / text : 0;
  signals.priceTexts = prices;
  signals.cardCount = best.count;
  signals.cardShare = text ? Math.min(1, best.text / text) : 0;
  signals.cardLinked = best.count ? best.links / best.count : 0;
  signals.cardImages = best.count ? best.images / best.count : 0;
  signals.cardPrices = best.count ? best.prices / best.count : 0;
  signals.cardDates = best.count ? best.dates / best.count : 0;
  signals.cardHeadings = best.count ? best.headings / best.count : 0;
  signals.dateTexts = dates;
  for (const [name, chars] of Object.entries(inside)) signals[`textIn${name}`] = text ? chars / text : 0;
  signals.datedShare = text ? Math.min(1, bestDated / text) : 0;
  const h1 = body.getElementsByTagName('h1')[0];
  signals.h1Chars = h1 ? (h1.textContent ?? '').trim().length : 0;
}

function readAddress(url: string, signals: PageSignals): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  signals.urlDepth = segments.length;
  const last = segments.at(-1) ?? '';
  signals.urlSlugWords = last.split(/[-_]+/).filter((w) => /[a-z]/i.test(w)).length;
  signals.urlDate = /\/(?:19|20)\d{2}\/\d{1,2}\//.test(parsed.pathname) || /(?:19|20)\d{2}-\d{2}-\d{2}/.test(parsed.pathname) ? 1 : 0;
  signals.urlNumber = /\d{4,}/.test(parsed.pathname) ? 1 : 0;
  signals.urlHome = segments.length === 0 ? 1 : 0;
  signals.urlQuery = parsed.search.length > 1 ? 1 : 0;
  const words = [...parsed.hostname.split('.').slice(0, -2), ...segments.flatMap((segment) => segment.toLowerCase().split(/[^a-z]+/))];
  for (const word of new Set(words)) {
    const kind = URL_WORDS[word];
    if (kind) signals[`url${kind}`] = 1;
  }
}
