/**
 * The wording tables of the call-to-action and copyright rules, line by line: what each kind of page
 * prints (should go) beside story sentences that use the same words (must stay). The lines are
 * written for the kinds of page, not copied from any corpus page.
 */
import { describe, expect, it } from 'vitest';
import { callToActionWording, LEADING_DECORATION, TRAILING_DECORATION, trimDecoration } from '../../lib/story/clean/remove-calls-to-action';
import { copyrightWording } from '../../lib/story/clean/remove-copyright-lines';
import { pageControlWording, pageControlsRule } from '../../lib/story/clean/remove-page-controls';
import { runCleaningRules } from '../../lib/story/clean/run-cleaning-rules';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractStory } from '../../lib/story/extract-story';
import { CLEANING_CASES } from './cleaning-cases';

/** Lines that are calls to action wherever they stand. */
const CALLS_TO_ACTION = [
  'Subscribe',
  'SHARE',
  'Share:',
  'Sign up to our newsletter to get the week’s best events.',
  'Subscribe to Harbour Weekly on YouTube for more ferry news:',
  'Like this story? Share it with a friend!',
  'LIKE IT? PIN IT!',
  'Like what you’re reading? Subscribe to the monthly newsletter!',
  'If you enjoyed this article, please consider sharing it and subscribing.',
  'Follow Harbour News on Instagram, Facebook, Twitter and YouTube.',
  '*** Follow me on Instagram or TikTok for a daily dose of bread ***',
  'Follow AP’s full coverage of the election at https://apnews.com/election',
  'Join the Facebook group – https://facebook.com/groups/harbour',
  'Write to Jane Roe at jane.roe@news.example',
  'Reach the reporters on Twitter at http://twitter.com/janeroe',
  '👉 Donate today to the Harbour Relief Fund »',
  'This story is funded by readers like you',
  'Become a paid subscriber to The Courier to unlock this piece',
  'Book a demo',
  'Schedule your free consultation today!',
  'Request a Quote',
  'Ready to simplify your books? Get started today.',
  'Stop guessing. Talk to our bookkeeping experts',
  'Start your free 14-day trial of Ledgerly',
  'CLICK HERE TO GET THE HARBOUR NEWS APP',
  'GET HARBOUR NEWS ON THE GO BY CLICKING HERE',
  'Join The Harbour Courier to unlock members-only content',
  'This article is exclusive to Courier+ subscribers',
  'To read the rest of this story subscribe to Courier+.',
  'Already a subscriber? Log in',
  'Write for us',
  'Have a news tip? Email tips@news.example',
  'Get breaking news alerts and special reports, delivered weekday mornings.',
  'Advertisement',
  'Advertisement - Continue Reading Below',
  'Article continues below',
  'Vereinbaren Sie am besten direkt einen Termin.',
  'Folgen Sie uns auf Instagram',
  'Abonnez-vous à notre newsletter',
  'Síguenos en Twitter',
  'Receba em seu email nosso guia gratuito',
];

/** Story sentences (and how-to steps) that use the same words: never calls to action. */
const STORY_LINES = [
  'The company said 3 million people subscribe to the service.',
  'Subscribers to the ferry pass rose by a third last year.',
  'Sharing a cabin is now common on the night ferry.',
  'Share the dough into two tins and leave them overnight.',
  'Follow the recipe card below and weigh the flour first.',
  'Follow-up studies on TikTok users found the same effect.',
  'Like many teens on TikTok, she posts a video about her job every day.',
  'Donate your old starter jars to a neighbour.',
  'Talk to a tax adviser before you change how you file.',
  'Try the free plan before you upgrade.',
  'Get three quotes before you hire a builder.',
  'Schedule an appointment: once you have the forms, call the county office and ask for a slot.',
  'Sign up for a streaming account for $11.99 a month',
  'Call us old-fashioned, but we still print the timetable.',
  'Join local networking groups.',
  'Contact the county clerk at 555-123-4567 to register.',
  'Learn more:',
  'Click here to see the full plant list, number of plants and spacing.',
  'Advertising revenue fell by half, the publisher said.',
  'Copyright law changed in 2019, and the ruling followed.',
];

describe('call-to-action wording', () => {
  for (const line of CALLS_TO_ACTION) {
    it(`takes "${line}"`, () => {
      // Lines that need to stand apart from prose are asked as such (a link, a heading, a bold line).
      expect(callToActionWording(line, true)).toBeDefined();
    });
  }
  for (const line of STORY_LINES) {
    it(`leaves "${line}"`, () => {
      expect(callToActionWording(line, true)).toBeUndefined();
    });
  }

  it('asks that a weak line stand apart: a follow button with a name, a quote button', () => {
    expect(callToActionWording('Follow Harbour Canada', true)).toBeDefined();
    expect(callToActionWording('Follow Harbour Canada', false)).toBeUndefined();
    expect(callToActionWording('Get a Quote', false)).toBeDefined(); // the bare button label needs nothing more
    expect(callToActionWording('Get a quote from the harbour office', false)).toBeUndefined();
  });

  it('says when only the closing sentence is the call to action', () => {
    expect(callToActionWording('Plan A costs $9 a month. Get a Quote', false)?.closing).toBe('Get a Quote');
    expect(callToActionWording('Book a demo', false)?.closing).toBeUndefined();
  });
});

