import { classOf, findBody, nonWhitespaceLength, SHOW, upperTagName } from '../clean/dom-utils';

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

/**
 * A table from word to kind, written kind by kind: `{ Price: 'price prices' }` gives price → Price and
 * prices → Price. (Written this way because this script is injected on every click: a word costs its
 * letters and a space, not its kind's name again.)
 */
function byWord(kinds: Record<string, string>): Record<string, string> {
  // No prototype: a class token such as "constructor" or "valueof" names no kind.
  const table: Record<string, string> = Object.create(null);
  for (const [kind, words] of Object.entries(kinds)) for (const word of words.split(' ')) table[word] = kind;
  return table;
}

/** schema.org types (JSON-LD `@type`, microdata `itemtype`), grouped by the kind of page they declare. */
const SCHEMA_GROUPS = byWord({
  News: 'newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle backgroundnewsarticle reviewnewsarticle liveblogposting',
  Article: 'article blogposting report scholarlyarticle socialmediaposting',
  Product: 'product productgroup offer aggregateoffer individualproduct brand',
  Forum: 'discussionforumposting qapage',
  Comment: 'comment interactioncounter',
  Doc: 'techarticle apireference softwaresourcecode',
  List: 'itemlist collectionpage searchresultspage offercatalog',
  Service: 'service localbusiness faqpage course professionalservice educationalorganization event jobposting',
  Person: 'person',
  Breadcrumb: 'breadcrumblist',
  Rating: 'aggregaterating review',
});

/**
 * Words in class names and ids, by the part of a page they name on sites of every kind.
 * Matched as whole tokens of the class/id (split at non-letters and camelCase), lower-cased.
 */
const CLASS_WORDS = byWord({
  Price: 'price prices pricing',
  Cart: 'cart basket checkout addtocart quantity qty sku variant swatch stock',
  Product: 'product products',
  Rating: 'rating ratings review reviews stars',
  Comment: 'comment comments',
  Reply: 'reply replies',
  Post: 'thread topic post posts message messages',
  User: 'username avatar user',
  Author: 'author byline',
  Toc: 'toc',
  Sidebar: 'sidebar sidenav',
  Breadcrumb: 'breadcrumb breadcrumbs',
  Code: 'highlight syntax hljs language',
  Doc: 'docs documentation',
  Card: 'card cards tile grid item items teaser',
  Pager: 'pagination pager',
  Filter: 'filter filters facet sort',
  Article: 'article story headline',
  Share: 'share social',
  Hero: 'hero cta testimonial testimonials pricingtable plan plans',
});

/** Words in the address's path and host, by the kind of page they name on sites of every kind. */
const URL_WORDS = byWord({
  Product: 'product products item dp p',
  Shop: 'shop store',
  Collection: 'collections collection category categories c cat',
  Forum: 'forum forums community threads thread topic t questions discussion discussions answers boards',
  Doc: 'docs doc documentation manual guide reference api library wiki tutorial learn',
  News: 'news blog article articles story stories posts',
  Service: 'services service about pricing contact solutions programs program courses course department departments plans features tools calculator calculators industries capabilities careers offers deals testimonials consulting',
  List: 'tag tags archive search page latest all',
});

/** A price as shops print it: a currency sign or code beside a number. */
const PRICE = /(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:€|£|\$|kr|zł|USD|EUR|GBP|CAD|AUD)\b)/;
/** A date as pages print them: ISO or numeric, "Mar 3, 2025", "3 March 2025", "2 days ago". */
export const DATE = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b|\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b/i;

/** A telephone number as pages print them ("(555) 123-4567", "+44 20 7946 0958", "555.123.4567"). */
const PHONE = /(?:^|[^\d])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)/;
/** A price per period or per person: plans and rates of services and subscriptions. */
const RATE = /(?:\/\s?(?:mo|month|yr|year|hr|hour|user|seat)|\bper (?:month|year|hour|user|person|night|session))\b/i;
/**
 * Calls to action, by what they ask of the reader: to buy; to get in touch, book, apply or sign up
 * (service and landing pages); to see more (teasers of listings). Matched on the whole short label of
 * a link or button. English, German, French, Spanish, Italian, Dutch.
 */
