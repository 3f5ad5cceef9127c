/**
 * Calls to action and promo lines inside the story container: "Subscribe", "Follow us on Instagram",
 * "Book a demo", "Download the app", "Join X to unlock members-only content", "LIKE IT? PIN IT!",
 * "Advertisement - Continue reading below". Readability keeps them because they sit between the
 * story's paragraphs; they ask the reader to do something instead of telling the story.
 *
 * Recognised by wording and shape, never by a site's class names:
 * - wording: the table below, each entry an imperative (or a pitch question) anchored at the start
 *   of the line, with a comment on why it exists. A story sentence that mentions subscribing or sharing
 *   ("The company said 3 million people subscribe to the service.") does not start with the verb;
 * - shape: a short block of its own (no block inside it), a few dozen words at most; the weaker
 *   entries also need the block to stand apart from the prose (a link or button in it, a heading,
 *   an all-caps or bold line, an exclamation), and a button label inside a line ("Get a Quote"
 *   after a price) goes only when it is a link or button that does not continue a sentence.
 */
import type { RemovalReason } from '../types';
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { ancestorWithTag, isHeading, upperTagName, wordCount } from './dom-utils';
import { Holds, outermostWrapper, type PageIndex } from './page-index';
import { openingGate } from './opening-gate';

interface Wording {
  pattern: RegExp;
  reason: RemovalReason;
  /** Longest block (in words) the entry may take. */
  maxWords: number;
  /** The block must stand apart from the prose (see standsApart): the wording alone is not enough. */
  apart: boolean;
}

const DEFAULT_MAX_WORDS = 30;
/** Passed as an entry's `apart`: the weaker wordings that need the block to stand apart. */
const APART = true;

// One constructor per reason keeps the table below to its patterns. Why each entry exists (the kind
// of page that prints it) is said in a comment above it, not in a string: the table ships in the
// script injected into the tab, where every byte is parsed on the first click.
const callToAction = (pattern: RegExp, maxWords = DEFAULT_MAX_WORDS, apart = false): Wording => ({ pattern, reason: 'call-to-action', maxWords, apart });
const newsletter = (pattern: RegExp, maxWords = DEFAULT_MAX_WORDS): Wording => ({ pattern, reason: 'newsletter', maxWords, apart: false });
const advert = (pattern: RegExp, maxWords: number): Wording => ({ pattern, reason: 'advert', maxWords, apart: false });

/** Social networks and feeds a "follow us" line points to. */
const NETWORKS = String.raw`(twitter|x|facebook|instagram|youtube|tiktok|linkedin|pinterest|threads|bluesky|mastodon|snapchat|telegram|whatsapp|discord|reddit|flipboard|substack|medium|google news|apple news|spotify|apple podcasts|social media|social)`;

/**
 * Whole-line wording. Every pattern is tested, case-insensitively, against the block's text with
 * decoration (bullets, arrows, emoji, asterisks) trimmed from both ends.
 */
