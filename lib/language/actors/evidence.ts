/**
 * Does the story give evidence that a found name is what the model says it is? Lede lists an actor
 * only when it does (precision first); the others are shown untyped under "Also mentioned", and
 * names that are no names at all (capitalised ordinary words) not at all.
 *
 * - Is it a name? Not when every word of it is an ordinary word: written in lower case elsewhere in
 *   the story, or one the lexicon knows as a common lower-case word ("Download", "Sender Features").
 * - A person needs person evidence: a given name the name lists know, a title or role, a quote,
 *   a verb of saying next to the name, or "he"/"she" right after it.
 * - For any type, the model's own margin counts where training calibrated it to be right 97 % of
 *   the time (model-calibration.ts), for a name in running prose.
 * - An organisation needs an organisation word ("Party", "Inc."), to be spelled out beside its
 *   acronym, or to act ("Acme said", "according to Acme"); a place a lexicon entry (country, city,
 *   region) or a place preposition before it in prose ("in Anchorage"). Capitals-only acronyms
 *   ("AI", "SEO") need more than being repeated.
 */
import type { Lexicon } from '../ner/lexicon';
import type { ActorType } from '../types';
import { CONFIDENT_MARGIN } from '../ner/model-calibration';
import { MORE_GIVEN_NAMES } from '../ner/lexicon-lists';
import type { Sentence } from '../ner/tokenize';
import type { ActorGroup } from './merge';
import type { Mention } from './mentions';
import { ROLE_HEADS } from './roles';
import { isFirmNameEnding, kindOfNoun } from './kind-nouns';
import { partOfLongerName } from './longer-names';
import { nameUsage } from './usage';

export interface EvidenceInput {
  group: ActorGroup;
  role: string;
  sentences: readonly Sentence[];
  lexicon: Lexicon;
  quoted: boolean;
  /** True when the paragraph is running prose (not a headline, heading or other title-like line). */
  inProse: (paragraph: number) => boolean;
  /** Lower-cased words of the story's organisation names (each name's first word and one-word names). */
  organisationWords?: ReadonlySet<string>;
  /** Lower-cased first word -> the story's organisation actors (names) that start with it or are it. */
  organisationsByFirstWord?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-cased first word -> every actor of the story whose name starts with it (or is it), with its type. */
  namesByFirstWord?: ReadonlyMap<string, ReadonlyMap<string, ActorType>>;
  /** `sentence:token` of every token inside a person, organisation or place mention of the story, with the mention's type. */
  nameTokens?: ReadonlyMap<string, ActorType>;
}

export interface Evidence {
  /** Looks like a name (not only ordinary words). */
  isName: boolean;
  /** Enough evidence for the type: listed as an actor. */
  confident: boolean;
  /** What counted, for anyone asking why a name is listed (extractActors' `explain`). */
  reasons?: string[];
  /** The type the story's evidence gives when it is not the model's ("Biden took office": a person). */
  type?: 'person';
}

const MORE_GIVEN = new Set(MORE_GIVEN_NAMES);
const SPEECH = /^(?:said|says|say|told|tells|added|adds|asked|wrote|writes|stated|declared|warned|explained|noted|insisted|argued|tweeted|posted|replied|responded|recalled|acknowledged|admitted|announced)$/i;
/** Verbs an organisation is the subject of in news copy ("Acme said", "the agency announced"). */
const AGENCY = /^(?:said|says|told|announced|announces|reported|reports|launched|launches|acquired|acquires|bought|sold|hired|fired|sued|filed|ruled|voted|approved|rejected|confirmed|denied|warned|plans|planned|raised|cut|owns|owned|employs|employed|statement|spokesman|spokeswoman|spokesperson)$/i;
const SUBJECT_PRONOUNS = /^(?:he|she)$/i;
/** Titles that only people bear, right before a name ("President Trump", "Dr. Phil"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|president|senator|sen|governor|gov|rep|representative|king|queen|pope|prince|princess|lord|lady|mayor|chancellor|premier)\.?$/i;
/**
 * Honorifics that also start names of places, firms and products ("Queen Creek", "Premier Care",
 * "Lady Bird", "King Soopers"): before a name of ordinary words they prove nothing.
 */
const NAME_STARTING_HONORIFIC = /^(?:king|queen|prince|princess|lord|lady|premier|chancellor|dame|sir)$/i;
/**
 * Words of languages, peoples and faiths ("Brazilian Portuguese", "Duolingo Japanese", "Taoist
 * China"): a name that ends in one is a language or a kind, not a person; a place that starts with
 * one is a kind of that place.
 */