const CTA: [string, RegExp][] = [
  ['Buy', /^(?:add to (?:cart|bag|basket|trolley)|buy(?: it)?(?: now)?|shop(?: now| all)?|order(?: now)?|checkout|in den (?:warenkorb|einkaufswagen)|(?:jetzt )?kaufen|ajouter au panier|acheter|añadir al carrito|comprar|aggiungi al carrello|acquista|in winkelwagen|bestellen)$/],
  ['Contact', /^(?:contact(?: us)?|call(?: us)?(?: now| today)?|get (?:a |an |your )?(?:free )?(?:quote|estimate|consultation|demo|started|in touch|offer)|request (?:a |an )?(?:free )?(?:quote|demo|consultation|information|info|appointment|call(?: ?back)?)|book(?: now| online| a \w+| an \w+| your \w+)?|schedule(?: a| an| your)? ?\w*|make an appointment|apply(?: now| today| online)?|enrol+(?: now| today)?|register(?: now| today)?|sign up(?: now| today| free| for free)?|start(?: your)?(?: free)? trial|try(?: it)? (?:for )?free|free (?:trial|consultation|quote|estimate)|(?:talk|speak) (?:to|with) (?:us|an? \w+)|let'?s talk|join(?: now| us| today)?|donate(?: now)?|kontakt(?:ieren)?|anfrage|termin \w+|jetzt anmelden|contactez[- ]nous|nous contacter|demander un devis|réserver|contáct(?:ar|enos|anos)|solicitar? \w+|reservar|contattaci|prenota)$/],
  ['More', /^(?:learn more|read more|find out more|see (?:more|all|details)|view (?:all|more|details)|discover(?: more)?|explore(?: more)?|more info(?:rmation)?|mehr erfahren|weiterlesen|mehr lesen|en savoir plus|lire la suite|leer más|más información|ver más|scopri di più|leggi di più|lees meer|meer informatie)$/],
];
/** A byline's opening word, in the languages above ("By Jane Roe", "Von …", "Par …"). */
const BYLINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Dd]a)\s+\p{Lu}/u;

/** Elements counted by tag (the feature is `tag` + name, e.g. `tagPRE`). */
const COUNTED_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'PRE', 'CODE', 'TABLE', 'LI', 'A', 'IMG', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TIME', 'ARTICLE', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'DL', 'FIGURE', 'SECTION', 'IFRAME', 'VIDEO', 'ADDRESS', 'LABEL', 'TEXTAREA']);
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
type Cards = { count: number; text: number; links: number; images: number; prices: number; dates: number; headings: number; teasers: number; looseTeasers: number; looseText: number };

/** A card dated by a <time> element or a date in its first 2,000 characters of text. */
function isDated(el: Element, text: string): boolean {
  return el.getElementsByTagName('time').length > 0 || DATE.test(text.slice(0, 2000));
}

function repeatedChildren(parent: Element): Cards | null {
  const shapes = new Map<string, Element[]>();
  const tags = new Map<string, Element[]>();
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const tag = upperTagName(child);
    if (NOT_TEXT.has(tag) || tag === 'P' || tag === 'BR' || tag === 'OPTION') continue;
    for (const [map, key] of [[shapes, shapeOf(child)], [tags, tag]] as const) {
      const group = map.get(key);
      if (group) group.push(child);
      else map.set(key, [child]);
    }
  }
  let best: Element[] = [];
  for (const group of shapes.values()) if (group.length > best.length) best = group;
  let sameTag: Element[] = [];
  for (const group of tags.values()) if (group.length > sameTag.length) sameTag = group;
  if (sameTag.length < 3) return null;
  const found: Cards = { count: best.length, text: 0, links: 0, images: 0, prices: 0, dates: 0, headings: 0, teasers: 0, looseTeasers: 0, looseText: 0 };
  // Teasers among siblings of one tag, whatever their classes: a content system often gives each entry
  // classes of its own (\`entry post-812 tag-…\`), so entries of one listing share no class string.
  if (sameTag.length > best.length) {
    for (const el of sameTag) {
      const text = el.textContent ?? '';
      if (isTeaser(el, text, isDated(el, text))) {
        found.looseTeasers++;
        found.looseText += text.trim().length;
      }
    }
  }
  if (best.length < 3) return found.looseTeasers >= 3 ? { ...found, count: 0 } : null;
  for (const el of best) {
    const text = el.textContent ?? '';
    found.text += text.trim().length;
    if (el.getElementsByTagName('a').length || upperTagName(el) === 'A') found.links++;
    if (el.getElementsByTagName('img').length || el.getElementsByTagName('picture').length) found.images++;
    if (PRICE.test(text)) found.prices++;
    if (el.querySelector('h2, h3, h4, h5, [role="heading"]')) found.headings++;
    const dated = isDated(el, text);
    if (dated) found.dates++;
    if (isTeaser(el, text, dated)) found.teasers++;
  }
  if (sameTag.length <= best.length) {
    found.looseTeasers = found.teasers;
    found.looseText = found.teasers ? found.text : 0;
  }
  return found;
}