export const CALL_TO_ACTION_WORDING: readonly Wording[] = [
  // Button labels printed as a line of their own.
  // Subscribe / share / follow / book / download buttons left as a line of text between paragraphs (news
  // sites, SaaS blogs, recipe blogs), in several languages; "Share:" before the icons.
  callToAction(/^(subscribe|subscribe now|subscribe today|subscribe for free|sign up|sign up now|sign up today|sign up for free|sign in|log in|login|register|register now|join now|join today|join us|join free|donate|donate now|donate today|give now|share|share this|share this (article|story|post|page|recipe|video)|share (on|via) \w+|share your (story|stories|news|tip|tips|thoughts|photos?|experience|feedback)|follow|follow us|get started|get started (today|now|for free)|start (now|today|here|for free|your free trial)|book now|book online|book (a|your) (demo|call|consultation|tour|lesson|table|appointment)|get (a )?quotes?|get (a )?free quote|request (a )?quote|try (it )?(for )?free|try (it )?now|buy now|shop now|order now|download now|download (the|our) app|contact us|get in touch|write for us|pin it|pin it for later|pin this|pin me|save (it|this) for later|abonnieren|jetzt abonnieren|teilen|jetzt spenden|s'abonner|s’abonner|abonnez-vous|je m'abonne|je m’abonne|partager|suscríbete|suscribete|compartir|iscriviti|abbonati|condividi|assine|assine já|inscreva-se|compartilhar|abonneer|delen)( ?:|[.!])?$/, 6),
  // "Learn more", "Read more", "See all" buttons under cards and pitches (not "Learn more:" with a
  // colon, which introduces the story's own list of links).
  callToAction(/^(learn more|learn more here|find out more|read more|see more|view more|show more|see all|view all|mehr erfahren|en savoir plus|saber más|leer más|scopri di più|saiba mais|lees meer|meer informatie)[.!]?$/, 4),
  // Subscribe and sign up.
  // "Subscribe to 9to5Mac on YouTube", "Sign up to our newsletter to ...", "Sign up today and ..."
  // inside blogs and news stories (not "Sign up for a Hulu ad-free account for $11.99", a step in a
  // deals story: what is signed up for must be a newsletter, a channel, a feed).
  callToAction(new RegExp(String.raw`^(click here to |please |be sure to |make sure (to|you) |don[’']?t forget to |and )?(subscribe|sign up|signup|register|opt in)(?![-\w])( (now|today|here|below|for free)\b|.{0,200}(?<![-\w])(newsletters?|inbox|(regular |weekly |daily |monthly )?e-?mails|email list|mailing list|updates|alerts|channel|podcasts?|feed|rss|blog|subscribers|${NETWORKS})(?![-\w]))`), 40),
  // The same sign-up lines in German, French, Spanish, Italian, Portuguese and Dutch ("Receba em seu
  // email nosso ebook" on Brazilian blogs).
  callToAction(/^(newsletter abonnieren|abonnieren sie|melden sie sich .{0,60}\ban\b|registrieren sie sich|abonnez-vous|inscrivez-vous|suscríbete|suscribete|suscríbase|regístrate|apúntate|iscriviti|abbonati|registrati|assine (a|o|nossa|nosso)|inscreva-se|cadastre-se|receba (em|no) seu e-?mail|receba (a|nossa|nosso)|abonneer je|schrijf je in|meld je aan)\b/, 40),
  // A pitch question followed by a request: "Like this story? Share it with a friend!", "LIKE IT? PIN
  // IT!", "Like what you're reading? Subscribe ..." closing blog posts and news stories.
  callToAction(/^(did you )?(like|love|enjoy|enjoyed|liked|loved|enjoying)( it| this| that| them| what you[’']?(re| are)? (read|reading|see|seeing)| (this|the|our|my) (story|article|post|recipe|piece|guide|content|newsletter|video|episode|podcast|blog|list))\s*\?\s*.{0,300}$/, 50),
  // "If you enjoyed this article, please consider liking, sharing, and subscribing", "If you enjoyed
  // this article, we have a proposition for you: Join ...".
  callToAction(/^if you (enjoyed|liked|like|love|loved|found|appreciated?|want more|are enjoying|[’']re enjoying|[’']ve enjoyed|have enjoyed)\b.{0,240}\b(share|sharing|subscribe|subscribing|sign up|follow|join|support|donate|consider|pin|tell|leave a|rate|become)\b/, 60),
  // "Help me spread the word about this podcast!" under podcast show notes.
  callToAction(/^help (us|me) (spread the word|keep|continue|grow|reach|fund|support)\b/),
  // Follow us.
  // "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube", "Follow @BGRDeals on Twitter", "Like
  // us on Facebook" at the end of stories and posts (not "Like many teens on TikTok, she ...": "like"
  // and "find" only with "us" or "me").
  callToAction(new RegExp(String.raw`^(please )?((follow|connect with|stay connected with|keep up with|join|subscribe to)(?![-\w]) (\S+ ){0,5}?|(like|find|join) (us|me) )(on|at|via|in) (the )?${NETWORKS}\b`)),
  // "Join the Facebook group" under podcast and blog posts.
  callToAction(new RegExp(String.raw`^(please )?join (the|our|my) ${NETWORKS} (group|page|community|server|channel)`)),
  // "Follow us for more ..." / "Follow @handle" without a network name.
  callToAction(/^(please )?follow (us|me|@\S+)\b/),
  // "Follow Hardtail Canada": a follow button with the site's name (apart only: "Follow the recipe" is
  // an instruction).
  callToAction(/^(please )?follow [\p{L}\p{N}.'’ &-]{1,40}$/u, 5, APART),
  // "Follow AP's full coverage of Brexit at https://..." closing agency stories.
  callToAction(/^follow .{0,80}\bcoverage\b.{0,80}(https?:\/\/|www\.)/),
  // "Stay connected with me!" above social buttons.
  callToAction(/^stay (connected|in touch|up to date|informed)( with (us|me))?[.!]?$/),
  // "Follow us" in German, French, Spanish, Italian, Portuguese and Dutch.
  callToAction(/^(folgen sie uns|folge uns|suivez-nous|suivez nous|síguenos|siguenos|seguici|siga-nos|sigam-nos|volg ons)\b/),
  // Contact the reporter: "Write to Al Root at allen.root@dowjones.com".
  // "Write to Al Root at al.root@...", "Reach the reporters on Twitter at http://...", "Contact staff
  // writer X at 212-..." closing news stories (a name needs an e-mail address: "Contact the clerk at
  // 555-..." is a service line).
  callToAction(/^(email|e-mail|contact|reach|write to|message)( the (author|reporter|writer|editor|columnist)s?( on twitter)?( at| via| on)? ?(\S+@\S+|https?:\/\/\S+|@\w+)| (staff |senior |contributing )?(writer|reporter|editor|correspondent|columnist) [\p{L}.'’ -]{2,40} (at|on|via) .{0,40}(\S+@\S+|@\w+|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})|[\p{L}.'’ -]{2,40} (at|via) \S+@\S+\.\w+)/u, 45),
  // Donate and support.
  // "Donate today to the ... Relief Fund" in newsletters and non-profit newsrooms (not "Donate your old
  // clothes to ...", which is advice).
  callToAction(/^(please )?(donate|make a donation|chip in|give) (now|today|here|to (us|our)|\$\d)/),
  // "Support our journalism", "Support independent journalism" boxes in non-profit newsrooms.
  callToAction(/^(please )?(support us\b|(support|fund) (our|independent|local|nonprofit|non-profit|this|quality|reader-funded|public-interest) (work|journalism|reporting|newsroom|site|blog|podcast|mission|newsletter)\b)/),
  // "Become a paid subscriber to X to unlock this piece", "Become a member".
  callToAction(/^become an? (member|patron|supporter|subscriber|paid subscriber|premium subscriber|insider|sustaining member|monthly donor|contributor)\b/),
  // "This story is funded by readers like you" donation pitches.
  callToAction(/^(this|our) (story|article|work|reporting|journalism|podcast|site|newsletter|coverage) (is|was) (funded|made possible|supported|powered) by (readers|listeners|members|donors|viewers|you)\b/),
  // The heading of a "support our journalism" box in magazine stories.
  callToAction(/^(on )?supporting (science |local |independent )?journalism$/, DEFAULT_MAX_WORDS, APART),
  // Book a call, schedule a consultation, request a quote, start a trial.
  // "Book a demo", "Schedule a consultation", "Request a Quote", "BOOK YOUR FIRST LESSON" on business
  // blogs.
  callToAction(/^(click here to |please |now )?(book|schedule|request|claim|reserve|arrange|set up)( (a|an|your|my|our|the))?( (free|personali[sz]ed|custom|complimentary|no-obligation|quick|first|discovery|strategy|intro|introductory|live|instant|online|\d+-minute|one-on-one|1:1))* (demo|call|consultation|consult|quote|quotes|estimate|appointment|meeting|strategy session|session|tour|lesson|assessment|audit|proposal)\b/),
  // "Get a Quote (212) 203-0280" buttons in directories and reviews (apart only: "Get three quotes
  // before you hire" is advice).
  callToAction(/^(get|claim) (a |your |an? free |free |instant )?(quotes?|estimate|demo)\b/, DEFAULT_MAX_WORDS, APART),
  // "Talk to our experts" sales pitches on agency blogs (not "Talk to a specialist before ...", which is
  // advice).
  callToAction(/^(talk|speak|chat) (to|with) (our|one of our) .{0,60}\b(experts?|specialists?|team|sales|advisors?|advisers?|consultants?|agents?)\b/),
  // "Contact us today for a free estimate" on business blogs (not "call us": "Call us old-fashioned, but
  // ...").
  callToAction(/^(contact|email|e-mail) us\b.{0,100}$/),
  // "Start your free trial of ..." product pitches.
  callToAction(/^(start|begin|get) (your|a|my) (free |\d+[- ]day |no-obligation )+(trial|account|demo)\b/),
  // "Try Opik for free" product buttons (apart only: "Try the free plan before you upgrade" is advice in
  // a review).
  callToAction(/^try [\p{L}\p{N}.'’&+ -]{1,30}? (for )?free( (today|now|here|for \d+ days))?[.!]?$/u, DEFAULT_MAX_WORDS, APART),
  // The small print under a trial button.
  callToAction(/^no credit card required\b/),
  // Booking and contact requests in German, French, Spanish, Italian, Portuguese and Dutch ("Vereinbaren
  // Sie am besten direkt einen Termin" on agency blogs).
  callToAction(/^(vereinbaren sie|jetzt (termin|beratung|demo|angebot) (vereinbaren|buchen|anfragen)|kontaktieren sie uns|fordern sie .{0,40}an|prenez rendez-vous|contactez-nous|demandez (un|une|votre) (devis|démo|demo|rendez-vous)|solicita (una|un|tu) (demo|presupuesto|cotización|cita)|contáctanos|contactanos|pide (tu|una) (cita|demo)|prenota (una|un|la|il tuo) (demo|consulenza|visita|appuntamento)|contattaci|richiedi (un|una) (preventivo|demo|consulenza)|agende (uma|sua|já) |fale conosco|solicite (um|uma|seu|sua) (orçamento|demonstração|proposta)|plan een (demo|afspraak|gesprek)|neem contact (met ons )?op|vraag (een|uw) (offerte|demo) aan)/, 40),
  // Download the app.
  // "CLICK HERE TO GET THE FOX NEWS APP", "Download our app" inside news stories.
  callToAction(/^(click here to |tap here to )?(download|get|install|try) (the|our) (free |new |official )?([\p{L}\p{N}'’&.-]+ ){0,4}apps?\b/u),
  // App-store badges printed as text.
  callToAction(/^(download on|get it on|available on) the (app store|google play)/),
  // "GET FOX BUSINESS ON THE GO BY CLICKING HERE" lines between paragraphs.
  callToAction(/\bby clicking here[.!]?$/, 15),
  // "Click here to subscribe to ...", "Click here for more information." promos (not "Click here to see
  // the full plant list", which leads to the story's own material).
  callToAction(/^click here (to|for) (subscribe|sign up|register|download|join|donate|learn more|find out more|more information|discover|listen|watch|read more|see more|the (video|audio|podcast|mp3))\b/),
  // Members-only content and paywall notes.
  // "Join Medium for free to get updates from this writer", "Join X to unlock members-only content".
  callToAction(/^join [\p{L}\p{N}.'’&+ -]{1,40}? (for free )?(to|and) (unlock|get|access|read|enjoy|receive|continue)\b/u),
  // "Join our Space Forums to keep talking space", "Join my FREE workshop", "Join the Art Collectors
  // Club!".
  callToAction(/^join (us|our|my|the) .{0,50}\b(community|club|list|newsletter|workshop|course|program|programme|challenge|group|forums?|members|membership|waitlist|mailing list|conversation|movement|discussion)\b/),
  // "This article is exclusive to STAT+ subscribers" paywall notes.
  callToAction(/^(this|the) (article|story|content|post|piece|page|episode|report) is (exclusive|only available|available only|reserved) (to|for) .{0,40}\b(subscribers|members)\b/),
  // "To read the rest of this story subscribe to X", "Unlock this article", "Already a subscriber? Log
  // in".
  callToAction(/^(to (read|continue reading|access|unlock|keep reading) (the rest of |the full |this full )?(this|the) (story|article|post|piece|content|report)|unlock (this|the full|full|unlimited|all) (article|story|access|content|stories)|already (a|an) (subscriber|member)\b|(subscribe|log in|sign in|login) to (continue|read|keep reading|unlock|access))/),
  // "Join ... to unlock members-only content" pitches whatever their opening words.
  callToAction(/\bmembers[- ]only (content|articles?|stories|posts?|access)\b/, 25, APART),
  // Write for us / send us a tip.
  // "Write for us", "Have a news tip? Email ..." promos inside stories.
  callToAction(/^(write for us|contribute to (us|our)\b|become a (contributor|writer|guest (author|writer|blogger))|submit (a|your) (guest post|story|article|tip|news tip|photos?)|(have|got) (a|any) (news )?tips?\b|send us (a|your) (tip|story|news|photos?|pictures?|videos?)\b|pitch us\b)/),
  // Newsletter promos inside the text.
  // "Get the morning newsletter" promos between paragraphs.
  newsletter(/^get (the|our|my) (free |daily |weekly |morning |evening |best |latest )*[\p{L}\p{N}'’&.+ -]{0,40}newsletters?\b/u),
  // "Get breaking news alerts and special reports ... delivered weekday mornings.".
  newsletter(/^get .{0,60}\b(alerts|newsletters?|updates|headlines|stories|news)\b.{0,120}\b(delivered|in your inbox|to your inbox|by e-?mail)\b/, 40),
  // "Want more DIY projects? Follow me on Pinterest ..." closers.
  callToAction(/^(want|looking for) (more|the latest) .{0,80}\?\s*.{0,160}\b(subscribe|sign up|follow|newsletter|inbox)\b/, 45),
  // Advert labels left behind when the advert itself was not in the HTML.
  // "Advertisement", "Advertisement - Continue Reading Below", "Iklan": labels of an advert slot whose
  // advert loads later.
  advert(/^(advertisement|advertisements|advert|adverts|ad|ads|sponsored|paid content|paid post|anzeige|werbung|publicité|publicite|publicidad|pubblicità|publicidade|advertentie|реклама|iklan|広告|广告)( ?[-–—:|] ?(continue reading|story continues|article continues|scroll to continue)( below)?)?$/, 8),
  // "Article Continues Below", "Continue Reading Below" printed beside an advert slot.
  advert(/^(continue reading|story continues|article continues|(the )?(story|article|text|content) continues|scroll (down )?to continue( reading| with content)?)( below| after (this|the) (ad|advertisement|advert))?$/, 8),
];

/**
 * The words each entry above opens with, in the same order ('' : it may open any way), for the gate
 * in front of the table (opening-gate.ts). Read from the patterns by scripts/lib/literal-openings.ts;
 * tests/story/literal-openings.test.ts fails, printing the right line, when an entry and its words disagree.
 */
export const CALL_TO_ACTION_OPENINGS: readonly string[] = [
  "subscribe sign log register join donate give share follow get start book request try buy shop order download contact write pin save abonnieren teilen s'abonner s’abonner abonnez-vous je partager suscríbete suscribete compartir iscriviti abbonati condividi assine inscreva-se compartilhar abonneer delen", // 0
  "learn find read see view show mehr en saber leer scopri saiba lees meer", // 1
  "subscribe sign register opt click please be make don and", // 2
  "newsletter abonnieren registrieren abonnez-vous inscrivez-vous suscríbete suscribete suscríbase regístrate apúntate iscriviti abbonati registrati assine inscreva-se cadastre-se receba abonneer schrijf meld", // 3
  "like love enjoy did", // 4
  "if", // 5
  "help", // 6
  "follow connect stay keep join subscribe like find please", // 7
  "join please", // 8
  "follow please", // 9
  "follow please", // 10
  "follow", // 11
  "stay", // 12
  "folge suivez síguenos siguenos seguici siga-nos sigam-nos volg", // 13
  "email e-mail contact reach write message", // 14
  "donate make chip give please", // 15
  "support fund please", // 16
  "become", // 17
  "this our", // 18
  "supporting on", // 19
  "book schedule request claim reserve arrange set click please now", // 20
  "get claim", // 21
  "talk speak chat", // 22
  "contact email e-mail", // 23
  "start begin get", // 24
  "try", // 25
  "no", // 26
  "vereinbaren jetzt kontaktieren fordern prenez contactez-nous demandez solicita contáctanos contactanos pide prenota contattaci richiedi agende fale solicite plan neem vraag", // 27
  "download get install try click tap", // 28
  "download get available", // 29
  "", // 30
  "click", // 31
  "join", // 32
  "join", // 33
  "this the", // 34
  "to unlock already subscribe log sign", // 35
  "", // 36
  "write contribute become submit have got send pitch", // 37
  "get", // 38
  "get", // 39
  "want looking", // 40
  "ad sponsored paid anzeige werbung publicité publicite publicidad pubblicità реклама iklan 広告 广告", // 41
  "continue story article text content the scroll", // 42
];

/**
 * Which entries could take a line, by its opening words (opening-gate.ts): the others are not asked,
 * and not compiled. (One alternation of the whole table asked first, the gate before this one, cost
 * about 9 ms a page in Chromium to compile.)
 */
const mayTake = openingGate(CALL_TO_ACTION_OPENINGS);

function mayBeCallToAction(lower: string, may: Uint8Array): boolean {
  // Loops rather than callbacks here and below: these run on every short line of the page, and a
  // closure made per line costs more than the test it wraps.
  for (let i = 0; i < CALL_TO_ACTION_WORDING.length; i++) if (may[i] === 1 && CALL_TO_ACTION_WORDING[i].pattern.test(lower)) return true;
  return false;
}

/**
 * Bullets, arrows, emoji and asterisks around a call to action ("👉 Donate today »", "*** Follow me ***").
 * Exported for the test that keeps the ASCII sets below in step with them.
 */
export const LEADING_DECORATION = /^(?:[\s*•·●▶►▸→⇒»›>|~=_#+\-–—\uFE0F\u200d]|(?![©®™])\p{Extended_Pictographic})+/u;
export const TRAILING_DECORATION = /(?:[\s*•·●▶►▸→⇒»›>|~=_#\-–—…\uFE0F\u200d❯]|(?![©®™])\p{Extended_Pictographic})+$/u;

/** Starts or ends with a letter or digit: nothing to trim (most lines; the decoration regexes are costly). */
const PLAIN_START = /^[\p{L}\p{N}]/u;
const PLAIN_END = /[\p{L}\p{N}.!?)]$/u;

/**
 * The ASCII characters of LEADING_DECORATION and TRAILING_DECORATION (no ASCII character is
 * Extended_Pictographic). A line that opens or closes with any other ASCII character has nothing to
 * trim there, and is answered without the regular expressions: a browser compiles a regular
 * expression on its first use in each renderer, Unicode classes are the costly ones, and on pages in
 * English they are then seldom compiled at all.
 */
const ASCII_LEADING_DECORATION = ' \t\n\v\f\r*>|~=_#+-';
const ASCII_TRAILING_DECORATION = ' \t\n\v\f\r*>|~=_#-';

export function trimDecoration(text: string): string {
  const first = text.charCodeAt(0);
  const plainStart = first < 128 ? !ASCII_LEADING_DECORATION.includes(text[0]) : PLAIN_START.test(text);
  const start = plainStart ? text : text.replace(LEADING_DECORATION, '');
  const last = start.charCodeAt(start.length - 1);
  const plainEnd = last < 128 ? !ASCII_TRAILING_DECORATION.includes(start[start.length - 1]) : PLAIN_END.test(start);
  return plainEnd ? start : start.replace(TRAILING_DECORATION, '');
}

/**
 * A sentence boundary: end punctuation, whitespace, then a capital, a digit or an opening quote. The
 * whitespace is found first and the character after it asked apart, ASCII without a regular
 * expression: the Unicode class is compiled (in each renderer) only for a line that needs it.
 */
const AFTER_END_PUNCTUATION = /(?<=[.!?])\s+/g;
const SENTENCE_START = /^[\p{Lu}\p{N}"“‘']/u;

function startsSentence(line: string, at: number): boolean {
  const code = line.codePointAt(at);
  if (code === undefined) return false;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) return true;
  if (code >= 97 && code <= 122) return false;
  return SENTENCE_START.test(String.fromCodePoint(code));
}

/** The closing sentence of a short pitch ("Ready to simplify your nutrition? Get started today."), decoration trimmed. */
function closingSentence(line: string): string {
  if (line.length > MAX_PITCH_CHARS || !/[.!?]\s/.test(line)) return '';
  let start = -1;
  AFTER_END_PUNCTUATION.lastIndex = 0;
  for (let match = AFTER_END_PUNCTUATION.exec(line); match; match = AFTER_END_PUNCTUATION.exec(line)) {
    const after = match.index + match[0].length;
    if (startsSentence(line, after)) start = after;
  }
  return start > 0 ? trimDecoration(line.slice(start)) : '';
}

/** A short pitch may close on its call to action; past this length the block is prose that happens to end on one. */
const MAX_PITCH_WORDS = 30;
/** The same in characters, a cheap bound asked before words are counted. */
const MAX_PITCH_CHARS = 300;
/**
 * A step of a how-to labelled with an action ("Schedule an appointment: once you have the papers,
 * contact the building department ..."): a short label, a colon, then a sentence of its own.
 */
const LABELLED_STEP = /^[^:：]{1,60}[:：]\s+(\S+\s+){5,}\S/u;

/**
 * Does this text (decoration trimmed) read as a call to action? `apart` says whether the block
 * stands apart from the prose; entries that need it are skipped otherwise.
 */
export interface CallToActionMatch {
  wording: Wording;
  /** Only the line's closing sentence is the call to action (a pitch ending on it), in the page's own case. */
  closing?: string;
}

export function callToActionWording(text: string, apart: boolean | (() => boolean)): CallToActionMatch | undefined {
  const line = trimDecoration(text);
  if (!line) return undefined;
  // Whether the line stands apart is asked only of the few entries that need it (it reads the DOM).
  const standing: Standing = { apart, answer: typeof apart === 'boolean' ? apart : undefined };
  // Most lines are story: the gates rule them out before anything else is computed.
  const lower = line.toLowerCase();
  let words = -1;
  const may = mayTake(lower);
  if (mayBeCallToAction(lower, may)) {
    if (LABELLED_STEP.test(line)) return undefined;
    words = wordCount(line);
    // The whole line first: "Already a subscriber? Log in" is one paywall line, not a question and a button.
    const whole = firstWording(lower, may, words, standing, false);
    if (whole) return { wording: whole };
  }
  const closing = closingSentence(line);
  if (!closing) return undefined;
  const closingLower = closing.toLowerCase();
  const closingMay = mayTake(closingLower);
  if (!mayBeCallToAction(closingLower, closingMay) || LABELLED_STEP.test(line)) return undefined;
  if (words < 0) words = wordCount(line);
  if (words > MAX_PITCH_WORDS) return undefined;
  const closer = firstWording(closingLower, closingMay, wordCount(closing), standing, true);
  return closer ? { wording: closer, closing } : undefined;
}

/** Whether a line stands apart from the prose, asked at most once per line. */
interface Standing {
  apart: boolean | (() => boolean);
  answer: boolean | undefined;
}

function standsApartOnce(standing: Standing): boolean {
  standing.answer ??= (standing.apart as () => boolean)();
  return standing.answer;
}

/**
 * The first entry of the table that takes this text (of `length` words), among those its opening
 * allows (`may`); `callToActionOnly` skips newsletter and advert entries.
 */
function firstWording(lower: string, may: Uint8Array, length: number, standing: Standing, callToActionOnly: boolean): Wording | undefined {
  for (let i = 0; i < CALL_TO_ACTION_WORDING.length; i++) {
    const wording = CALL_TO_ACTION_WORDING[i];
    if (may[i] === 0 || length > wording.maxWords || (callToActionOnly && wording.reason !== 'call-to-action')) continue;
    if (wording.pattern.test(lower) && (!wording.apart || standsApartOnce(standing))) return wording;
  }
  return undefined;
}

/** The whole block is one bold or emphasised run ("<p><strong>Subscribe to ...</strong></p>"). */
function isEmphasisedLine(el: Element, stats: PageIndex): boolean {
  const { chars } = stats.get(el);
  for (const tag of ['STRONG', 'B', 'EM']) {
    for (const run of stats.descendantsWithTag(el, tag)) if (stats.get(run).chars === chars) return true;
  }
  return false;
}

/**
 * Outside the flow of prose: a heading, a line holding a link or a button (the action itself), an
 * all-caps or wholly bold line, or one that shouts ("!").
 */
function standsApart(el: Element, text: string, stats: PageIndex): boolean {
  if (isHeading(el) || stats.holds(el, Holds.link | Holds.form)) return true;
  if (/!\s*$/.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  return isEmphasisedLine(el, stats);
}


/** Lines of their own (not SPAN: a span is part of a line, and reading every one of them is costly). */
const LINE_TAGS = ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DT', 'DD', 'ASIDE', 'SECTION', 'FOOTER', 'HEADER', 'CENTER'];
const BUTTON_TAGS = ['A', 'BUTTON'];
/** A button label is a few words ("Book a demo today", "Abonnez-vous"). */
const MAX_BUTTON_CHARS = 32;
/** A line longer than this is never one call to action (the longest entries allow about 60 words). */
const MAX_LINE_CHARS = 500;

/**
 * A button label inside a line: a link or button whose whole text is a bare label ("Get a Quote",
 * "Book now", "LEARN MORE"), written as a button (capitalised), that does not continue a sentence
 * (nothing before it in its line, or the text before it ends a clause or a table-like value).
 */
function isButtonInLine(el: Element, stats: PageIndex, root: Element): boolean {
  const text = trimDecoration(stats.textOf(el));
  if (!text || !/^\p{Lu}/u.test(text)) return false;
  const label = CALL_TO_ACTION_WORDING[0];
  const lower = text.toLowerCase();
  if (wordCount(text) > label.maxWords || mayTake(lower)[0] === 0 || !label.pattern.test(lower)) return false;
  let line: Element | null = el.parentElement;
  while (line && line !== root && !LINE_TAGS.includes(upperTagName(line))) line = line.parentElement;
  if (!line) return false;
  const lineText = stats.textOf(line);
  const at = lineText.indexOf(text);
  if (at < 0) return false;
  const before = lineText.slice(0, at).trim();
  return before === '' || /[.!?:;|)\]\p{N}%$€£»›]$/u.test(before);
}

/** Text inside code ("git checkout -b feature-login") is the story's, whatever its words. */
export function isCode(el: Element): boolean {
  return ancestorWithTag(el, 'PRE') !== null || ancestorWithTag(el, 'CODE') !== null;
}

export function removeCallsToAction(root: Element, context: CleaningContext): void {
  const stats = context.index;
  const lines = stats.select([...LINE_TAGS, ...BUTTON_TAGS], (s) => s.chars > 0 && s.chars <= MAX_LINE_CHARS && (s.innerHolds & Holds.block) === 0);
  for (const el of lines) {
    if (!stats.isPresent(el)) continue;
    const tag = upperTagName(el);
    if (tag === 'A' || tag === 'BUTTON') {
      if (stats.get(el).chars > MAX_BUTTON_CHARS) continue;
      // A link that is the whole line is judged as its line; one inside a longer line only as a button.
      if (el.parentElement && stats.get(el.parentElement).chars !== stats.get(el).chars && isButtonInLine(el, stats, root) && !isCode(el)) removeBlock(el, 'call-to-action', context);
      continue;
    }
    const text = stats.textOf(el);
    const match = callToActionWording(text, () => standsApart(el, text, stats));
    if (!match || isCode(el)) continue;
    // "Plan A costs $9 a month. Get a Quote": when the closing call to action is a button of its
    // own, the button goes (below, as a link) and the line before it stays.
    if (match.closing && hasButtonReading(el, match.closing, stats)) continue;
    const line = outermostWrapper(el, stats, root);
    const box = line.parentElement;
    removeBlock(line, match.wording.reason, context);
    if (box && box !== root && isPitchBox(box, stats)) removeBlock(outermostWrapper(box, stats, root), match.wording.reason, context);
  }
}

function hasButtonReading(el: Element, text: string, stats: PageIndex): boolean {
  return [...stats.descendantsWithTag(el, 'A'), ...stats.descendantsWithTag(el, 'BUTTON')].some((button) => trimDecoration(stats.textOf(button)) === text);
}

/** What is left of a call-to-action box once its action went: a heading or question line or two. */
const MAX_PITCH_BOX_CHARS = 160;
const MAX_PITCH_BOX_WORDS = 25;

/**
 * The box a call to action stood in, now holding only its pitch: "Ready to simplify your books?"
 * above "Book a demo". A few short lines, one of them a heading or a question, no prose.
 */
function isPitchBox(box: Element, stats: PageIndex): boolean {
  const { chars } = stats.get(box);
  if (chars === 0) return true;
  if (chars > MAX_PITCH_BOX_CHARS || isCode(box)) return false;
  const text = stats.textOf(box);
  if (wordCount(text) > MAX_PITCH_BOX_WORDS) return false;
  // Read from the DOM: the index's flags still count the heading that may just have gone.
  return box.querySelector('h1, h2, h3, h4, h5, h6') !== null || /\?\s*$/.test(text);
}

export const callsToActionRule: CleaningRule = { id: 'calls-to-action', apply: removeCallsToAction };