const PEOPLES =
  /^(?:english|spanish|french|german|italian|portuguese|japanese|chinese|korean|vietnamese|russian|arabic|hindi|urdu|bengali|dutch|swedish|danish|norwegian|finnish|polish|turkish|greek|hebrew|latin|brazilian|mexican|american|british|canadian|australian|indian|african|european|asian|persian|thai|indonesian|filipino|taoist|buddhist|christian|muslim|islamic|jewish|hindu|catholic|protestant|orthodox|mandarin|cantonese|swahili|ukrainian)$/i;

/** Greetings before a given name ("Hi Olivia", "Dear Sam"): the greeting is no part of the name. */
const GREETINGS = /^(?:hi|hello|hey|dear|thanks|thank|welcome|congratulations|congrats|bye|goodbye)$/i;
/**
 * What people do and places and firms do not, right after a lone name: "Biden took office",
 * "Biden is looking", "the Biden administration", "Biden's wife". Evidence that a lone word the
 * model took for a place is a person.
 */
const PERSON_AFTER = new Set([
  'took office', 'is looking', 'was looking', 'believes', 'believed', 'thinks', 'thought', 'hopes', 'hoped', 'wants', 'wanted',
  'feels', 'felt', 'decided', 'resigned', 'died', 'married', 'smiled', 'laughed', 'recalls', 'recalled', 'spoke', 'administration',
  "'s wife", "'s husband", "'s son", "'s daughter", "'s mother", "'s father", "'s family", "'s campaign", "'s presidency", "'s administration",
]);
/** Prepositions that put a name on the map ("at", "from", "on" as often take a company or a website). */
/** Last words that name a kind of place ("Silicon Valley", "Sun City", "Jackson Hole"). */
const PLACE_HEADS =
  /^(?:valley|coast|city|county|river|lake|mountains?|islands?|isles?|bay|beach|park|street|avenue|road|hills?|springs|falls|heights|harbou?r|port|state|province|region|district|square|bridge|canyon|desert|forest|peninsula|sea|ocean|gulf|strait|town|village|borough|township|airport|station|hole|sound|point|creek|shore|coastline|highlands|lowlands|plains|basin|delta|cape|mount|land|republic|kingdom|empire|territory|territories)$/i;
/**
 * Organisation words that make a name an institution or a firm whatever its other words
 * ("Internal Revenue Service" aside: see `generic`). The other organisation words of the lexicon
 * ("Systems", "Services", "Club", "Center", "Fund", "Trust", "News") also end names of products,
 * programs and ordinary terms ("Operating Systems", "Zero Trust", "Google News"): they count only
 * beside a word that is no ordinary word.
 */
const STRONG_ORG_HEADS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'gmbh', 'sa', 'nv', 'bv',
  'group', 'holdings', 'bank', 'party', 'ministry', 'council', 'association', 'union', 'committee', 'commission', 'agency',
  'department', 'university', 'institute', 'foundation', 'federation', 'organisation', 'organization', 'authority', 'bureau',
  'court', 'parliament', 'congress', 'senate', 'army', 'navy', 'police', 'alliance', 'league', 'airlines', 'airways',
  'motors', 'industries', 'technologies', 'press', 'college', 'school', 'hospital', 'church', 'society', 'academy',
  'partners', 'times', 'journal', 'post', 'administration', 'cooperative',
]);
/**
 * Head words of names of events, works, studies and laws ("World Cup", "Fashion Week", "Consumer
 * Survey", "Affordable Care Act"): things a story is about, not who is in it.
 */
const EVENT_WORK_HEADS =
  /^(?:survey|surveys|study|report|index|award|awards|prize|festival|conference|summit|expo|show|tour|series|cup|championship|championships|tournament|marathon|games|olympics|movement|album|song|film|movie|book|novel|episode|podcast|act|bill|treaty|accord|agreement|day|week|edition|exhibition|fair|gala|parade|challenge)$/i;
/** Role heads that companies and products also take ("a global leader in HR consulting"). */
const SHARED_ROLE_HEADS = new Set(['leader', 'partner', 'owner', 'member', 'head', 'official', 'provider', 'chief']);
const ROLE_SPLIT = /\s+(?:of|at|in|for|from|with|to|on|based|who|whose)\s+/i;

/**
 * What a stated role says of the name: 'person' when its head noun (the last word before "of",
 * "at"...) is a role only people have, or it is a title ("Dr."); 'shared' when firms and products
 * take it too ("a global leader in HR consulting"); null when it names no role at all ("Apple's
 * official development environment" describes software).
 */
