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
    name: 'a "commentary" column is not a comment thread',
    html: page(`<div class="commentary">${story(6)}</div>`),
    keeps: ['Paragraph 1 of', 'Paragraph 6 of'],
    drops: [],
  },
];
