/**
 * Is a mention only a piece of a longer name the entity model cut? On the web the model often
 * tags one word or two of a name it does not know: "Georgia" of "Georgia Tech", "Massachusetts" of
 * "Massachusetts General", "Mongolia" of "Inner Mongolia", "Maine" of "Tom's of Maine", "Ira A.
 * Fulton" of "the Ira A. Fulton Schools of Engineering", "National Alliance" of "National Alliance
 * on Mental Illness", "Department of Health" of "Department of Health and Mental Hygiene". The piece
 * then names something else (a school, a hospital, a region, a brand, a programme) or nothing.
 *
 * The text shows it: inside a sentence, a capitalised word the model left outside any name stands
 * right before or right after the mention ("Inner", "Tech", "General", "Schools"); a place follows
 * "X's of" or "X of" where X is no title or kind of place ("Tom's of Maine", "Bank of America", but
 * "Governor of Texas", "State of New Jersey"); an institution's name runs on through "on", "of",
 * "and", "for" into capitalised words no other name holds ("... on Mental Illness").
 *
 * Not pieces: titles and roles before a person ("President Biden", "CEO Tim Cook"), words of peoples
 * and parties ("Republican Mitt Romney"), dates ("Trump Tuesday said"), name suffixes ("Jr."),
 * another name right beside it ("San Diego California"), and any word at the start of a sentence,
 * where capitals mean nothing. General English, written for Lede.
 */
import type { Token } from '../ner/tokenize';
import type { ActorType } from '../types';
import { ROLE_HEADS } from './roles';

const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow)$/i;
const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv|v|phd|md|esq|obe|mbe|cbe|kc|qc)\.?$/i;
/** Words of peoples, faiths and parties that stand before a person's name as a description ("Republican Mitt Romney"). */
const DESCRIBING_CAPITALS =
  /^(?:republican|democrat|democratic|labour|conservative|liberal|tory|green|independent|socialist|communist|american|british|english|french|german|italian|spanish|chinese|japanese|korean|russian|indian|canadian|australian|mexican|brazilian|israeli|palestinian|iranian|ukrainian|african|european|asian|irish|scottish|welsh|catholic|muslim|jewish|christian|former|then|late|fellow)$/i;
/** Head words before "of" that make what follows a place of its own ("State of New Jersey", "City of Chicago"). */
const PLACE_KIND_BEFORE_OF =
  /^(?:state|states|city|county|province|republic|kingdom|commonwealth|island|islands|isle|gulf|bay|sea|port|district|town|village|region|territory|principality|emirate|duchy|borough|parish|capital|people|government|north|south|east|west|centre|center|heart|outskirts|suburbs)$/i;
/** Connectors through which an institution's name runs on ("National Alliance on Mental Illness", "Department of Health and Human Services"). */
const NAME_CONNECTORS = new Set(['on', 'of', 'and', 'for', '&']);
/** Last words of institution names that run on through a connector. */
const INSTITUTION_HEADS = /^(?:department|ministry|office|alliance|council|committee|commission|institute|institutes|center|centre|foundation|association|society|federation|board|bureau|agency|administration|academy|college|school|university|coalition|league|fund|network|service|services|authority|division|program|programme|project|museum|library|hospital|trust|union|court|health|affairs|development|education|security|defense|defence|justice|labor|labour|energy|commerce|transportation|agriculture|interior|treasury|state)$/i;

/** A word written with a capital that the model may have left out of a name ("Tech", "General", "Inner", "UC"). */
function capitalisedWord(t: Token | undefined): boolean {
  // "Ocasio-Cortez" too (every part capitalised), not "Grammy-winning".
  return t !== undefined && /^\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*$/u.test(t.text) && !FUNCTION_WORDS.test(t.text);
}
/** Function words written with a capital inside titles ("The Strong National Museum of Play"): no part of a name's piece. */
const FUNCTION_WORDS = /^(?:i|the|a|an|and|or|of|in|on|at|to|for|by|with|from|as|is|are|was|our|my|your|his|her|its|their|this|that|these|those)$/i;
/**
 * Compass and size words before a place name a part of it ("Southern California", "Eastern
 * Europe", "Greater Boston"): the place is still named, unless the two words are a place of their
 * own the lists know ("Northern Ireland"). "Inner", "New", "West" make other places.
 */
const PART_OF_PLACE = /^(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|greater|upstate|downstate|coastal|rural|suburban|downtown|metropolitan|metro)$/i;
/** Shapes of job titles before a person's name ("Dental Hygienist Andrea Fernandez", "Senior Economist Jane Roe"). */
const ROLE_SHAPE = /\p{Ll}(?:ist|ists|er|or|ian|ant|ent|ee|ive|ary|man|woman|person)$/u;

export interface LongerNameContext {
  tokens: readonly Token[];
  tokenStart: number;
  tokenEnd: number;
  type: ActorType;
  name: string;
  /** The type of the other person, organisation or place mention the token at this index of the sentence belongs to, if any. */
  otherNameAt: (token: number) => ActorType | undefined;
}

/** True when the sentence's words before `index` are only quote marks and brackets: the word there opens the sentence. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) if (/[\p{L}\p{N}]/u.test(tokens[k]!.text)) return false;
  return true;
}

/** Titles and ranks the role list lacks ("Lieutenant Jane Roe", "Rabbi Moshe Levy", "Labour MP Jo Cox"). */
const MORE_TITLES =
  /^(?:mp|mep|mla|lieutenant|lt|sergeant|corporal|private|colonel|major|admiral|marshal|trooper|detective|agent|officer|chef|rabbi|imam|pastor|reverend|father|saint|st|archbishop|ayatollah|dean|provost|principal|duke|duchess|earl|baron|baroness|count|countess|lord|lady|dame|sir|tsar|grandma|grandpa|aunt|auntie|uncle|designer|planner|producer|writer|artist|anchor|host|reporter|columnist|star|legend|champion|winner|laureate|coordinator|lead|owner|co-owner|co-founder|cofounder)\.?$/i;
