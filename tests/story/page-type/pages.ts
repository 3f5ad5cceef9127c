/**
 * Small hand-written pages of each kind, for the page-type signals and the stage. Each is written
 * for its kind of page, not copied from any site: the markup is what shops, forums, documentation
 * sites and news sites of many platforms have in common.
 */
const page = (head: string, body: string, title = 'Page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const nav = `<header><nav><ul>${['Home', 'Shop', 'About', 'Contact', 'Help'].map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></nav></header>`;
const footer = `<footer><p>© Example Co. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>`;

export const productPage = page(
  `<meta property="og:type" content="product">${jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Trail Runner 2 shoe', offers: { '@type': 'Offer', price: '89.00', priceCurrency: 'USD' } })}`,
  `${nav}<main><div class="product">
    <div class="product-gallery"><img src="/a.jpg" alt="Shoe, side"><img src="/b.jpg" alt="Shoe, top"><img src="/c.jpg" alt="Shoe, sole"></div>
    <div class="product-info"><h1>Trail Runner 2</h1><div class="rating"><span class="stars">4.6</span> <a href="#reviews">212 reviews</a></div>
    <p class="price" itemprop="price">$89.00</p>
    <form class="add-to-cart" action="/cart/add"><label>Size <select name="size" class="variant-select"><option>8</option><option>9</option><option>10</option></select></label>
    <label>Quantity <input type="number" name="qty" value="1" class="quantity"></label><button type="submit" class="add-to-cart-button">Add to cart</button></form>
    <p>A light trail shoe with a grippy sole and a breathable upper. Free shipping on orders over $50.</p>
    <ul><li>Weight: 280 g</li><li>Drop: 6 mm</li><li>Upper: recycled mesh</li></ul></div></div>
    <section class="related-products"><h2>You may also like</h2><ul class="product-grid">${[1, 2, 3, 4].map((i) => `<li class="product-card"><a href="/p/${i}"><img src="/p${i}.jpg" alt=""><span>Road Runner ${i}</span></a><span class="price">$${60 + i}.00</span></li>`).join('')}</ul></section>
  </main>${footer}`,
  'Trail Runner 2 | Example Shop',
);

const post = (i: number, author: string, text: string) =>
  `<article class="post" id="post-${i}"><header class="post-header"><a class="username" href="/u/${author}"><img class="avatar" src="/u/${author}.png" alt=""> ${author}</a>
  <time datetime="2025-03-0${i}T10:00:00Z">Mar ${i}, 2025</time></header><div class="post-body"><p>${text}</p></div>
  <footer class="post-actions"><button class="reply-button">Reply</button> <button class="like">Like</button></footer></article>`;

export const forumThread = page(
  jsonLd({ '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'Sourdough starter smells like acetone', author: { '@type': 'Person', name: 'breadfan' } }),
  `${nav}<main><h1>Sourdough starter smells like acetone — is it dead?</h1><div class="topic-posts">
  ${post(1, 'breadfan', 'My starter is two weeks old and since yesterday it smells like nail polish remover. I feed it once a day with equal parts flour and water. Should I throw it away?')}
  ${post(2, 'crumbshot', 'That smell means it is hungry. Feed it twice a day for a few days and it will come back.')}
  ${post(3, 'oldbaker', 'Agree with the above. Also try a little whole wheat flour in the feed; it perks a tired starter up.')}
  ${post(4, 'breadfan', 'Thanks both! Fed it twice today and it already doubled. Marking this solved.')}
  ${post(5, 'kneadle', 'Same thing happened to mine last winter; a warmer spot in the kitchen helped too.')}
  </div><form class="reply-form"><textarea name="reply"></textarea><button>Post reply</button></form></main>${footer}`,
  'Sourdough starter smells like acetone - Baking Forum',
);

export const docPage = page(
  '',
  `${nav}<div class="docs-layout"><aside class="sidebar"><nav class="toc"><ul>
  ${['Installation', 'Quickstart', 'Configuration', 'API reference', 'Changelog'].map((n) => `<li><a href="/docs/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></li>`).join('')}</ul></nav></aside>
  <main><h1>Quickstart</h1><nav class="toc"><ul><li><a href="#install">Install</a></li><li><a href="#first-request">A first request</a></li><li><a href="#options">Options</a></li></ul></nav>
  <p>This page shows how to install the library and make a first request. It assumes Python 3.10 or later.</p>
  <h2 id="install">Install</h2><p>Install the package with pip:</p><pre><code>pip install fetchlib</code></pre>
  <h2 id="first-request">A first request</h2><p>Import <code>fetchlib</code> and call <code>get()</code> with a URL. The call returns a <code>Response</code> object.</p>
  <pre><code>import fetchlib\nresponse = fetchlib.get("https://example.org")\nprint(response.status)</code></pre>
  <h2 id="options">Options</h2><p>Pass <code>timeout=</code> in seconds and <code>retries=</code> to retry failed requests. Both default to <code>None</code>.</p>
  <pre><code>fetchlib.get(url, timeout=5, retries=3)</code></pre><h3>Errors</h3><p>A failed request raises <code>FetchError</code>; catch it to handle timeouts.</p></main></div>${footer}`,
  'Quickstart — fetchlib 2.1 documentation',
);

export const listingGrid = page(
  '<meta property="og:type" content="website">',
  `${nav}<main><h1>Latest news</h1><div class="card-grid">${Array.from({ length: 12 }, (_, i) => `<div class="card"><a href="/news/story-${i}"><img src="/img/${i}.jpg" alt=""></a>
  <h3><a href="/news/story-${i}">Headline number ${i + 1} about the town's week</a></h3><time datetime="2025-04-${String(i + 1).padStart(2, '0')}">Apr ${i + 1}, 2025</time></div>`).join('')}</div>
  <nav class="pagination"><a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next</a></nav></main>${footer}`,
  'News — Example Town',
);

const storyParagraphs = [
  'WASHINGTON (AP) — The city council voted 7-2 on Tuesday to approve a new harbour plan that will rebuild the ferry terminal and widen the sea wall before next winter.',
  'Mayor Ann Lee said the vote ended two years of debate. "We have waited long enough, and the harbour cannot wait another storm season," she told reporters after the meeting.',
  'The plan will cost $42 million, most of it from a state grant awarded last spring. Opponents said the city should have asked residents to vote on the spending first.',
  'Council member Raj Patel, who voted against it, said the ferry operators had not been consulted. He asked for a public hearing before construction starts in June.',
  'Work on the sea wall is to begin in the autumn, the harbour master said, and the ferry will keep running from a temporary pier while the terminal is rebuilt.',
  'Residents who spoke at the meeting were divided. Several fishermen welcomed the plan; shop owners on the waterfront worried about a year of noise and closed streets.',
];

export const newsStory = page(
  `<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-02T10:00:00Z"><meta name="author" content="Jane Roe">
  ${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council backs harbour plan', author: { '@type': 'Person', name: 'Jane Roe' }, datePublished: '2025-05-02T10:00:00Z' })}`,
  `${nav}<main><article><h1>Council backs harbour plan</h1><p class="byline">By Jane Roe</p><time datetime="2025-05-02T10:00:00Z">May 2, 2025</time>
  ${storyParagraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>${footer}`,
  'Council backs harbour plan | Harbour News',
);

/**
 * A service business's landing page: its name in the title and in its own prose, short sections under
 * headings, calls to action, a telephone number, an hourly rate and a quote form.
 */
export const serviceLanding = page(
  `<meta property="og:type" content="website"><meta property="og:site_name" content="Riverside Plumbing Co.">`,
  `${nav}<main><section class="hero"><h1>Emergency Plumbing Services</h1><p>Fast, friendly and fully licensed.</p>
  <a class="button" href="/quote">Get a free quote</a> <a href="tel:+15551234567">Call us now</a><p>(555) 123-4567</p></section>
  <section><h2>Why choose us?</h2><p>At Riverside Plumbing, we treat your home like our own. Our technicians arrive on time, every time.</p>
  <ul><li>Licensed and insured</li><li>Upfront pricing</li><li>Same-day service</li></ul><p>Call us today!</p></section>
  <section><h2>Our services</h2><h3>Leak repair</h3><p>We find and fix leaks before they damage your home.</p><h3>Drain cleaning</h3><p>Clogged drain? We clear it fast.</p>
  <h3>Water heaters</h3><p>Installation and repair of every make.</p><p>From $89 per hour</p><p>Book online</p></section>
  <section><h2>How much does a plumber cost?</h2><p>Your quote is free and there are no hidden fees, ever!</p>
  <form><label>Name <input name="name"></label><label>Phone <input type="tel" name="phone"></label><label>Email <input type="email" name="email"></label>
  <textarea name="message"></textarea><button type="submit">Request a quote</button></form></section></main>${footer}`,
  'Emergency Plumbing Services | Riverside Plumbing Co. | Springfield',
);