/**
 * A teaser of another page, as listings print them: a headline that is a link to another page (at
 * least three words, standing on its own, not inside a paragraph's running text) and, beside it, a
 * date or an excerpt (text that is not a link, spaces not counted). A product card has a short name and
 * a price; a menu entry has the link alone, and a menu's top entry holds many links (its submenu), not
 * one headline; a story's paragraph, or a guide's section linking its pick in its prose, has no
 * headline link; a section whose heading links to itself (`#section`) heads no other page.
 */
const MAX_TEASER_LINKS = 8;

function isTeaser(el: Element, text: string, dated: boolean): boolean {
  let headline = 0;
  let linked = 0;
  const links = upperTagName(el) === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  if (links.length > MAX_TEASER_LINKS) return false;
  for (const a of links) {
    const label = (a.textContent ?? '').trim();
    linked += nonWhitespaceLength(label);
    // A headline stands on its own: a link in the running text of a paragraph is a reference, not a teaser's headline.
    const paragraph = a.closest('p');
    const other = !(a.getAttribute('href') ?? '#').startsWith('#');
    if (other && label.split(/\s+/).length >= 3 && (!paragraph || (paragraph.textContent ?? '').trim() === label)) headline = 1;
  }
  return headline > 0 && (dated || nonWhitespaceLength(text) - linked >= 40);
}

/** The signals of a page (see the module comment). `url` is the page's address, when known. Never throws. */
export function readPageSignals(doc: Document, url = ''): PageSignals {
  const signals: PageSignals = {};
  try {
    const names = readMetadata(doc, signals);
    const hrefs = readStructure(doc, signals, [...names, hostName(url)].filter((name) => name.length >= 4));
    readAddress(url, signals);
    readLinkPaths(hrefs, url, signals);
  } catch {
    // A page the walk cannot read is measured by what was read before: the classifier then leans to `article`.
  }
  return signals;
}

/** Letters only, lower-cased: how a site's name is compared with text ("McCollister's" = "mccollisters"). */
const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

/** The site's own name as its address spells it: the label before the public suffix ("acme" of www.acme.co.uk). */
function hostName(url: string): string {
  try {
    const labels = new URL(url).hostname.split('.').filter((label) => !/^(?:www\d?|m|com?|org|net|gov|edu|ac)$/.test(label));
    return labels.length > 1 ? labels[labels.length - 2] : labels[0] ?? '';
  } catch {
    return '';
  }
}

/** Reads schema.org and Open Graph; returns the site's name as `og:site_name` gives it (letters only), if any. */
function readMetadata(doc: Document, signals: PageSignals): string[] {
  const names: string[] = [];
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
  // The title as Chromium's document.title finds it: the first HTML <title> anywhere in the document
  // (linkedom's looks in <head> only, and a page whose <head> ends early has its title in <body>).
  const title = Array.from(doc.getElementsByTagName('title')).find((el) => !el.closest('svg'));
  readTitle(title?.textContent ?? '', signals);
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
    } else if (key === 'og:site_name') {
      names.push(lettersOf(content));
    }
  }
  return names;
}

/**
 * The shape of the document's title: how many parts ("Plumbing Services | Acme | City"), how many words
 * its longest part has (a story's headline is a sentence; a landing page's title is a few nouns), and
 * words that name a page's function rather than a subject.
 */
const TITLE_WORDS: [string, RegExp][] = [
  ['Service', /\b(?:services?|solutions|pricing|plans|contact|home ?page|courses?|programs?|careers|jobs|tools?|calculator|near me|agency|consulting|hire|company|dienstleistungen|leistungen|angebot|servicios|soluciones)\b/i],
  ['Shop', /\b(?:shop|store|buy|sale|deals|collection|category|online kaufen|boutique|tienda)\b/i],
  ['List', /\b(?:news|blog|archives?|events|latest|page \d+|all posts|topics?|tag|nachrichten|actualités|noticias)\b/i],
];