describe('copyright, credit and disclosure wording', () => {
  const notices = [
    'Copyright © 2025 Harbour News. All Rights Reserved.',
    '© 2019 Harbour Media Network',
    'Copyright 2019 The Harbour Courier',
    '2026 (c) Ledgerly, Inc. All rights reserved.',
    'Alle Rechte vorbehalten.',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'This work is licensed under a Creative Commons Attribution 4.0 International License.',
    'Reporting by Jane Roe; Editing by John Doe',
    'Image credit: © Depositphotos.com/baker',
    'Photo credit: ©iStock.com/harbour',
    'As an Amazon Associate I earn from qualifying purchases.',
    'This post may contain affiliate links.',
    'Disclosure: Harbour News may earn a commission from products featured on this page.',
  ];
  for (const line of notices) it(`takes "${line}"`, () => expect(copyrightWording(line)).toBeDefined());
  const story = [
    'Copyright law changed in 2019, and the ruling followed within a year.',
    'Affiliate links earn bloggers a commission of 3 to 8 percent, the study found.',
    'Video: 4K/30p, Full HD 120p',
    'Photo: 12 MP wide camera',
    'Reporting by local outlets was thin, the council said.',
  ];
  for (const line of story) it(`leaves "${line}"`, () => expect(copyrightWording(line)).toBeUndefined());
});

describe('the rules can be turned off', () => {
  const newsCase = CLEANING_CASES.find((c) => c.name.startsWith('calls to action between'))!;
  const extract = (rules: Record<string, boolean>) => {
    const page = parseHtml(newsCase.html, 'https://news.example/story');
    const result = extractStory(page.document, { url: 'https://news.example/story', sanitizeHtml: (h) => h, rules });
    if (!result.ok) throw new Error(result.reason);
    return result.story;
  };

  it('lists what each rule took, with its reason', () => {
    const reasons = extract({}).removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['call-to-action', 'advert', 'copyright']));
  });

  it('keeps the calls to action when "calls-to-action" is off, and the copyright line when "copyright" is off', () => {
    const withoutCta = extract({ 'calls-to-action': false });
    expect(withoutCta.text).toContain('Share it with a friend');
    expect(withoutCta.text).not.toContain('Copyright');
    const withoutCopyright = extract({ copyright: false });
    expect(withoutCopyright.text).toContain('Copyright');
    expect(withoutCopyright.text).not.toContain('Share it with a friend');
  });
});

describe('page-control wording', () => {
  const controls = ['Image 3 of 5', 'Image 1 of / 23', '1 of 6', 'Caption', 'Close', 'Show Caption', '12 Comments', 'Leave a comment', 'Добавить отзыв', 'Print Article', 'Text size', 'Skip to content', 'Back to top', 'Loading...', 'Loading paragraph...', 'Loading image…', 'Cargando...', '5 min read', 'Reading time: 8 minutes', 'Tempo de leitura: 1 minuto', '3.409 letture'];
  for (const line of controls) it(`takes "${line}"`, () => expect(pageControlWording(line)).toBeDefined());
  const story = ['5/5', '2/3 of the budget', 'Next, the council voted.', 'Close to the harbour', 'Comments from readers poured in.', 'Print edition sales fell', '15 minutes', 'Loading the ferry took hours.'];
  for (const line of story) it(`leaves "${line}"`, () => expect(pageControlWording(line)).toBeUndefined());
});

describe('page controls set between blocks', () => {
  /** The page-controls rule alone on a container, as it runs on the one Readability chose. */
  function afterPageControls(markup: string): string {
    const { document } = parseHtml(`<!doctype html><html><body><div id="root"><div>${markup}</div></div></body></html>`);
    const root = document.getElementById('root')!;
    runCleaningRules([pageControlsRule], root, { title: '', description: '', author: '', removed: [], found: {} });
    return root.textContent!.replace(/\s+/g, ' ').trim();
  }

  it('takes a skip link or a back-to-top link that is a line of its own between blocks', () => {
    const text = afterPageControls(`<a href="#main">Skip to content</a>\n<div><p>The council met on Tuesday.</p></div><br><a href="#top">Back to top</a>`);
    expect(text).toBe('The council met on Tuesday.');
  });

  it('leaves the same words inside a line of text, in a wrapper or right in the container', () => {
    const text = afterPageControls(`<div>Readers can <a href="#top">back to top</a> it.</div> Then <a href="#x">Skip to content</a> here.<div><p>The council met.</p></div>`);
    expect(text).toContain('Readers can back to top it.');
    expect(text).toContain('Then Skip to content here.');
    const { document } = parseHtml(`<!doctype html><html><body><div id="root">Then <a href="#x">Skip to content</a> here.<p>The council met.</p></div></body></html>`);
    const root = document.getElementById('root')!;
    runCleaningRules([pageControlsRule], root, { title: '', description: '', author: '', removed: [], found: {} });
    expect(root.textContent).toContain('Then Skip to content here.');
  });
});

describe('trimming decoration', () => {
  // trimDecoration answers a line that opens or closes with an ASCII character from its own list of
  // the ASCII decoration characters, without the Unicode regular expressions: the list must say what
  // the expressions say, for every ASCII character, at either end.
  it('answers ASCII ends as the decoration patterns do', () => {
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code);
      for (const line of [`${c}Donate today`, `Donate today${c}`, `${c}${c}Donate today${c}${c}`, `${c}`]) {
        const byPattern = line.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, '');
        expect(trimDecoration(line), `code ${code} in ${JSON.stringify(line)}`).toBe(byPattern);
      }
    }
  });

  it('trims bullets, arrows and emoji around a call to action', () => {
    expect(trimDecoration('👉 Donate today »')).toBe('Donate today');
    expect(trimDecoration('*** Follow me ***')).toBe('Follow me');
    expect(trimDecoration('© 2024 Acme')).toBe('© 2024 Acme');
  });
});