export function roleKind(role: string): 'person' | 'shared' | null {
  if (!role) return null;
  const headPhrase = role.split(ROLE_SPLIT)[0]!;
  const head = headPhrase.split(/\s+/).at(-1)!.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}.-]/gu, '');
  if (!head || !ROLE_HEADS.has(head)) return null;
  return SHARED_ROLE_HEADS.has(head) ? 'shared' : 'person';
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'towards', 'toward']);
const NAME_PARTICLES = new Set(['of', 'the', 'and', '&', 'de', 'la', 'le', 'van', 'von', 'der', 'del', 'da', 'di', 'bin', 'al', 'for']);
const OPENERS = /^["“‘'(\[]$/;

/** Lower-case words of the story text, for "written in lower case elsewhere". */
export function lowerCaseWords(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) out.add(t.text.toLowerCase());
  return out;
}

const lowerCache = new WeakMap<readonly Sentence[], Set<string>>();
const NAME_CLASSES = new Set(['given', 'male', 'female', 'country', 'city', 'region']);

/** The story's tokens as one string, lower-case words kept and every other token a break: for "written in lower case as a phrase". */
function lowerCasePhrases(sentences: readonly Sentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) parts.push(/^\p{Ll}/u.test(t.text) ? t.norm.toLowerCase() : '|');
    parts.push('|');
  }
  return ` ${parts.join(' ')} `;
}
const phraseCache = new WeakMap<readonly Sentence[], string>();
const tokenTextCache = new WeakMap<readonly Sentence[], string>();

/** Endings of plural demonyms and what the place's name ends with instead ("Dakotans" -> "Dakota", "Yorkers" -> "York", "Canadians" -> "Canada", "Texans" -> "Texas"). */
const DEMONYM_ENDINGS: readonly [string, readonly string[]][] = [
  ['ians', ['', 'ia', 'a', 'y']],
  ['ans', ['', 'a', 'o', 'as', 'any']],
  ['ns', ['', 's']],
  ['ers', ['']],
  ['ites', ['', 'a']],
];

/**
 * True when the name's last word is a plural demonym of a place `isPlace` knows: the name minus
 * the ending, plus the ending a place name has, is that place ("South Dakotans" -> "South Dakota").
 */
export function demonymPlural(name: string, isPlace: (name: string) => boolean): boolean {
  if (!/\p{Ll}s$/u.test(name)) return false;
  for (const [ending, restored] of DEMONYM_ENDINGS) {
    if (!name.endsWith(ending)) continue;
    const stem = name.slice(0, -ending.length);
    if (stem.split(/\s+/).at(-1)!.length < 3) continue;
    if (restored.some((r) => isPlace(stem + r))) return true;
  }
  return false;
}