/**
 * A headline that asks or explains, as undated guides, how-tos and listicles word theirs ("How to …",
 * "What is …?", "10 tips for …", "… explained", "A beginner's guide to …"): an article without a date
 * still reads like one. A landing page's headline names a business or a service.
 */
const EXPLAINS = /^(?:how|what|why|when|which|where|who|is|are|can|should|does|do|wie|was ist|warum|comment|pourquoi|qu'est-ce|cómo|qué es|por qué|come|cosa|perché|hoe|wat is|waarom)\b|^(?:the |top )?\d{1,3} |\?$|\b(?:guide|tips|ways|ideas|explained|basics|101|step[- ]by[- ]step|everything you need|reasons|mistakes|vs\.?|versus|ratgeber|tipps|conseils|guía|consejos|consigli)\b/i;

function readTitle(title: string, signals: PageSignals): void {
  if (EXPLAINS.test(title.trim())) signals.headlineExplains = 1;
  const parts = title.split(/\s[|–—·:•»-]\s|\s?[|·•»]\s?/).map((part) => part.trim()).filter(Boolean);
  if (!parts.length) return;
  signals.titleParts = parts.length;
  signals.titleWords = Math.max(...parts.map((part) => part.split(/\s+/).length));
  for (const [kind, pattern] of TITLE_WORDS) if (pattern.test(title)) signals[`title${kind}`] = 1;
}

/** A link's target (its href attribute), and whether it stands in a menu (a list item or navigation). */
interface PageLink {
  href: string;
  inMenu: boolean;
}

/** Walks the body once; returns the page's links for readLinkPaths. */
function readStructure(doc: Document, signals: PageSignals, siteNames: string[]): PageLink[] {
  const hrefs: PageLink[] = [];
  const body = findBody(doc) ?? doc.documentElement;
  if (!body) return hrefs;
  let best: Cards = { count: 0, text: 0, links: 0, images: 0, prices: 0, dates: 0, headings: 0, teasers: 0, looseTeasers: 0, looseText: 0 };
  let bestDated = 0;
  // The largest run of teasers among siblings, and its text: a listing's entries, wherever they are.
  let teasers = { count: 0, text: 0 };
  let looseTeasers = { count: 0, text: 0 };
  let elements = 0;
  let text = 0;
  let linkText = 0;
  let prices = 0;
  let dates = 0;
  let phones = 0;
  let rates = 0;
  // Where the headline is, in characters of text before it, and the nearest date and byline on either
  // side of it: a story dates and signs itself by its headline; a landing page's dates, if any, are elsewhere.
  let h1At = -1;
  const near = { Date: [-1, -1], Byline: [-1, -1] };
  const mark = (kind: 'Date' | 'Byline') => {
    const at = near[kind];
    if (h1At < 0) at[0] = text;
    else if (at[1] < 0) at[1] = text;
  };
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
      if (length < 40 && PHONE.test(value)) phones++;
      if (length < 60 && RATE.test(value)) rates++;
      if (length < 80 && DATE.test(value)) {
        dates++;
        mark('Date');
      }
      if (length < 60 && BYLINE.test(value.trim())) mark('Byline');
      const container = parent?.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, button');
      if (container) {
        const tag = upperTagName(container);
        // A landing page speaks of its own business by name in its prose ("At Acme, we ..."); a report names others.
        if ((tag === 'P' || tag === 'LI') && length > 20 && siteNames.some((name) => lettersOf(value).includes(name))) bump(signals, 'selfNamed');
        inside[tag === 'TH' ? 'TD' : /^H\d$/.test(tag) ? 'H' : tag] += length;
      }
      continue;
    }
    const el = node as Element;
    const tag = upperTagName(el);
    // A declarative shadow root (<template shadowrootmode>) is no element of the document in a browser:
    // the parser attaches it to its parent as a shadow root, which a walk of the document does not enter.
    if (tag === 'TEMPLATE' && el.hasAttribute('shadowrootmode')) continue;
    elements++;
    if (COUNTED_TAGS.has(tag)) bump(signals, `tag${tag}`);
    if (tag === 'H1' && h1At < 0) h1At = text;
    // Headings that are links head teasers of other pages (cards, listings, a shop's grid).
    if ((tag === 'H2' || tag === 'H3' || tag === 'H4') && (el.closest('a') || el.getElementsByTagName('a').length)) bump(signals, 'linkedHeadings');
    else if (tag === 'TIME') mark('Date');
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      // A link in a menu (a list item or navigation) is marked: a page its own menu links to is a section of the site.
      hrefs.push({ href, inMenu: el.closest('li, nav, [role="navigation"]') !== null });
      if (href.startsWith('#')) bump(signals, 'inPageLinks');
      else if (/^(?:tel|mailto):/i.test(href)) bump(signals, 'contactLinks');
      if (el.getAttribute('rel') === 'author') mark('Byline');
    }
    if (tag === 'A' || tag === 'BUTTON' || tag === 'INPUT') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (tag === 'INPUT' && /^(?:email|tel|search)$/.test(type)) bump(signals, `input_${type}`);
      const label = (tag === 'INPUT' ? (/^(?:submit|button)$/.test(type) ? el.getAttribute('value') : '') : el.textContent) ?? '';
      if (label.length < 60) {
        const words = label.toLowerCase().replace(/[^\p{L}' ]+/gu, ' ').replace(/ +/g, ' ').trim();
        for (const [kind, pattern] of CTA) if (pattern.test(words)) bump(signals, `cta${kind}`);
      }
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
        if (part === 'Author') mark('Byline');
      }
    }
    if (el.firstElementChild?.nextElementSibling?.nextElementSibling) {
      const group = repeatedChildren(el);
      if (group && group.links * 1000 + group.text > best.links * 1000 + best.text) best = group;
      if (group && group.dates >= 3 && group.text > bestDated) bestDated = group.text;
      if (group && group.teasers >= 3 && group.teasers > teasers.count) teasers = { count: group.teasers, text: group.text };
      if (group && group.looseTeasers >= 3 && group.looseTeasers > looseTeasers.count) looseTeasers = { count: group.looseTeasers, text: group.looseText };
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
  signals.phoneTexts = phones;
  signals.rateTexts = rates;
  // Closeness of the nearest date and byline to the headline: 1 beside it, ~0.5 two hundred characters away, 0 when none.
  if (h1At >= 0) {
    for (const [kind, [before, after]] of Object.entries(near)) {
      const gap = Math.min(before < 0 ? Infinity : h1At - before, after < 0 ? Infinity : after - h1At);
      signals[`h1${kind}Near`] = 1 / (1 + gap / 200);
    }
  }
  for (const [name, chars] of Object.entries(inside)) signals[`textIn${name}`] = text ? chars / text : 0;
  signals.datedShare = text ? Math.min(1, bestDated / text) : 0;
  signals.teaserCount = teasers.count;
  signals.teaserShare = text ? Math.min(1, teasers.text / text) : 0;
  signals.looseTeaserCount = looseTeasers.count;
  signals.looseTeaserShare = text ? Math.min(1, looseTeasers.text / text) : 0;
  const h1 = body.getElementsByTagName('h1')[0];
  signals.h1Chars = h1 ? (h1.textContent ?? '').trim().length : 0;
  if (h1 && EXPLAINS.test((h1.textContent ?? '').trim())) signals.headlineExplains = 1;
  return hrefs;
}

