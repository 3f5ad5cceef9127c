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
import { CONFIDENT_MARGIN } from '../ner/model-calibration';
import { MORE_GIVEN_NAMES } from '../ner/lexicon-lists';
import type { Sentence } from '../ner/tokenize';
import type { ActorGroup } from './merge';
import type { Mention } from './mentions';

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
}

export interface Evidence {
  /** Looks like a name (not only ordinary words). */
  isName: boolean;
  /** Enough evidence for the type: listed as an actor. */
  confident: boolean;
  /** What counted, for anyone asking why a name is listed (extractActors' `explain`). */
  reasons?: string[];
}

const MORE_GIVEN = new Set(MORE_GIVEN_NAMES);
const SPEECH = /^(?:said|says|say|told|tells|added|adds|asked|wrote|writes|stated|declared|warned|explained|noted|insisted|argued|tweeted|posted|replied|responded|recalled|acknowledged|admitted|announced)$/i;
/** Verbs an organisation is the subject of in news copy ("Acme said", "the agency announced"). */
const AGENCY = /^(?:said|says|told|announced|announces|reported|reports|launched|launches|acquired|acquires|bought|sold|hired|fired|sued|filed|ruled|voted|approved|rejected|confirmed|denied|warned|plans|planned|raised|cut|owns|owned|employs|employed|statement|spokesman|spokeswoman|spokesperson)$/i;
const SUBJECT_PRONOUNS = /^(?:he|she)$/i;
/** Titles that only people bear, right before a name ("President Trump", "Dr. Phil"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|president|senator|sen|governor|gov|rep|representative|king|queen|pope|prince|princess|lord|lady|mayor|chancellor|premier)\.?$/i;
/** Prepositions that put a name on the map ("at", "from", "on" as often take a company or a website). */
/** Last words that name a kind of place ("Silicon Valley", "Sun City", "Jackson Hole"). */
const PLACE_HEADS =
  /^(?:valley|coast|city|county|river|lake|mountains?|islands?|isles?|bay|beach|park|street|avenue|road|hills?|springs|falls|heights|harbou?r|port|state|province|region|district|square|bridge|canyon|desert|forest|peninsula|sea|ocean|gulf|strait|town|village|borough|township|airport|station|hole|sound|point|creek|shore|coastline|highlands|lowlands|plains|basin|delta|cape|mount|land|republic|kingdom|empire|territory|territories)$/i;
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

