/**
 * Small hand-written pages, one per cleaning rule, shared by the rule tests and the DOM parity test.
 * Class names here are deliberately neutral or varied: the rules must recognise structure, not names.
 */
const story = (n: number, topic = 'the harbour') =>
  Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i + 1} of the story about ${topic}: the council met on Tuesday and argued for hours about the budget, the ferry schedule and the new school, before a narrow vote settled it late in the evening.</p>`,
  ).join('\n');

const card = (i: number, cls = 'c1') => `
  <div class="${cls}">
    <img src="/t${i}.jpg" alt="">
    <p class="x">Someone stands near a building during an event last week. (Jane Roe / Daily Paper)</p>
    <h3><a href="/other/story-${i}/">Other story number ${i} about something else entirely</a></h3>
    <p>A short dek for teaser ${i} that sells the other story to the reader.</p>
  </div>`;

/** A thread as comment plugins print it: items with author, date, several long paragraphs, reply link. */
export const commentThread = (n: number, container = '<div id="comments" class="comments-area">') =>
  `${container}<h2>${n} comments</h2><ol class="comment-list">${Array.from(
    { length: n },
    (_, i) =>
      `<li class="comment" id="comment-${i}"><article><footer><b>reader_${i}</b> <span>says:</span> <time>March ${i + 1}</time></footer>` +
      `<p>I have lived by the harbour for ${i + 10} years and the council has argued about this budget every single year, and every year the ferry schedule gets worse while the school waits for its roof.</p>` +
      `<p>Reply number ${i}: the vote was narrow because nobody read the report, and the report was long, late and full of numbers that nobody on the council could explain to the people at the meeting.</p>` +
      `<a href="#comment-${i}">Reply</a></article></li>`,
  ).join('')}</ol></div>`;

export interface CleaningCase {
  name: string;
  html: string;
  /** Text that must be in the story text. */
  keeps: string[];
  /** Text that must not be in the story text. */
  drops: string[];
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Council votes on harbour budget</title>${head}</head><body><div class="wrap"><div class="col">${body}</div></div></body></html>`;