/**
 * Where the page's links go, against its own address: pages below it (\`/news\` → \`/news/some-story\`) and
 * beside it (\`/services/a\` → \`/services/b\`), distinct paths on its own host. A listing, a category
 * and a section's landing page link down to the pages they gather; a story is a leaf and links across.
 */
function readLinkPaths(hrefs: PageLink[], url: string, signals: PageSignals): void {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return;
  }
  const path = page.pathname.replace(/\/+$/, '');
  if (!path) return;
  const parent = path.slice(0, path.lastIndexOf('/') + 1);
  const host = page.host.replace(/^www\./, '');
  const below = new Set<string>();
  const beside = new Set<string>();
  let self = 0;
  let selfInMenu = 0;
  for (const { href, inMenu } of hrefs) {
    if (!href || href.startsWith('#')) continue;
    let target: URL;
    try {
      target = new URL(href, page);
    } catch {
      continue;
    }
    if (target.host.replace(/^www\./, '') !== host) continue;
    const to = target.pathname.replace(/\/+$/, '');
    if (to === path) {
      self++;
      if (inMenu) selfInMenu++;
    } else if (to.startsWith(`${path}/`)) below.add(to);
    else if (to.startsWith(parent) && !to.slice(parent.length).includes('/')) beside.add(to);
  }
  signals.linksBelow = below.size;
  signals.linksBeside = beside.size;
  signals.selfLinks = self;
  signals.selfLinksInMenu = selfInMenu;
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