export function actorEvidence(input: EvidenceInput): Evidence {
  const { group, role, sentences, lexicon, quoted, inProse } = input;
  let lower = lowerCache.get(sentences);
  if (!lower) lowerCache.set(sentences, (lower = lowerCaseWords(sentences)));
  let lowerPhrases = phraseCache.get(sentences);
  if (lowerPhrases === undefined) phraseCache.set(sentences, (lowerPhrases = lowerCasePhrases(sentences)));
  const classes = (w: string) => lexicon.classesOf(w.toLowerCase());
  const words = group.name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  const mentions = group.mentions;
  const tokens = (m: Mention) => sentences[m.sentence]!.tokens;
  const tokenBefore = (m: Mention) => tokens(m)[m.tokenStart - 1];
  const tokenAfter = (m: Mention) => tokens(m)[m.tokenEnd];
  // Named inside a prose sentence, not at its start, where capitals mean something.
  const opensSentence = (m: Mention) => {
    let k = m.tokenStart - 1;
    while (k >= 0 && OPENERS.test(tokens(m)[k]!.text)) k--;
    return k < 0;
  };
  const midSentence = mentions.some((m) => inProse(m.paragraph) && !opensSentence(m));

  // Person evidence (also makes a name of ordinary words: "President Trump").
  // A title right before the name ("Secretary Blinken", "press secretary Jen Psaki"); a capitalised
  // title inside a run of capitalised words is part of another name ("Project Manager Switchgear",
  // "Premier Care Pediatrics").
  const speaks = mentions.some((m) => SPEECH.test(tokenAfter(m)?.text ?? '') || SPEECH.test(tokenBefore(m)?.text ?? ''));
  // Product and brand shapes: an inner capital ("NordStellar", "SaaS", "BootCamp"), a word in
  // capitals ("Calypso AI", "AI Overviews"), or letters and digits in one word ("Neo4j", "Q2U").
  // People and places are rarely written so.
  const brandShaped =
    group.name.includes('&') ||
    words.some((w) => /\p{Ll}\p{Lu}/u.test(w.replace(/^(?:Mc|Mac|De|La|Le|Di|Van|O['’])/, '')) || /^\p{Lu}{2,}$/u.test(w) || (/\p{L}/u.test(w) && /\d/.test(w)));

  // Ordinary words: written in lower case in this story, or common dictionary words, and no given
  // name or place the lists know.
  // The given-name lists hold many ordinary words ("Boot", "Care", "Web", "Hi"): such a word is
  // ordinary where this story writes it in lower case; a place the lists know never is.
  const ordinary = (w: string) => {
    const key = w.toLowerCase().replace(/['’]s$/, '');
    const wordClasses = classes(key);
    if (wordClasses.some((c) => c === 'country' || c === 'city' || c === 'region')) return false;
    if (lower!.has(key)) return true;
    if (wordClasses.some((c) => NAME_CLASSES.has(c))) return false;
    return wordClasses.includes('common');
  };
  // "Rob Goldman, President Ascom North America": a title after a person's name and a comma is that
  // person's role, and the name after it the employer.
  const titleOfAnother = (m: Mention) => tokens(m)[m.tokenStart - 2]?.text === ',' && input.nameTokens?.get(`${m.sentence}:${m.tokenStart - 3}`) === 'person';
  const titled = mentions.some((m) => {
    const before = tokenBefore(m);
    if (before === undefined || !classes(before.norm).includes('title') || titleOfAnother(m)) return false;
    // "MS Teams", "TL;DR There": a title in capitals without a period is an acronym.
    if (!/\p{Ll}|\./u.test(before.text)) return false;
    const earlier = tokens(m)[m.tokenStart - 2];
    // "King Arthur Flour", "Queen Creek": a title that also starts names of firms and places, before a name ending in an ordinary word.
    if (NAME_STARTING_HONORIFIC.test(before.text) && ordinary(words.at(-1)!)) return false;
    return !/^\p{Lu}/u.test(before.text) || earlier === undefined || !/^\p{Lu}/u.test(earlier.text) || OPENERS.test(earlier.text);
  });
  const acronym = words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(words[0]!);
  // "real estate investment trust" written so elsewhere in the story: a term, capitalised here.
  const phraseInLowerCase = mentions.some((m) => {
    const span = tokens(m).slice(m.tokenStart, m.tokenEnd).map((t) => t.norm.toLowerCase());
    return span.length >= 2 && lowerPhrases!.includes(` ${span.join(' ')} `);
  });
  // "HVAC Systems" where the story also writes "older HVAC systems": a term whose head noun the
  // story writes in lower case, capitalised here for a heading or a label.
  let storyTokens = tokenTextCache.get(sentences);
  if (storyTokens === undefined) tokenTextCache.set(sentences, (storyTokens = ` ${sentences.map((s) => s.tokens.map((t) => t.text).join(' ')).join(' | ')} `));
  const nameTokens = group.name.split(/\s+/);
  const headInLowerCase =
    nameTokens.length >= 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(nameTokens.at(-1)!) &&
    storyTokens.includes(` ${[...nameTokens.slice(0, -1), nameTokens.at(-1)!.toLowerCase()].join(' ')} `);
  let isName: boolean;
  // A name starts with a capital (or a digit: "7-Eleven") and, but for particles, is all capitalised words.
  // More than six words is a menu or a tag line, not a name.
  // "SUV" beside "SUVs", "CEO" beside "CEOs": an acronym the story puts in the plural is a common noun.
  const pluralAcronym = acronym && storyTokens.includes(` ${group.name.replace(/\./g, '')}s `);
  if (words.length === 0 || words.length > 6 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || phraseInLowerCase || headInLowerCase || pluralAcronym) isName = false;
  else if (!words.every(ordinary)) isName = true;
  // "the White House said", "Trump bans": ordinary words are a name when prose capitalises them
  // mid-sentence and never writes them in lower case (one word).
  else isName = midSentence && !(words.length === 1 && lower.has(words[0]!.toLowerCase()));
  if (!isName) return { isName, confident: false };

  // "Georgia" of "Georgia Tech", "Mongolia" of "Inner Mongolia": when every prose mention is a
  // piece of a longer name the model cut (longer-names.ts), the piece names something else.
  const proseMentions = mentions.filter((m) => inProse(m.paragraph));
  const isPlaceWord = (w: string) => classes(w).some((c) => c === 'country' || c === 'city' || c === 'region');
  const isTitleWord = (w: string) => classes(w).includes('title') || classes(w.replace(/\.$/, '')).includes('title') || HONORIFIC.test(w);
  const pieces = proseMentions.filter((m) =>
    partOfLongerName(
      { tokens: tokens(m), tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, type: group.type, name: group.name, otherNameAt: (k) => input.nameTokens?.get(`${m.sentence}:${k}`) },
      { isTitle: isTitleWord, isPlace: isPlaceWord },
    ),
  );
  if (proseMentions.length > 0 && pieces.length === proseMentions.length) return { isName, confident: false, reasons: ['part of a longer name'] };
  // “Mary Poppins”, "Wild Rose": a name the prose always writes between quotation marks is the
  // title of a work (people, firms and places are not quoted so).
  const inQuotes = (m: Mention) => /^["“‘']$/.test(tokenBefore(m)?.text ?? '') && /^["”’']$/.test(tokens(m)[m.tokenEnd]?.text === ',' || tokens(m)[m.tokenEnd]?.text === '.' ? (tokens(m)[m.tokenEnd + 1]?.text ?? '') : (tokenAfter(m)?.text ?? ''));
  if (proseMentions.length > 0 && proseMentions.every(inQuotes)) return { isName, confident: false, reasons: ['a title in quotes'] };
  // "Wellness & Healthy Snacks Survey", "Los Angeles Auto Show", "Tiny House Movement": a head word
  // that names an event, a work or a study (and no organisation word elsewhere in the name: "Goddard
  // Institute for Space Studies") makes the name one of those.
  const head = words.at(-1)!;
  if (words.length >= 2 && EVENT_WORK_HEADS.test(head) && !words.some((w) => classes(w).includes('org') || STRONG_ORG_HEADS.has(w.toLowerCase()))) {
    return { isName, confident: false, reasons: ['names an event or a work'] };
  }
  // "Modernize and Times Union": two names the model ran together, the second one also named on its own.
  const joined = group.name.match(/^(.+?)\s+(?:and|&)\s+(.+)$/);
  if (joined && [joined[1]!, joined[2]!].some((part) => input.namesByFirstWord?.get(part.split(/\s+/)[0]!.toLowerCase())?.has(part))) {
    return { isName, confident: false, reasons: ['two names'] };
  }

  // How the story uses the name (usage.ts): as a product, a kind of thing, a thing, a place.
  const knownPlace = (name: string) => lexicon.classesOf(name.toLowerCase()).some((c) => c === 'country' || c === 'city' || c === 'region');
  const usage = nameUsage(mentions, sentences, knownPlace);
  const productUse = usage.product > 0;
  // Firms and products have pages and stores; a person's page now and then: counted for the others only.
  const siteUse = usage.site > 0;
  const kindOfThing = usage.indefinite > 0;

  // The model's own certainty, where it is calibrated to be right (model-calibration.ts): its
  // surest span for this actor in running prose.
  const typeKey = group.type === 'person' ? 'PER' : group.type === 'organization' ? 'ORG' : 'LOC';
  const proseMargin = Math.max(-Infinity, ...mentions.filter((m) => inProse(m.paragraph)).map((m) => m.margin));
  const modelSure = midSentence && proseMargin >= CONFIDENT_MARGIN[typeKey];
  // "Microsoft Azure", "Google Analytics", "Apache Iceberg": a first word that the story names as
  // another organisation makes a product or a unit of it.
  const firstKey = words[0]!.toLowerCase();
  const otherOrganisations = [...(input.organisationsByFirstWord?.get(firstKey) ?? [])].filter((n) => n !== group.name);
  // For people and places, a first word the story names on its own as anything, unless it is a
  // place the lists know ("Amazon" and "Amazon Alexa", but "Washington" and "Washington State").
  const sameFirst = input.namesByFirstWord?.get(firstKey);
  // (A given name alone is a person named once by it: "Tiffany" of "Tiffany Waldorf".)
  const firstAlone =
    [...(sameFirst ?? [])].some(([n]) => n.toLowerCase() === firstKey) &&
    !classes(firstKey).some((c) => c === 'country' || c === 'city' || c === 'region' || c === 'given' || c === 'male' || c === 'female') &&
    !MORE_GIVEN.has(firstKey);
  const brandFirst =
    words.length >= 2 && (otherOrganisations.length > 0 || (group.type !== 'organization' && (Boolean(input.organisationWords?.has(firstKey)) || firstAlone)));
  // A lone word that starts longer names of other kinds in the story ("Spotify" and "Spotify
  // Engineering", "Google" and "Google Analytics") is a brand, not a person or an unknown place.
  const brandLead =
    words.length === 1 && group.type !== 'organization' && [...(sameFirst ?? [])].some(([n, t]) => n.includes(' ') && t !== group.type);

  // What people do and places and firms do not, right after the name (PERSON_AFTER), per mention.
  const actsAsPerson = mentions.filter((m) => {
    const next = tokens(m).slice(m.tokenEnd, m.tokenEnd + 2).map((t) => t.norm.toLowerCase());
    return PERSON_AFTER.has(next[0] ?? '') || PERSON_AFTER.has(next.join(' '));
  }).length;

  if (group.type === 'person') {
    // "R.D.N.", "PhD": letters in capitals only are credentials or initials, not a person's name.
    if (!/\p{Ll}/u.test(group.name) || brandShaped) return { isName, confident: false, reasons: ['brand-shaped'] };
    const nameWords = group.name.split(/\s+/);
    const first = nameWords[0]!;
    const last = nameWords.at(-1)!;
    const isGiven = (w: string) => MORE_GIVEN.has(w.toLowerCase()) || classes(w).some((c) => c === 'given' || c === 'male' || c === 'female');
    const common = (w: string) => classes(w).includes('common') || lower!.has(w.toLowerCase());
    // A given name the lists know, written as a name ("ROI" is not "Roi"), before a surname; when
    // the given name is also an ordinary word ("Mark", "Will", "North"), the surname must not be one.
    // The surname must be written as one too ("Mark II" is a camera), and be no ordinary word:
    // "Claude Code", "Eden Data", "Drake Tax" are products; "Maya White" needs more than her given name.
    const given = words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(first) && /^\p{Lu}.*\p{Ll}/u.test(last) && isGiven(first) && !common(last);
    if (brandFirst) return { isName, confident: false, reasons: ['organisation-first'] };
    const single = words.length === 1;
    // "he"/"she" opening the next sentence, or soon after the name in its own sentence; for a
    // name of one word, only where the name is its sentence's subject (firms are "it", but a "he"
    // a few words after "Meta" may be anyone).
    const pronoun = mentions.some((m) => {
      if (single && !opensSentence(m) && !SPEECH.test(tokenAfter(m)?.text ?? '')) return false;
      if (tokens(m).slice(m.tokenEnd, m.tokenEnd + 6).some((t) => SUBJECT_PRONOUNS.test(t.text))) return true;
      const next = sentences[m.sentence + 1];
      return next !== undefined && SUBJECT_PRONOUNS.test(next.tokens[0]?.text ?? '');
    });
    // Only ordinary words and no given name ("Career Guide", "Assembly"): only an honorific before
    // it ("President Trump") makes a person of it.
    const plainlyHonoured = mentions.some((m) => {
      const before = tokenBefore(m)?.text ?? '';
      // "MS Teams", "TL;DR There": capitals without a period are an acronym, not "Ms." or "Dr.".
      return HONORIFIC.test(before) && !NAME_STARTING_HONORIFIC.test(before) && /\p{Ll}|\./u.test(before) && !titleOfAnother(m);
    });
    if (words.every(ordinary) && !plainlyHonoured) return { isName, confident: false, reasons: ['ordinary words'] };
    if (GREETINGS.test(first)) return { isName, confident: false, reasons: ['greeting'] };
    if (PEOPLES.test(last) || (PEOPLES.test(first) && !isGiven(first))) return { isName, confident: false, reasons: ['language or people'] };
    // A role counts when only people take it; a role firms take too ("leader") only for a full name.
    const roleSays = roleKind(role);
    // "King Arthur Flour": a name-starting title as the whole role, before an ordinary word, is no role.
    const titleOnly = NAME_STARTING_HONORIFIC.test(role.trim()) && ordinary(last);
    const personRole = !titleOnly && (roleSays === 'person' || (roleSays === 'shared' && !single));
    // A surname that is an ordinary word or a place ("Seka Moving", "Rosetta Stone", "Baja
    // California") leaves the given name, a verb of saying and the model's certainty too weak:
    // the story must say more (a title, a role, a quote, "he"/"she"). So does a given name that is
    // an ordinary word ("Art Deco", "Web Vitals"): alone it proves nothing.
    // So does a last word that names a kind of firm ("Murry McMurray Hatchery").
    // "Agence France-Presse": a part of a hyphenated last word that is a place counts as the last word.
    const placeWord = (w: string) => classes(w).some((c) => c === 'country' || c === 'city' || c === 'region' || c === 'org');
    const weakSurname = !single && (common(last) || placeWord(last) || last.split('-').some((part) => part.length > 2 && part !== last && placeWord(part)) || kindOfNoun(last) === 'organization' || isFirmNameEnding(last));
    // A name the story uses as a product ("the Chevy Bolt", "a Pinot Noir", "Brooks Cascadia 18")
    // keeps only evidence that names a person outright: a role, a quote, an honorific.
    // So does a name the story calls a firm, a product or a work ("consulting firm X", "publications such as X").
    const thing = productUse || kindOfThing || usage.definite > 0 || usage.organisation > 0 || usage.thing > 0;
    // A lone word used as a product or a site ("the Spotify app", "Firefox's developers") is no
    // person whatever stands before it, but for an honorific.
    if (single && (thing || siteUse || brandLead) && !plainlyHonoured) return { isName, confident: false, reasons: ['used as a thing'] };
    // Firms are quoted too ("Maxi Moving is where rates meet quality," says its vice president): a
    // quote proves a person only with a surname that is no ordinary word, or a given name the lists
    // know before a surname that is no trade ("Moving", "Productions").
    const quotedPerson = quoted && !single && (!weakSurname || (isGiven(first) && !isFirmNameEnding(last)));
    const strong = { role: personRole, quoted: quotedPerson, titled, pronoun: pronoun && !thing, actsAsPerson: actsAsPerson >= 2 && !thing };
    const givenAlone = given && lower!.has(first.toLowerCase()) && !modelSure;
    const weak = weakSurname || thing ? {} : { given: given && !givenAlone, speaks: speaks && !single, modelSure: modelSure && !single };
    const reasons = Object.entries({ ...strong, ...weak }).filter(([, v]) => v).map(([k]) => k);
    return { isName, confident: reasons.length > 0, reasons };
  }

  const theBefore = mentions.some((m) => inProse(m.paragraph) && tokenBefore(m)?.norm.toLowerCase() === 'the');
  // Every word ordinary ("Internal Revenue Service", "Event Management Systems"): a name only
  // where the story writes "the" before it and never "a"/"your" (a kind of thing).
  const generic = words.every(ordinary);

  if (group.type === 'organization') {
    const last = words.at(-1)!;
    const lastIsOrgWord = words.length >= 2 && classes(last).includes('org');
    // "University of Toronto", "Bank of America", "Institute of Technology": a strong head before "of".
    const strongHead = words.length >= 2 && (STRONG_ORG_HEADS.has(last.toLowerCase()) || /\b(?:University|Institute|Bank|Academy|College|School|Society|Museum|Ministry|Department|Council|Federation|Association|Commission|Church|Order) of\b/.test(group.name));
    // Of ordinary words only, an institution's head word still makes a name ("Southwest Airlines",
    // "National Science Foundation") unless the story writes it as a kind ("an Institutional Review
    // Board") or a ranking ("Best Social Media Agency"); a weaker head word ("Internal Revenue
    // Service", "Operating Systems") needs "the" before it too.
    const ranking = /^(?:best|top|leading|cheapest|affordable|local)$/i.test(words[0]!);
    const orgWord = generic ? !kindOfThing && !ranking && (strongHead || (lastIsOrgWord && theBefore)) : strongHead || lastIsOrgWord;
    // An acronym the story spells out ("Securities and Exchange Commission (SEC)") joined its long form.
    const initials = (name: string) => name.split(/[\s-]+/).filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
    const acronyms = new Set(mentions.filter((m) => /^(?:\p{Lu}\.?){2,6}$/u.test(m.name)).map((m) => m.name.replace(/\./g, '').toLowerCase()));
    // On the web most spelled-out acronyms are terms ("Customer Acquisition Cost (CAC)", "Generative
    // Adversarial Network (GAN)"): the long form must hold a word that is no ordinary word and an
    // organisation word ("Amazon Web Services (AWS)").
    const spelledOut = mentions.some(
      (m) =>
        m.name.includes(' ') &&
        acronyms.has(initials(m.name)) &&
        !m.name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).every(ordinary) &&
        m.name.split(/\s+/).some((w) => classes(w).includes('org')),
    );
    const agency = mentions.some((m) => {
      const after = tokenAfter(m);
      const next = after?.norm === "'s" ? tokens(m)[m.tokenEnd + 1] : after;
      const before2 = tokens(m).slice(Math.max(0, m.tokenStart - 2), m.tokenStart).map((t) => t.norm.toLowerCase()).join(' ');
      // "Acme plans to", not "all Acme plans." (a noun: the products' price plans).
      const nounEnd = /^(?:plans|cut)$/i.test(next?.text ?? '') && !/[\p{L}\p{N}]/u.test(tokens(m)[tokens(m).indexOf(next!) + 1]?.text ?? '.');
      return (AGENCY.test(next?.text ?? '') && !nounEnd) || before2 === 'according to';
    });
    // A product of another organisation of the story ("Google Kubernetes Engine", "Microsoft
    // Office"), or a name used as a product or a kind of thing, keeps only an institution's head
    // word or the story showing it act.
    const productLike = (brandFirst && !strongHead) || kindOfThing;
    const weakOrg = productLike || productUse || siteUse || usage.thing > 0 ? {} : { orgWord, spelledOut, modelSure: modelSure && !acronym };
    const reasons = Object.entries({ strongHead: orgWord && strongHead && !productLike, agency: agency && !kindOfThing, ...weakOrg }).filter(([, v]) => v).map(([k]) => k);
    return { isName, confident: reasons.length > 0 && (midSentence || words.length >= 2), reasons: [...new Set(reasons)] };
  }

  const known = classes(group.name).some((c) => c === 'country' || c === 'city' || c === 'region');
  // "like the band Europe would say": a band named after a place, and the story never uses it as one.
  if (usage.performers > 0 && usage.place === 0) return { isName, confident: false, reasons: ['a band'] };
  // "Lake" of "Double Lake", "Valley" of "Silicon Valley": a kind of place alone is a piece of a name.
  if (!known && words.length === 1 && PLACE_HEADS.test(words[0]!)) return { isName, confident: false, reasons: ['part of a longer name'] };
  // "South Dakotans", "New Yorkers", "Californians": the people of a place the lists (or the story) know, not the place.
  if (!known && demonymPlural(group.name, (name) => isPlaceWord(name) || input.namesByFirstWord?.get(name.split(/\s+/)[0]!.toLowerCase())?.get(name) === 'place')) {
    return { isName, confident: false, reasons: ['people of a place'] };
  }
  // A lone word the model took for a place that the story shows doing what people do, twice
  // ("Biden is looking to…", "since Biden took office", "the Biden administration"), and never uses
  // as a place or a thing, is a person.
  if (words.length === 1 && !known && usage.place === 0 && !productUse && !siteUse && !kindOfThing && !brandShaped && !acronym) {
    if (actsAsPerson >= 2) return { isName, confident: true, reasons: ['acts as a person'], type: 'person' };
  }
  // "the likes of Kanye West and Kim Kardashian": a name the lists do not know as a place, joined
  // by "and"/"or" to a person, is of the person's kind; the model took it for a place.
  const besidePerson = mentions.some((m) => {
    const at = (k: number) => input.nameTokens?.get(`${m.sentence}:${k}`);
    const joinedAfter = /^(?:and|or|&)$/i.test(tokenAfter(m)?.text ?? '') && at(m.tokenEnd + 1) === 'person';
    const joinedBefore = /^(?:and|or|&)$/i.test(tokenBefore(m)?.text ?? '') && at(m.tokenStart - 2) === 'person';
    return joinedAfter || joinedBefore;
  });
  if (!known && besidePerson && usage.place === 0) return { isName, confident: false, reasons: ['joined to a person'] };
  const afterPreposition = mentions.some((m) => {
    let before = tokenBefore(m);
    if (before?.norm.toLowerCase() === 'the') before = tokens(m)[m.tokenStart - 2];
    return inProse(m.paragraph) && before !== undefined && PLACE_PREPOSITIONS.has(before.norm.toLowerCase());
  });
  // One unknown word after "in" may be a product or a site ("in Photoshop", "in Stories"): a place
  // the lists do not know is a place of two words or more after "in" or sure to the model, or one
  // word named in two sentences, after "in" at least once, and sure to the model (a lone word the
  // model calls a place may be a person it never saw: "Biden").
  const sentencesNamed = new Set(mentions.map((m) => m.sentence)).size;
  // "Looker Studio", "Live Stream", "Amazon Music": a name of two words or more whose last word is an
  // ordinary word that names no kind of place, or whose first word is an organisation of the
  // story, is a product or a venue more often than a place.
  const lastWord = words.at(-1)!;
  const productLike = words.length >= 2 && ((ordinary(lastWord) && !PLACE_HEADS.test(lastWord)) || brandFirst);
  // Used as a product ("built in Kotlin", "Bevy 0.17", "on Amazon reviews"), or as a kind of
  // thing ("a Salsa Bar"): no place the lists do not know, whatever the preposition.
  const usedAsThing = productUse || siteUse || kindOfThing || usage.organisation > 0 || usage.thing > 0;
  const placeUse = usage.place > 0;
  const placed =
    !usedAsThing &&
    !brandLead &&
    !(words.length >= 2 && PEOPLES.test(words[0]!)) &&
    (words.length >= 2
      ? !productLike && !(generic && !theBefore) && (afterPreposition || modelSure || placeUse)
      : placeUse || (afterPreposition && modelSure && sentencesNamed >= 2));
  const reasons = Object.entries({ known, placed }).filter(([, v]) => v).map(([k]) => k);
  // "Us" of "Contact Us" is not the US: a known place of two letters is written in capitals.
  const shortMixed = words.length === 1 && words[0]!.length <= 3 && words[0] !== words[0]!.toUpperCase();
  return { isName, confident: !acronym && !shortMixed && (known || (placed && !brandShaped)), reasons };
}
