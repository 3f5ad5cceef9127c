import { describe, expect, it } from 'vitest';
import { readPageSignals } from '../../../lib/story/page-type/page-signals';
import { readCallsToAction, readSections, readStorySignals, linkShareOfHtml, linkTargetsOfHtml } from '../../../lib/story/page-type/story-signals';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractStory } from '../../../lib/story/extract-story';
import { docPage, forumThread, listingGrid, newsStory, productPage, serviceLanding } from './pages';

/** An excerpt of some length for teasers (a listing's entries quote their stories' first lines). */
const storyParagraphText = (i: number) =>
  `Members met for the ${i}th time this season and spoke about the harbour, the ferry timetable and the new sea wall, which is to be finished before the winter storms arrive in the bay.`;

const signalsOf = (html: string, url: string) => {
  const page = parseHtml(html, url);
  try {
    return readPageSignals(page.document, url);
  } finally {
    page.close();
  }
};

describe('page signals on hand-written pages of each kind', () => {
  it('a product page: Product schema, og:type product, prices, cart and quantity markup, product address', () => {
    const s = signalsOf(productPage, 'https://shop.example/products/trail-runner-2');
    expect(s).toMatchObject({ schemaProduct: 1, ogProduct: 1, numberInputs: 1, urlProduct: 1 });
    expect(s.priceTexts).toBeGreaterThanOrEqual(3);
    expect(s.classCart).toBeGreaterThanOrEqual(2);
    expect(s.classPrice).toBeGreaterThanOrEqual(2);
    expect(s.itempropPrice).toBe(1);
    expect(s.schemaNews ?? 0).toBe(0);
  });

  it('a forum thread: posts repeated with author and date, forum schema, reply buttons', () => {
    const s = signalsOf(forumThread, 'https://community.example/t/sourdough-starter-acetone/1234');
    expect(s.schemaForum).toBe(1);
    expect(s.cardCount).toBe(5);
    expect(s.cardDates).toBe(1);
    expect(s.datedShare).toBeGreaterThan(0.5);
    expect(s.classUser).toBeGreaterThanOrEqual(5);
    expect(s.classReply).toBeGreaterThanOrEqual(5);
    expect(s.urlForum).toBe(1);
  });

  it('a documentation page: code blocks, inline code, a table of contents, a sidebar, in-page links', () => {
    const s = signalsOf(docPage, 'https://docs.example.org/en/latest/quickstart.html');
    expect(s.tagPRE).toBe(3);
    expect(s.inlineCode).toBeGreaterThanOrEqual(6);
    expect(s.inPageLinks).toBe(3);
    expect(s.classToc).toBe(2);
    expect(s.classSidebar).toBe(1);
    expect(s.urlDoc).toBe(1);
  });

  it('a listing grid: twelve cards with link, image, heading and date holding most of the text; mostly links', () => {
    const s = signalsOf(listingGrid, 'https://town.example/news/');
    expect(s.cardCount).toBe(12);
    expect(s.cardLinked).toBe(1);
    expect(s.cardImages).toBe(1);
    expect(s.cardHeadings).toBe(1);
    expect(s.cardShare).toBeGreaterThan(0.5);
    expect(s.linkShare).toBeGreaterThan(0.5);
    expect(s.ogWebsite).toBe(1);
  });

  it('a news story: NewsArticle schema, og:type article, a published date, an author, mostly paragraph text, a long slug', () => {
    const s = signalsOf(newsStory, 'https://harbour.example/2025/05/02/council-backs-harbour-plan-after-two-years');
    expect(s).toMatchObject({ schemaNews: 1, ogArticle: 1, metaDate: 1, metaAuthor: 1, urlDate: 1 });
    expect(s.textInP).toBeGreaterThan(0.8);
    expect(s.urlSlugWords).toBeGreaterThanOrEqual(6);
    expect(s.linkShare).toBeLessThan(0.1);
  });

  it('a news story dates and signs itself beside its headline; its title is one long headline', () => {
    const s = signalsOf(newsStory, 'https://harbour.example/2025/05/02/council-backs-harbour-plan-after-two-years');
    expect(s.h1BylineNear).toBeGreaterThan(0.8);
    expect(s.h1DateNear).toBeGreaterThan(0.8);
    expect(s.titleParts).toBe(2);
    expect(s.titleWords).toBe(4);
    expect(s.ctaContact).toBe(1); // the menu's "Contact" only
  });

  it('a service landing page: calls to action by kind, a phone number, a rate, a quote form, its own name in its prose, a title of nouns', () => {
    const s = signalsOf(serviceLanding, 'https://www.riversideplumbing.example/');
    // "Get a free quote", "Call us now", the "Request a quote" button and the menu's "Contact" ("Book online" is a paragraph, not a link).
    expect(s.ctaContact).toBe(4);
    expect(s.ctaBuy).toBe(1); // the menu's "Shop"
    expect(s.phoneTexts).toBe(1);
    expect(s.rateTexts).toBe(1);
    expect(s.input_tel).toBe(1);
    expect(s.input_email).toBe(1);
    expect(s.tagTEXTAREA).toBe(1);
    expect(s.selfNamed).toBe(1);
    expect(s).toMatchObject({ titleParts: 3, titleService: 1 });
    expect(s.titleWords).toBe(3);
    // No date or byline anywhere near the headline.
    expect(s.h1DateNear).toBe(0);
    expect(s.h1BylineNear).toBe(0);
  });

  it('calls to action in other languages and to buy or see more', () => {
    const html = `<html><body><h1>x</h1><a href="/a">In den Warenkorb</a><button>Ajouter au panier</button><a href="/b">Mehr erfahren</a><a href="/c">Leer más</a><a href="/d">Contáctenos</a><input type="submit" value="Jetzt anmelden"></body></html>`;
    expect(signalsOf(html, 'https://x.example/')).toMatchObject({ ctaBuy: 2, ctaMore: 2, ctaContact: 2 });
  });

  it('reads kinds from the word tables by whole words only, never from an object\'s own properties', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": ["Constructor", "NewsArticle"]}</script></head><body><div class="constructor to-string price-tag"><p>x</p></div></body></html>`;
    const s = signalsOf(html, 'https://x.example/constructor/hasownproperty/products/1');
    expect(s).toMatchObject({ schemaNews: 1, classPrice: 1, urlProduct: 1 });
    expect(Object.keys(s).filter((key) => /function|undefined|^(?:schema|class|url)[a-z]/.test(key))).toEqual([]);
  });

  it('reads the document as a browser holds it: a title that ended up in the body, no declarative shadow roots', () => {
    // An element <head> cannot hold ends it early: the <title> after it lands in <body>, where
    // Chromium's document.title still finds it. An <svg>'s own <title> is no document title.
    const html = `<html><head><meta charset="utf-8"><div>x</div><title>Plumbing Services | Acme | Springfield</title></head><body><svg><title>icon</title></svg><p>text</p><div><template shadowrootmode="open"><p>shadow</p><p>shadow</p></template></div></body></html>`;
    const s = signalsOf(html, 'https://x.example/');
    expect(s).toMatchObject({ titleParts: 3, titleService: 1 });
    // body's elements: the div and the title pushed out of <head>, svg, its title, p, div; not the
    // template nor its paragraphs (the div's shadow root in a browser).
    expect(s.elements).toBe(6);
    expect(s.tagP).toBe(1);
  });

  it('a list of teasers: linked headlines with a date or an excerpt, repeated; a story\'s paragraphs and a menu are none', () => {
    const teaser = (i: number) =>
      `<article class="entry"><h2><a href="/2025/0${i}/story-${i}">Headline number ${i} about the week</a></h2><p>An excerpt of the story that runs to a sentence or two, not linked.</p></article>`;
    const listing = `<html><body>${'<nav><ul><li><a href="/a">About us</a></li><li><a href="/b">Our services</a></li><li><a href="/c">Contact the team</a></li></ul></nav>'}<main><h1>News</h1><div class="list">${[1, 2, 3, 4, 5].map(teaser).join('')}</div></main></body></html>`;
    const s = signalsOf(listing, 'https://x.example/news/');
    // The menu's links are headlines of three words, but nothing beside them: not teasers.
    expect(s.teaserCount).toBe(5);
    expect(s.teaserShare).toBeGreaterThan(0.5);
    // A date beside a linked headline is enough (no excerpt).
    const dated = `<html><body><ul>${[1, 2, 3].map((i) => `<li><a href="/s${i}">Council backs plan number ${i}</a> <time>Mar ${i}, 2025</time></li>`).join('')}</ul></body></html>`;
    expect(signalsOf(dated, 'https://x.example/').teaserCount).toBe(3);
    // A guide's sections that link their pick in running text: a reference in prose is no teaser's headline.
    const pick = (i: number) => `<div class="pick"><h3>Pick ${i}: a pot</h3><p>Our pick is <a href="/shop/pot-${i}">the enamelled cast-iron pot from the shop</a>, which holds heat well and bakes an even crust.</p></div>`;
    expect(signalsOf(`<html><body><div class="guide">${[1, 2, 3, 4].map(pick).join('')}</div></body></html>`, 'https://x.example/guide').teaserCount).toBe(0);
    const story = signalsOf(newsStory, 'https://harbour.example/2025/05/02/council-backs-harbour-plan-after-two-years');
    expect(story.teaserCount).toBe(0);
    expect(story.teaserShare).toBe(0);
  });

  it('teasers whose entries each carry classes of their own still form a listing (looseTeaserCount)', () => {
    // A content system's entries: one tag, a class string per entry (its id, its tags, its author).
    const entry = (i: number) =>
      `<article class="entry post-${i} tag-topic-${i} author-${i % 2 ? 'a' : 'b'}"><h2><a href="/news/story-${i}">Headline number ${i} about the week</a></h2><p>${storyParagraphText(i)}</p></article>`;
    const s = signalsOf(`<html><body><h1>News</h1><section>${[1, 2, 3, 4].map(entry).join('')}</section></body></html>`, 'https://x.example/news');
    expect(s.teaserCount).toBe(0);
    expect(s.looseTeaserCount).toBe(4);
    expect(s.looseTeaserShare).toBeGreaterThan(0.8);
    // Entries sharing one class string: both readings agree.
    const same = signalsOf(`<html><body><section>${[1, 2, 3].map((i) => entry(i).replace(/class="[^"]*"/, 'class="entry"')).join('')}</section></body></html>`, 'https://x.example/news');
    expect(same.teaserCount).toBe(3);
    expect(same.looseTeaserCount).toBe(3);
  });

  it('a menu whose entries hold submenus, and sections whose headings link to themselves, are no teasers', () => {
    // A mega-menu: each top entry a link of three words and a submenu of many links (and indentation).
    const submenu = (i: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((j) => `<li>\n        <a href="/s${i}/p${j}">Page ${j}</a>\n      </li>`).join('');
    const menu = `<ul class="menu">${[1, 2, 3, 4].map((i) => `<li class="top"><a href="/s${i}">Section number ${i} here</a><ul>${submenu(i)}</ul></li>`).join('')}</ul>`;
    expect(signalsOf(`<html><body><nav>${menu}</nav></body></html>`, 'https://x.example/a/b').teaserCount).toBe(0);
    // A long article's sections, each headed by a permalink to itself.
    const section = (i: number) => `<div class="section"><h2><a href="#part-${i}">Part ${i} of the story</a></h2><p>${storyParagraphText(i)}</p></div>`;
    const s = signalsOf(`<html><body><article>${[1, 2, 3, 4].map(section).join('')}</article></body></html>`, 'https://x.example/a/story');
    expect(s.teaserCount).toBe(0);
    expect(s.looseTeaserCount).toBe(0);
  });

  it('links below and beside the page\'s own address, and links to itself from a menu', () => {
    const page = (links: string[]) => `<html><body><nav><ul>${links.map((href) => `<li><a href="${href}">x</a></li>`).join('')}</ul></nav><p><a href="/news">News</a></p></body></html>`;
    // A section's landing page links down to its pages, and its menu to itself.
    const hub = signalsOf(page(['/news/a', '/news/b/', 'https://www.x.example/news/c?x=1', '/news/a#top', 'https://other.example/news/d', '/about']), 'https://x.example/news/');
    expect(hub).toMatchObject({ linksBelow: 3, linksBeside: 1, selfLinks: 1, selfLinksInMenu: 0 });
    // A story links across to its neighbours (`/news` above it is not beside it); its menu links to itself twice.
    const story = signalsOf(page(['/news/a', '/news/b', '/news/story', 'story', '#comments']), 'https://x.example/news/story');
    expect(story).toMatchObject({ linksBelow: 0, linksBeside: 2, selfLinks: 2, selfLinksInMenu: 2 });
    // Without an address nothing is read.
    expect(signalsOf(page(['/news/a']), '').linksBelow).toBeUndefined();
  });

  it('a headline that asks or explains (a guide, a how-to, a listicle), in the title or the h1; a service\'s or a news headline does not', () => {
    const titled = (title: string, h1 = 'x') => signalsOf(`<html><head><title>${title}</title></head><body><h1>${h1}</h1><p>x</p></body></html>`, 'https://x.example/').headlineExplains ?? 0;
    expect(titled('How to Choose a Plumber | Acme')).toBe(1);
    expect(titled('Acme', 'What is mesh Wi-Fi?')).toBe(1);
    expect(titled('10 tips for a tidy garden')).toBe(1);
    expect(titled("A beginner's guide to sourdough")).toBe(1);
    expect(titled('Comment choisir un vélo')).toBe(1);
    expect(titled('Emergency Plumbing Services | Riverside Plumbing Co. | Springfield', 'Emergency Plumbing Services')).toBe(0);
    expect(titled('Council backs harbour plan | Harbour News', 'Council backs harbour plan')).toBe(0);
    // Words inside words are not the pattern's ("Whatever", "guidelines").
    expect(titled('Whatever the weather: guidelines for the port')).toBe(0);
  });

  it('reads a page without a body or with broken JSON-LD without throwing', () => {
    expect(signalsOf('', 'not a url')).toEqual(expect.any(Object));
    const s = signalsOf('<html><head><script type="application/ld+json">{"@type": "Product",}</script></head><body><p>x</p></body></html>', 'https://x.example/');
    expect(s.schemaProduct ?? 0).toBe(0);
  });
});