/** Words right after a place that make a place of it again ("New York State", "Los Angeles County"). */
const PLACE_KIND_AFTER = /^(?:state|county|city|province|region|area|metro|island|islands|coast|parish|borough|district|territory)$/i;

export interface LongerNameTests {
  /** True when the word is a title the lexicon knows ("President", "Gov.", "CEO"). */
  isTitle: (word: string) => boolean;
  /** True when the word or phrase is a place the lexicon knows ("D.C.", "California"). */
  isPlace: (word: string) => boolean;
}

function isRoleWord(word: string, tests: LongerNameTests): boolean {
  const last = word.split('-').at(-1)!;
  return [word, last].some((w) => tests.isTitle(w) || ROLE_HEADS.has(w.toLowerCase()) || ROLE_HEADS.has(`${w.toLowerCase()}.`) || MORE_TITLES.test(w) || ROLE_SHAPE.test(w));
}

/**
 * A person's title phrase ends right before the name: walking back through capitalised words (and
 * "of", "the", "and", "&"), one of them is a title or a role ("Secretary of State Antony Blinken",
 * "Holloway Events Founder and Lead Designer Cathleen Holloway").
 */
function inTitlePhrase(tokens: readonly Token[], index: number, tests: LongerNameTests): boolean {
  for (let k = index; k >= 0 && k > index - 8; k--) {
    const t = tokens[k]!;
    if (/^(?:of|the|and|&)$/i.test(t.text)) continue;
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(t.text)) return false;
    if (isRoleWord(t.text, tests)) return true;
  }
  return false;
}

/** True when the mention is a piece of a longer name (see the file comment). */
export function partOfLongerName(c: LongerNameContext, tests: LongerNameTests): boolean {
  const { tokens, tokenStart, tokenEnd, type } = c;
  const before = tokens[tokenStart - 1];
  const after = tokens[tokenEnd];
  // A capitalised word left outside any name right before it, not opening the sentence.
  if (
    capitalisedWord(before) &&
    !opensSentence(tokens, tokenStart - 1) &&
    !c.otherNameAt(tokenStart - 1) &&
    !DATE_WORDS.test(before!.text) &&
    !DESCRIBING_CAPITALS.test(before!.text) &&
    !tests.isPlace(before!.text) &&
    !(type === 'place' && PART_OF_PLACE.test(before!.text) && !tests.isPlace(`${before!.text} ${c.name}`)) &&
    !(type === 'person' && inTitlePhrase(tokens, tokenStart - 1, tests))
  ) {
    return true;
  }
  // ... or right after it.
  if (
    capitalisedWord(after) &&
    !c.otherNameAt(tokenEnd) &&
    !DATE_WORDS.test(after!.text) &&
    !NAME_SUFFIXES.test(after!.text) &&
    !tests.isPlace(after!.text) &&
    !(type === 'place' && PLACE_KIND_AFTER.test(after!.text))
  ) {
    return true;
  }
  // "the Rice Jones MBA", "the Dick Clark Productions team": a person's name right before another
  // name of an organisation or a place, nothing between, names a school, a firm or a degree. (Before
  // the person's name, an organisation is often the employer: "Cleveland DL Larry Ogunjobi".)
  if (type === 'person') {
    const right = c.otherNameAt(tokenEnd);
    if (right && right !== 'person') return true;
  }
  // "Tom's of Maine", "Bank of America": a place after "of" that follows a capitalised word of another kind.
  if (type === 'place' && before?.text.toLowerCase() === 'of') {
    const possessive = tokens[tokenStart - 2]?.norm === "'s";
    const ownerIndex = tokenStart - (possessive ? 3 : 2);
    const owner = tokens[ownerIndex];
    if (capitalisedWord(owner) && !PLACE_KIND_BEFORE_OF.test(owner!.text) && !isRoleWord(owner!.text, tests) && (possessive || !opensSentence(tokens, ownerIndex))) return true;
  }
  // "National Alliance on Mental Illness", "Department of Housing and Urban Development".
  if (type === 'organization') {
    const words = c.name.split(/\s+/);
    const institution = INSTITUTION_HEADS.test(words.at(-1)!) || words.some((w) => w.toLowerCase() === 'of');
    const next = tokens[tokenEnd + 1];
    if (institution && after && NAME_CONNECTORS.has(after.text.toLowerCase()) && capitalisedWord(next) && !DATE_WORDS.test(next!.text)) {
      if (!c.otherNameAt(tokenEnd + 1)) return true;
      // "National Alliance on Mental Illness (NAMI)": the model made two names of one, and the
      // acronym after them spells the whole.
      let k = tokenEnd + 1;
      while (k < tokens.length && c.otherNameAt(k)) k++;
      const acronym = tokens[k]?.text === '(' ? tokens[k + 1]?.text : undefined;
      const initials = tokens
        .slice(tokenStart, k)
        .filter((t) => /^\p{Lu}/u.test(t.text))
        .map((t) => t.text[0])
        .join('');
      if (acronym && /^\p{Lu}{3,}$/u.test(acronym) && acronym === initials) return true;
    }
  }
  return false;
}