export function actorEvidence(input: EvidenceInput): Evidence {
  const { group, role, sentences, lexicon, quoted, inProse } = input;
  let lower = lowerCache.get(sentences);
  if (!lower) lowerCache.set(sentences, (lower = lowerCaseWords(sentences)));
  const classes = (w: string) => lexicon.classesOf(w.toLowerCase());
  const words = group.name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  const mentions = group.mentions;
  const tokens = (m: Mention) => sentences[m.sentence]!.tokens;
  const tokenBefore = (m: Mention) => tokens(m)[m.tokenStart - 1];
  const tokenAfter = (m: Mention) => tokens(m)[m.tokenEnd];
  // Named inside a prose sentence, not at its start, where capitals mean something.
  const midSentence = mentions.some((m) => {
    if (!inProse(m.paragraph)) return false;
    let k = m.tokenStart - 1;
    while (k >= 0 && OPENERS.test(tokens(m)[k]!.text)) k--;
    return k >= 0;
  });

  // Person evidence (also makes a name of ordinary words: "President Trump").
  const titled = mentions.some((m) => {
    const before = tokenBefore(m);
    return before !== undefined && classes(before.norm).includes('title');
  });
  const speaks = mentions.some((m) => SPEECH.test(tokenAfter(m)?.text ?? '') || SPEECH.test(tokenBefore(m)?.text ?? ''));
  const stated = Boolean(role) || quoted || titled;
  // Product and brand shapes: an inner capital ("NordStellar", "SaaS", "BootCamp") or a word in
  // capitals ("Calypso AI", "AI Overviews"). People and places are rarely written so.
  const brandShaped = group.name.includes('&') || words.some((w) => /\p{Ll}\p{Lu}/u.test(w.replace(/^(?:Mc|Mac|De|La|Le|Di|Van|O['’])/, '')) || /^\p{Lu}{2,}$/u.test(w));

  // Ordinary words: written in lower case in this story, or common dictionary words, and no given
  // name or place the lists know.
  const ordinary = (w: string) => {
    const key = w.toLowerCase().replace(/['’]s$/, '');
    if (classes(key).some((c) => NAME_CLASSES.has(c))) return false;
    return lower!.has(key) || classes(key).includes('common');
  };
  const acronym = words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(words[0]!);
  let isName: boolean;
  // A name starts with a capital (or a digit: "7-Eleven") and, but for particles, is all capitalised words.
  // More than six words is a menu or a tag line, not a name.
  if (words.length === 0 || words.length > 6 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) isName = false;
  else if (!words.every(ordinary)) isName = true;
  // "the White House said", "Trump bans": ordinary words are a name when prose capitalises them
  // mid-sentence and never writes them in lower case (one word).
  else isName = midSentence && !(words.length === 1 && lower.has(words[0]!.toLowerCase()));
  if (!isName) return { isName, confident: false };

  // The model's own certainty, where it is calibrated to be right (model-calibration.ts): its
  // surest span for this actor in running prose.
  const typeKey = group.type === 'person' ? 'PER' : group.type === 'organization' ? 'ORG' : 'LOC';
  const proseMargin = Math.max(-Infinity, ...mentions.filter((m) => inProse(m.paragraph)).map((m) => m.margin));
  const modelSure = midSentence && proseMargin >= CONFIDENT_MARGIN[typeKey];

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
    // "Microsoft Azure", "Google Analytics": a first word the story names as an organisation makes a
    // product or a unit of it, not a person.
    if (words.length >= 2 && input.organisationWords?.has(first.toLowerCase())) return { isName, confident: false, reasons: ['organisation-first'] };
    // "he"/"she" opening the next sentence, or soon after the name in its own sentence.
    const pronoun = mentions.some((m) => {
      if (tokens(m).slice(m.tokenEnd, m.tokenEnd + 6).some((t) => SUBJECT_PRONOUNS.test(t.text))) return true;
      const next = sentences[m.sentence + 1];
      return next !== undefined && SUBJECT_PRONOUNS.test(next.tokens[0]?.text ?? '');
    });
    // A name of one word the story never gives in full ("Google says", "Nikon" quoted) needs a
    // title, a role or "he"/"she" after it: organisations speak and are quoted too.
    const single = words.length === 1;
    // Only ordinary words and no given name ("Career Guide", "Assembly"): only an honorific before
    // it ("President Trump") makes a person of it.
    const honoured = mentions.some((m) => HONORIFIC.test(tokenBefore(m)?.text ?? ''));
    if (words.every(ordinary) && !honoured) return { isName, confident: false, reasons: ['ordinary words'] };
    // A surname that is an ordinary word or a place ("Seka Moving", "Rosetta Stone", "Baja
    // California") leaves the given name, a verb of saying and the model's certainty too weak:
    // the story must say more (a title, a role, a quote, "he"/"she").
    const weakSurname = !single && (common(last) || classes(last).some((c) => c === 'country' || c === 'city' || c === 'region' || c === 'org'));
    const strong = { role: Boolean(role), quoted: quoted && !single, titled, pronoun };
    const weak = weakSurname ? {} : { given, speaks: speaks && !single, modelSure: modelSure && !single };
    const reasons = Object.entries({ ...strong, ...weak }).filter(([, v]) => v).map(([k]) => k);
    return { isName, confident: reasons.length > 0, reasons };
  }

  if (group.type === 'organization') {
    const last = words.at(-1)!;
    const orgWord = words.length >= 2 && classes(last).includes('org');
    // An acronym the story spells out ("Securities and Exchange Commission (SEC)") joined its long form.
    const initials = (name: string) => name.split(/[\s-]+/).filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
    const acronyms = new Set(mentions.filter((m) => /^(?:\p{Lu}\.?){2,6}$/u.test(m.name)).map((m) => m.name.replace(/\./g, '').toLowerCase()));
    // On the web most spelled-out acronyms are terms ("Customer Acquisition Cost (CAC)"): the long
    // form must hold a word that is no ordinary word ("Amazon Web Services (AWS)").
    const spelledOut = mentions.some((m) => m.name.includes(' ') && acronyms.has(initials(m.name)) && !m.name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).every(ordinary));
    const agency = mentions.some((m) => {
      const after = tokenAfter(m);
      const next = after?.norm === "'s" ? tokens(m)[m.tokenEnd + 1] : after;
      const before2 = tokens(m).slice(Math.max(0, m.tokenStart - 2), m.tokenStart).map((t) => t.norm.toLowerCase()).join(' ');
      return AGENCY.test(next?.text ?? '') || before2 === 'according to';
    });
    const reasons = Object.entries({ orgWord, spelledOut, agency, modelSure: modelSure && !acronym }).filter(([, v]) => v).map(([k]) => k);
    return { isName, confident: reasons.length > 0 && (midSentence || words.length >= 2), reasons };
  }

  const known = classes(group.name).some((c) => c === 'country' || c === 'city' || c === 'region');
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
  const productLike =
    words.length >= 2 && ((ordinary(lastWord) && !PLACE_HEADS.test(lastWord)) || Boolean(input.organisationWords?.has(words[0]!.toLowerCase())));
  const placed = words.length >= 2 ? !productLike && (afterPreposition || modelSure) : afterPreposition && modelSure && sentencesNamed >= 2;
  const reasons = Object.entries({ known, placed }).filter(([, v]) => v).map(([k]) => k);
  // "Us" of "Contact Us" is not the US: a known place of two letters is written in capitals.
  const shortMixed = words.length === 1 && words[0]!.length <= 3 && words[0] !== words[0]!.toUpperCase();
  return { isName, confident: !acronym && !shortMixed && (known || (placed && !brandShaped)), reasons };
}