describe('story signals from the engine result', () => {
  it('a news story: long paragraphs, a byline and a date, little linked text', () => {
    const page = parseHtml(newsStory, 'https://harbour.example/2025/05/02/council');
    const result = extractStory(page.document, { url: 'https://harbour.example/2025/05/02/council', sanitizeHtml: (h) => h });
    const s = readStorySignals(result);
    expect(s.storyMissing).toBe(0);
    expect(s.storyParagraphs).toBeGreaterThanOrEqual(5);
    expect(s.storyMeanParagraphWords).toBeGreaterThan(20);
    expect(s.storyByline).toBe(1);
    expect(s.storyDate).toBe(1);
    expect(s.storyLinkShare).toBeLessThan(0.05);
  });

  it('a service landing page read as a story: short sections, lines that are not sentences, calls to action, exclamations', () => {
    const url = 'https://www.riversideplumbing.example/';
    const page = parseHtml(serviceLanding, url);
    const result = extractStory(page.document, { url, sanitizeHtml: (h) => h });
    page.close();
    const s = readStorySignals(result);
    expect(s.storyMissing).toBe(0);
    expect(s.storyShortLines).toBeGreaterThan(0.5);
    expect(s.storyQuestionHeadings).toBe(2);
    expect(s.storyCallLines).toBeGreaterThanOrEqual(1);
    expect(s.storyExclaimRate).toBeGreaterThan(0);
  });

  it('reads sections, prose and calls to action from blocks', () => {
    const signals: Record<string, number> = {};
    const blocks = [
      { kind: 'heading' as const, text: 'Why choose us?', level: 2 },
      { kind: 'paragraph' as const, text: 'Licensed and insured.' },
      { kind: 'paragraph' as const, text: 'Call us today' },
      { kind: 'heading' as const, text: 'Our work', level: 2 },
      { kind: 'paragraph' as const, text: 'We have fixed pipes since 1990. Our team covers the whole county and answers at night.' },
    ];
    readSections(blocks, signals);
    expect(signals).toMatchObject({ storySections: 2, storyQuestionHeadings: 1 });
    expect(signals.storyShortSections).toBe(1);
    expect(signals.storyShortLines).toBeCloseTo(2 / 3, 5);
    expect(signals.storyProseShare).toBeCloseTo(16 / 22, 5);
    readCallsToAction(blocks, blocks.map((b) => b.text).join('\n\n') + ' Book now!', signals);
    // "Call us today" is a call; the headings are short lines but not calls; the long paragraph is not a line.
    expect(signals.storyCallLines).toBe(1);
    expect(signals.storyCallShare).toBeCloseTo(1 / 4, 5);
    expect(signals.storyExclaimRate).toBeGreaterThan(0);
  });

  it('a listing read as a story has a date line under every teaser; a story has none of its own', () => {
    const teaser = (i: number) =>
      `<h2><a href="/2025/03/0${i}/story-${i}">The council's week, part ${i}</a></h2><p>March ${i}, 2025</p>
      <p>${storyParagraphText(i)}</p>`;
    const url = 'https://town.example/news/';
    const page = parseHtml(`<html><body><main><h1>News</h1>${[1, 2, 3, 4, 5].map(teaser).join('')}</main></body></html>`, url);
    const listing = extractStory(page.document, { url, sanitizeHtml: (h) => h });
    page.close();
    expect(listing.ok).toBe(true);
    // Four or five: the engine may take the first date line as the story's own date and drop it from the text.
    expect(readStorySignals(listing).storyDateLines).toBeGreaterThanOrEqual(4);
    const storyPage = parseHtml(newsStory, 'https://harbour.example/2025/05/02/council');
    const story = extractStory(storyPage.document, { url: 'https://harbour.example/2025/05/02/council', sanitizeHtml: (h) => h });
    storyPage.close();
    // The news story's date is the engine's publishedTime, not a line of its text.
    expect(readStorySignals(story).storyDateLines).toBe(0);
  });

  it('a refusal is a missing story', () => {
    expect(readStorySignals({ ok: false, reason: 'not an article' })).toEqual({ storyMissing: 1 });
  });

  it('measures the linked share of html text', () => {
    expect(linkShareOfHtml('<p>one two <a href="/x">three four</a></p>')).toBeCloseTo(9 / 15, 5);
    expect(linkShareOfHtml('')).toBe(0);
    // The same story as linkedom and as Chromium serialise it: '<' and '>' in an attribute value are
    // left as they are by one and escaped by the other; both must give the same share.
    const raw = '<p>one two <img data-caption="<p>a caption</p>" src="x"> <a href="/x" title="a > b">three four</a></p>';
    const escaped = '<p>one two <img data-caption="&lt;p&gt;a caption&lt;/p&gt;" src="x"> <a href="/x" title="a &gt; b">three four</a></p>';
    expect(linkShareOfHtml(raw)).toBeCloseTo(9 / 15, 5);
    expect(linkShareOfHtml(escaped)).toBeCloseTo(9 / 15, 5);
    expect(linkTargetsOfHtml('<a data-x="a > b" href="/p?a=1&b=2">x</a> <a href="/p?a=1&amp;b=2">y</a> <a href="#top">z</a> <a href="/q">w</a>')).toBe(2);
  });
});