export const CLEANING_CASES: CleaningCase[] = [
  {
    name: 'teaser cards after the story, with a label',
    html: page(`${story(6)}<div class="lbl"><span>More from Local</span></div>${card(1)}${card(2)}${card(3)}`),
    keeps: ['Paragraph 1 of', 'Paragraph 6 of'],
    drops: ['More from Local', 'Other story number', 'short dek for teaser', 'Jane Roe'],
  },
  {
    name: 'unlabelled teaser cards inside the story column',
    html: page(`${story(6)}${card(1, 'k9')}${card(2, 'k9')}`),
    keeps: ['Paragraph 6 of'],
    drops: ['Other story number 1', 'Other story number 2', 'short dek for teaser'],
  },
  {
    name: 'a "Most Read" list in German after the story',
    html: page(`${story(6)}<section><h2>Meistgelesen</h2><ol><li><a href="/a/">Erster Artikel</a></li><li><a href="/b/">Zweiter Artikel</a></li><li><a href="/c/">Dritter Artikel</a></li></ol></section>`),
    keeps: ['Paragraph 3 of'],
    drops: ['Meistgelesen', 'Erster Artikel'],
  },
  {
    name: 'inline READ MORE line between paragraphs',
    html: page(`${story(3)}<p><strong>READ MORE:</strong> <a href="/other/">Mayor announces plan for new bridge downtown</a></p>${story(3, 'the ferry')}`),
    keeps: ['Paragraph 3 of the story about the harbour', 'Paragraph 1 of the story about the ferry'],
    drops: ['READ MORE', 'Mayor announces plan'],
  },
  {
    name: 'a paragraph that merely starts with "Related" stays',
    html: page(`${story(3)}<p>Related: the harbour master said the ferry would run late, and nobody disputed it at the meeting on Tuesday.</p>${story(2)}`),
    keeps: ['Related: the harbour master said'],
    drops: [],
  },
  {
    name: 'caption printed twice, in a lightbox copy and under the image',
    html: page(`<div class="media"><a href="/big.jpg"><img src="/big.jpg" alt=""></a><p class="pic-caption">The mayor speaks to reporters at the harbour on Tuesday. (Jane Roe / Daily Paper)</p></div><div class="slide-caption"><p>The mayor speaks to reporters at the harbour on Tuesday. (Jane Roe / Daily Paper)</p></div>${story(6)}`, '<meta property="og:image" content="https://news.example/big.jpg">'),
    keeps: ['Paragraph 1 of'],
    drops: ['The mayor speaks to reporters', 'Jane Roe'],
  },
  {
    name: 'newsletter box, share bar and tag list',
    html: page(`${story(6)}<div class="box"><h4>Get the morning newsletter</h4><form><input type="email" name="email"><button>Sign up</button></form></div><div><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div><div>Tags: <a href="/t/harbour">Harbour</a>, <a href="/t/council">Council</a></div>`),
    keeps: ['Paragraph 6 of'],
    drops: ['morning newsletter', 'Facebook', 'Tags:'],
  },
  {
    name: 'byline, agency line and dateline move to metadata',
    html: page(`<p>By JANE ROE</p><p>Associated Press</p><p>HARBOURTON, Maine (AP) — The council met on Tuesday and argued for hours about the budget, the ferry schedule and the new school, before a narrow vote settled it late in the evening.</p>${story(5)}`),
    keeps: ['The council met on Tuesday and argued', 'Paragraph 5 of'],
    drops: ['JANE ROE', 'Associated Press', 'HARBOURTON'],
  },
  {
    name: 'a readers\u2019 comment thread after the story',
    html: page(`${story(5)}${commentThread(6)}`),
    keeps: ['Paragraph 1 of', 'Paragraph 5 of'],
    drops: ['says:', 'I have lived by the harbour', 'Reply'],
  },
  {
    name: 'a story whose container is named like a comment thread stays (it holds the headline)',
    html: page(`<div class="comments"><h1>Council votes on harbour budget</h1>${story(6)}</div>`),
    keeps: ['Paragraph 1 of', 'Paragraph 6 of'],
    drops: [],
  },
  {
    name: 'a page that is a list of cards keeps its cards (they hold most of its text)',
    html: page(`<h1>Webcams</h1><p>See the park before you drive up.</p>${[1, 2, 3, 4].map((n) => `<div class="cam"><a href="/cams/${n}/"><img src="/cam${n}.jpg" alt=""></a><div><div>Webcam</div><h2><a href="/cams/${n}/">Camera at the harbour gate number ${n}</a></h2><p>The park runs camera ${n} at the gate so you can check the weather and the queue before you drive up to the harbour.</p></div></div>`).join('')}`),
    keeps: ['runs camera 1 at the gate', 'runs camera 4 at the gate'],
    drops: [],
  },
  {
    name: 'sections titled in plain text, each with a card linking out, are story',
    html: page(`${story(3)}${['Brewed just for you', 'Cultivate a community'].map((title, n) => `<section class="s"><h2>${title}</h2><p>Section ${n}: the shop sends custom emails based on each customer’s taste, from flavour to roast level.</p><div><a href="/apps/app-${n}/"><img src="/app${n}.png" alt=""><span>Mailer app for shops and stores</span></a></div></section>`).join('')}${story(2, 'the shop')}`),
    keeps: ['Section 0: the shop sends', 'Section 1: the shop sends', 'Paragraph 2 of the story about the shop'],
    drops: [],
  },
  {
    name: 'a ranked list whose numbered headings link to each item is story',
    html: page(`${story(2)}${[1, 2, 3, 4].map((n) => `<div class="item"><h2>${n}. <a href="/schools/school-${n}/">School number ${n}</a></h2><p>School ${n} is known for its rigour and a flexible curriculum with one required course.</p></div>`).join('')}${story(2, 'the schools')}`),
    keeps: ['School 1 is known', 'School 4 is known'],
    drops: [],
  },
  {
    name: 'a pull quote in a figure keeps its words and its speaker',
    html: page(`${story(3)}<figure class="q"><blockquote><p>The ferry has never been this late, and we want answers from the council.</p></blockquote><figcaption><p>Jane Roe, ferry captain</p><img src="/jane.jpg" alt=""></figcaption></figure>${story(2, 'the ferry')}`),
    keeps: ['The ferry has never been this late', 'Jane Roe, ferry captain'],
    drops: [],
  },
  {
    name: 'the list of links under "References" stays',
    html: page(`${story(5)}<h2>References</h2><ol>${['a', 'b', 'c'].map((x) => `<li><a href="https://journal.example/paper-${x}">https://journal.example/paper-${x}</a></li>`).join('')}</ol>`),
    keeps: ['journal.example/paper-a', 'journal.example/paper-c'],
    drops: [],
  },
  {
    name: 'a "Most Read" paragraph label over a plain list of headline links with deks, in the story column',
    html: page(`${story(5)}<p><strong>Most Read</strong></p><ul>${[1, 2, 3, 4].map((n) => `<li><a href="/news/other-${n}/">Other headline number ${n} about the county fair</a><p>A short dek for the other story ${n}, which sells it to the reader in a line.</p></li>`).join('')}</ul>`),
    keeps: ['Paragraph 1 of', 'Paragraph 5 of'],
    drops: ['Most Read', 'Other headline number 1', 'Other headline number 4', 'short dek for the other story'],
  },
  {
    name: 'a sponsored "Around the Web" widget whose items have no links: title and brand line each',
    html: page(`${story(5)}<h3>Around the Web</h3><div class="w8"><div class="row">${['Doctors stunned by this simple morning habit', 'The one gadget every driver should own', 'Why everyone in town is switching banks', 'Homeowners are cashing in on this rule'].map((t, n) => `<div class="it"><img src="/ad${n}.jpg" alt=""><div class="t">${t}</div><div class="b">Brand ${n} | Sponsored</div></div>`).join('')}</div></div>`),
    keeps: ['Paragraph 1 of', 'Paragraph 5 of'],
    drops: ['Around the Web', 'Doctors stunned', 'Homeowners are cashing', 'Sponsored'],
  },
  {
    name: 'a "You May Also Like" heading over an ordered list of headlines with dates, in French too',
    html: page(`${story(4)}<h2>You may also like\u2026</h2><ol>${[1, 2, 3].map((n) => `<li><a href="/2025/05/0${n}/story-${n}/">Headline of another story number ${n}</a> <time>May ${n}, 2025</time></li>`).join('')}</ol><h3>Vous aimerez aussi</h3><ul>${[1, 2, 3].map((n) => `<li><a href="/fr/article-${n}/">Un autre article num\u00e9ro ${n} sur la foire</a></li>`).join('')}</ul>`),
    keeps: ['Paragraph 4 of'],
    drops: ['You may also like', 'Headline of another story number 1', 'Vous aimerez aussi', 'Un autre article'],
  },
  {
    name: 'a teaser-like label in a story over prose or a list of long items stays',
    html: page(`${story(3)}<h2>Trending now</h2><p>Trending now on the harbour front is the night market, which the council approved on Tuesday after a long argument about noise, rubbish and the ferry timetable.</p><h2>Recommended</h2><ul>${[1, 2].map((n) => `<li><a href="/guide/boat-${n}/">Boat number ${n}</a>: the harbour master recommends boat ${n} for families because it is stable, slow and cheap, and the crew explain every knot they tie to the children on board during the trip.</li>`).join('')}</ul><h2>Trending now</h2><ul><li>Pickleball on the pier</li><li>Sourdough at the market</li><li>Night swims</li></ul>${story(1, 'the market')}`),
    keeps: ['Trending now on the harbour front', 'the harbour master recommends boat 1', 'the harbour master recommends boat 2', 'Pickleball on the pier', 'Paragraph 1 of the story about the market'],
    drops: [],
  },
  {
    name: 'calls to action between and after a news story\u2019s paragraphs',
    html: page(`${story(3)}<p><strong>Like this story? Share it with a friend!</strong></p><p>Advertisement - Continue Reading Below</p>${story(2, 'the ferry')}<p>The company said 3 million people subscribe to the service.</p><p>Subscribers to the ferry pass rose by a third last year, the harbour master said, and sharing a cabin is now common.</p><p>Follow Harbour News on Instagram, Facebook, Twitter and YouTube.</p><p><a href="/app">CLICK HERE TO GET THE HARBOUR NEWS APP</a></p><p>Write to Jane Roe at jane.roe@news.example</p><p>Copyright \u00a9 2025 Harbour News. All Rights Reserved.</p>`),
    keeps: ['Paragraph 3 of the story about the harbour', 'Paragraph 2 of the story about the ferry', 'The company said 3 million people subscribe to the service.', 'Subscribers to the ferry pass rose'],
    drops: ['Share it with a friend', 'Advertisement', 'Follow Harbour News', 'HARBOUR NEWS APP', 'Write to Jane Roe', 'Copyright'],
  },
  {
    name: 'a business blog post: pitch closers, demo buttons and a quote button after a price',
    html: page(`${story(4, 'bookkeeping')}<div><h3>Ready to simplify your books?</h3><p>Book a demo with our team today.</p></div><p>Plan A costs $9 a month for one user. <a class="b1" href="/quote">Get a Quote</a></p><p>Schedule an appointment: once you have the forms, call the county office and ask for the first free slot in the week.</p><p>Talk to a tax adviser before you change how you file, and keep every receipt for at least six years.</p><p>Try the free plan before you upgrade, since most small shops never need more than it offers.</p>`),
    keeps: ['Paragraph 4 of the story about bookkeeping', 'Plan A costs $9 a month for one user.', 'Schedule an appointment: once you have the forms', 'Talk to a tax adviser', 'Try the free plan before you upgrade'],
    drops: ['Book a demo', 'Get a Quote'],
  },
  {
    name: 'a recipe blog: pin-it line, affiliate disclosure, workshop pitch; instructions that start with the same verbs stay',
    html: page(`<p>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</p>${story(3, 'sourdough')}<ol><li>Follow the recipe card below and weigh the flour first.</li><li>Donate your old starter jars to a neighbour, or wash them for the next bake.</li><li>Share the dough into two tins and leave them overnight.</li></ol><p>LIKE IT? PIN IT!</p><p>Join my FREE workshop and learn how to make a bubbly starter from day one.</p><p>Image credit: \u00a9 Depositphotos.com/baker</p>`),
    keeps: ['Paragraph 3 of the story about sourdough', 'Follow the recipe card below', 'Donate your old starter jars', 'Share the dough into two tins'],
    drops: ['affiliate links', 'PIN IT', 'FREE workshop', 'Image credit'],
  },
  {
    name: 'a members-only teaser: the unlock pitch and log-in line go, the story stays',
    html: page(`${story(4, 'the port')}<div><p>Join The Harbour Courier to unlock members-only content and the full archive.</p><p>Already a subscriber? <a href="/login">Log in</a></p></div>`),
    keeps: ['Paragraph 4 of the story about the port'],
    drops: ['members-only', 'Already a subscriber'],
  },
  {
    name: 'calls to action in German and French',
    html: page(`${story(4, 'der Hafen')}<p>Vereinbaren Sie am besten direkt einen Termin, damit wir uns nicht verpassen.</p><p>Folgen Sie uns auf Instagram und Facebook.</p><p>Abonnez-vous \u00e0 notre newsletter pour ne rien manquer.</p><p>Tous droits r\u00e9serv\u00e9s.</p>`),
    keeps: ['Paragraph 4 of the story about der Hafen'],
    drops: ['Vereinbaren Sie', 'Folgen Sie uns', 'Abonnez-vous', 'droits r\u00e9serv\u00e9s'],
  },
  {
    name: 'words of a call to action inside code stay',
    html: page(`${story(4, 'the release')}<pre><code>git checkout -b feature-login
git commit -m "Subscribe"
(c) Copyright 2025 Example Corp</code></pre>${story(1, 'the merge')}`),
    keeps: ['feature-login', 'Subscribe', '(c) Copyright 2025 Example Corp'],
    drops: [],
  },
  {
    name: 'an agency story on a local site: byline with the writer\u2019s beat, gallery controls, article tools and a comments header',
    html: page(`<p>Jane Roe, Ap Auto Writer</p><div class="g"><div>Image 1 of / 23</div><div><span>Caption</span></div><div><span>Close</span></div></div>${story(4, 'the car show')}<ul class="t"><li>Print Article</li><li>Order Reprints</li></ul><p>Text size</p><h3>Comments</h3>`),
    keeps: ['Paragraph 1 of the story about the car show', 'Paragraph 4 of the story about the car show'],
    drops: ['Ap Auto Writer', 'Image 1 of', 'Caption', 'Close', 'Print Article', 'Order Reprints', 'Text size', 'Comments'],
  },
  {
    name: 'lines that only look like page controls stay: a rating, a sentence starting "Next", a link word inside a sentence',
    html: page(`${story(3, 'the review')}<p>5/5</p><p>Next, the council voted to close the old ferry terminal for good.</p><p>Readers can <a href="/comments">comment</a> below, and the editor will close the thread on Friday.</p>${story(1, 'the vote')}`),
    keeps: ['5/5', 'Next, the council voted to close', 'Readers can comment below'],
    drops: [],
  },
  {
    name: 'a "commentary" column is not a comment thread',
    html: page(`<div class="commentary">${story(6)}</div>`),
    keeps: ['Paragraph 1 of', 'Paragraph 6 of'],
    drops: [],
  },
  {
    name: 'an author box after the story: label, name, role and biography go; the byline names the author',
    html: page(
      `<p>By Jane Roe</p>${story(6)}<div class="a1"><h4>About the author</h4><p><strong>Jane Roe</strong></p><p>Senior Harbour Correspondent</p><p>Jane Roe is a reporter who covers the harbour and the council. She has written for the paper since 2015.</p></div>`,
    ),
    keeps: ['Paragraph 1 of', 'Paragraph 6 of'],
    drops: ['About the author', 'Senior Harbour Correspondent', 'is a reporter who covers the harbour'],
  },
  {
    name: 'a story that ends on a person named like the author, or opens on the author firm, keeps them',
    html: page(
      `<p>By Harbour Trust</p><p>Harbour Trust has released its yearly report on the ferry terminal, the budget and the school roof, and the council will debate it on Tuesday evening in the town hall.</p>${story(5)}<p>Mrs Trust, who chairs the harbour board, said the vote was fair.</p><p>Harbour Trust Fund is a charity that pays for the ferry repairs.</p>`,
    ),
    keeps: ['Harbour Trust has released its yearly report', 'Mrs Trust, who chairs the harbour board', 'Harbour Trust Fund is a charity'],
    drops: [],
  },
  {
    name: 'credit lines under the story go (written, posted, reviewed by); a publisher line and a sentence starting "Written by" stay',
    html: page(
      `${story(5)}<p>Written by Shakespeare in 1600, the play still draws crowds to the harbour theatre every summer.</p><p>Published by Hachette</p><div><p>Posted by David at December 16, 2025 11:15 AM</p></div><p>Reviewed by:</p><p>Written by Jane Roe</p>`,
    ),
    keeps: ['Paragraph 5 of', 'Written by Shakespeare in 1600', 'Published by Hachette'],
    drops: ['Posted by David', 'Reviewed by', 'Written by Jane Roe'],
  },
  {
    name: 'a list of links the story introduces with a clause of its own stays; a teaser invitation or a table of contents above one does not save it',
    html: page(
      `${story(3)}<p>The council published every document it voted on that night:</p><ul>${[1, 2, 3, 4].map((n) => `<li><a href="https://council.example/doc-${n}.pdf">Harbour budget document ${n} of 2026</a></li>`).join('')}</ul>${story(3)}` +
        `<p>You may also like these stories from the newsroom:</p><ul>${[1, 2, 3].map((n) => `<li><a href="/news/other-${n}/">Another story of the week, number ${n}</a></li>`).join('')}</ul>` +
        `<p>In this article we go over the following parts:</p><ul>${[1, 2, 3].map((n) => `<li><a href="#part-${n}">Jump to part ${n} of the piece</a></li>`).join('')}</ul>`,
    ),
    keeps: ['Harbour budget document 1 of 2026', 'Harbour budget document 4 of 2026'],
    drops: ['Another story of the week', 'Jump to part'],
  },
  {
    name: 'a table of contents label left above the story goes; a sentence about contents stays',
    html: page(`<p class="toc-title">Table of Contents [hide]</p><h3>In this article:</h3>${story(4)}<p>Contents</p><p>The contents of the harbour report were read out in full at the meeting.</p>${story(2, 'the ferry')}`),
    keeps: ['Paragraph 4 of', 'The contents of the harbour report', 'about the ferry'],
    drops: ['Table of Contents', 'In this article', '\n\nContents\n\n'],
  },
  {
    name: 'placeholder text of an unfinished template goes with its headings; a story sentence about it stays',
    html: page(
      `${story(4)}<p>Designers call the dummy text lorem ipsum, and the council's new website still showed it on launch day.</p>` +
        [1, 2].map((n) => `<div class="tile"><h3>Head Line ${n}</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul></div>`).join('') +
        story(2, 'the ferry'),
    ),
    keeps: ['Paragraph 4 of', 'Designers call the dummy text lorem ipsum', 'about the ferry'],
    drops: ['Head Line 1', 'Head Line 2', 'Lorem ipsum dolor sit amet', 'Lorem ipsum 1'],
  },
  {
    name: 'an author box that names its author itself (name line, then a biography opening with the name) goes; a blog box\u2019s tabs and a first-name biography under its label go',
    html: page(
      `<p>By Sarah Rudell Beach</p>${story(6)}<div class="box"><h4>Dana Smith, CFP\u00ae</h4><p>Dana Smith is a financial planner who writes about pensions for the paper.</p></div>` +
        `<div class="tabs"><p>Author</p><p>Recent Posts</p></div><p>Sarah is a writer, teacher, and mother who blogs about the harbour.</p>`,
    ),
    keeps: ['Paragraph 6 of'],
    drops: ['Dana Smith', 'Recent Posts', 'Sarah is a writer'],
  },
  {
    name: 'a story that ends on a list of people, each a name and a sentence about them, keeps them',
    html: page(
      `${story(4)}${['Ada Lovelace', 'Grace Hopper', 'Mary Jackson'].map((name) => `<h3>${name}</h3><p>${name} is a pioneer of computing whose work the harbour school now teaches.</p>`).join('')}`,
    ),
    keeps: ['Ada Lovelace is a pioneer', 'Grace Hopper is a pioneer', 'Mary Jackson is a pioneer', 'Mary Jackson'],
    drops: [],
  },
];
