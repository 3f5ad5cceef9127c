/**
 * How a story uses a name, from the words around each mention: evidence of *what kind of thing*
 * the name stands for, which the entity model (trained on Reuters and Wikipedia sentences) often
 * cannot see. On the web most capitalised names that are no people or places are products,
 * software, services and works ("Photoshop", "Bevy 0.17", "the Altra Lone Peak", "a Real Estate
 * Investment Trust"); the story says so in how it writes about them:
 *
 * - **product use**: a version or model number right after the name ("Bevy 0.17", "iPhone 15"), a
 *   product noun right after it ("Spotify app", "Filmora's features", "X users"), or a verb of using
 *   right before it ("download X", "built in Kotlin", "subscribe to X");
 * - **a kind, not one thing**: an indefinite or possessive determiner right before a name that ends
 *   its phrase ("a Real Estate Investment Trust (REIT)", "your Homeowner's Association");
 * - **a thing**: "the" right before a name that ends its phrase ("the Mona Lisa", "the Chevy
 *   Bolt."): people are not written so ("the Trump administration" is a modifier, not counted);
 * - **place use**: a verb or noun of going, living or being located ("flights to X", "based in X",
 *   "residents of X"), or "X, <a known place>" ("Helena, Montana").
 *
 * Each is counted per mention; evidence.ts weighs them against the person, organisation and place
 * evidence. Word lists are general English usage written for Lede, not names.
 */
import type { Sentence, Token } from '../ner/tokenize';
import { kindOfNoun, type NameKind } from './kind-nouns';
import type { Mention } from './mentions';

export interface Usage {
  /** Mentions used as a product, software or service. */
  product: number;
  /** Mentions used as a website or a store ("Amazon reviews", "YouTube channel"): firms and products, now and then a person's page. */
  site: number;
  /** Mentions after "a", "an", "your"... that end their phrase: a kind of thing. */
  indefinite: number;
  /** Mentions after "the" that end their phrase. */
  definite: number;
  /** Mentions in a place context. */
  place: number;
  /** Mentions named as a band or another group of performers ("the band Europe", "the orchestra X"): no place, whatever its name. */
  performers: number;
  /**
   * Mentions the story names as a firm or an institution: a classifier noun before it ("consulting
   * firm X"), an appositive after it ("X, a global beauty brand"), the head of its list
   * ("publications such as A, B and X"), an employer ("strategist at X", "X analyst Jane Doe"),
   * a copula after it ("X is a consulting firm"), a firm's possession after it ("X's clients"), or
   * the firm speaking of itself ("At X, we offer...").
   */
  organisation: number;
  /** Mentions the story names as a product, a work or another thing in the same ways ("voice assistants like X", "our software, X,"). */
  thing: number;
}

/** Nouns that, right after a name, make it a product, a program or a service. */
const PRODUCT_NOUNS = new Set([
  'cosmetics', 'products', 'skincare', 'makeup',
  'app', 'apps', 'application', 'software', 'plugin', 'plugins', 'plug-in', 'extension', 'extensions', 'add-on', 'version', 'versions',
  'update', 'updates', 'users', 'user', 'account', 'accounts', 'subscription', 'subscribers', 'pricing',
  'pro', 'plus', 'premium', 'max', 'ultra', 'mini', 'lite', 'features', 'feature', 'integration', 'integrations', 'api', 'apis', 'sdk',
  'dashboard', 'interface', 'editor', 'template', 'templates', 'tool', 'tools', 'toolkit', 'platform', 'browser', 'download',
  'login', 'library', 'libraries', 'framework', 'engine', 'console', 'model', 'models', 'device', 'devices', 'phone', 'phones',
  'laptop', 'tablet', 'camera', 'headphones', 'earbuds', 'speaker', 'speakers', 'router', 'printer', 'monitor', 'keyboard',
  'sedan', 'suv', 'hatchback', 'coupe', 'truck', 'shoe', 'shoes', 'maker', 'machine', 'blender', 'vacuum', 'mattress',
  'server', 'database', 'cluster', 'repository', 'repo', 'package', 'workspace', 'workflow', 'workflows', 'module', 'modules',
  'chatbot', 'subscription', 'membership', 'trial', 'license', 'licence', 'settings', 'menu', 'tab', 'button',
  'game', 'games', 'episode', 'episodes', 'album', 'novel', 'podcast', 'font', 'typeface', 'theme', 'themes', 'recipe',
  'wine', 'wines', 'grape', 'grapes', 'variety', 'style', 'certification', 'certificate', 'exam',
]);

/** Verbs of using, right before a name ("download X", "using X", "built in X"). */
const PRODUCT_VERBS = new Set([
  'use', 'uses', 'using', 'download', 'downloaded', 'downloading', 'install', 'installed', 'installing', 'uninstall',
  'buy', 'bought', 'buying', 'try', 'tried', 'trying', 'launching', 'upgrade', 'upgraded', 'upgrading', 'configure', 'configured',
  'deploy', 'deployed', 'deploying', 'run', 'running', 'runs', 'open', 'opened', 'opening', 'stream', 'streaming', 'watch',
  'watched', 'watching', 'playing', 'wear', 'wearing', 'wore', 'drive', 'driving', 'drove', 'ride', 'riding',
  'integrate', 'integrates', 'integrated', 'export', 'import', 'sync', 'syncs',
]);
/** After a possessive ("Filmora's features"), only nouns that people and places do not have. */
const PRODUCT_POSSESSIONS = new Set([
  'features', 'feature', 'interface', 'settings', 'users', 'pricing', 'app', 'apps', 'api', 'apis', 'dashboard', 'editor',
  'version', 'versions', 'integration', 'integrations', 'subscription', 'subscribers', 'templates', 'plugin', 'plugins', 'sdk',
  'toolkit', 'algorithm', 'algorithms', 'servers', 'platform', 'ecosystem', 'lineup', 'specs',
]);
/** Nouns of the web that, right after a name (no possessive), make it a site or a store ("Amazon reviews", "YouTube channel"). */
const SITE_NOUNS = new Set(['reviews', 'review', 'price', 'prices', 'store', 'listing', 'page', 'website', 'site', 'channel', 'profile', 'feed', 'video', 'videos', 'post', 'posts', 'link', 'search']);
/** Two-word verb phrases of using ("built in X", "subscribe to X", "sign up for X", "available on X"). */
const PRODUCT_PHRASES = new Set([
  'built in', 'built with', 'written in', 'developed in', 'coded in', 'programmed in', 'subscribe to', 'subscribed to', 'sign up for',
  'signed up for', 'available on', 'available in', 'log into', 'log in to', 'logged into', 'switch to', 'switched to',
  'listen to', 'listened to', 'listening to', 'powered by', 'compatible with', 'upgrade to', 'integrates with', 'integration with',
  'alternative to', 'alternatives to', 'compared to', 'competitor to', 'works with', 'plays on', 'streaming on', 'stream on',
]);

/**
 * A describing word between a determiner and a name ("a luxurious Mercedes E-Class", "its electric
 * Gran Turismo", "a three-door Hyundai"): shaped like an adjective, or one of the common ones.
 * Nouns ("a magazine Michael had read", "my friend David") are not.
 */
const ADJECTIVES = new Set(['new', 'old', 'big', 'small', 'large', 'larger', 'smaller', 'cheap', 'cheaper', 'modern', 'vintage', 'latest', 'popular', 'favorite', 'favourite', 'perfect', 'premium', 'compact', 'sleek', 'budget', 'affordable', 'used', 'refurbished', 'standard', 'basic']);
const ADJECTIVE_SHAPE = /^(?:[\p{Ll}\d]+-[\p{Ll}-]+|\p{Ll}+(?:ous|ive|ic|ful|less|able|ible|ish|ary|al))$/u;
function isDescribingWord(t: Token): boolean {
  return ADJECTIVES.has(t.text) || (ADJECTIVE_SHAPE.test(t.text) && !/^(?:official|rival|original|general|principal|professional|individual|criminal|local|national|international|federal|liberal|radical|several|total|final|initial|special)$/.test(t.text));
}
const INDEFINITE = new Set(['a', 'an', 'your', 'my', 'our', 'any', 'each', 'every', 'another', 'their']);
/** Words that may follow a name that ends its phrase (so a determiner before it is the name's own). */
const PHRASE_ENDERS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did',
  'and', 'or', 'but', 'that', 'which', 'who', 'with', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'of', 'as', 'than', 'like', 'if',
  'because', 'since', 'when', 'while', 'so', 'also', 'still', 'now', 'then', 'too',
]);

/** Verbs and nouns of going, living or being located, right before a name ("flights to X", "based in X"). */
const PLACE_PHRASES = new Set([
  'flights to', 'flight to', 'fly to', 'flew to', 'flying to', 'travel to', 'traveled to', 'travelled to', 'trip to', 'trips to',
  'visit to', 'drive to', 'drove to', 'arrived in', 'arrive in', 'based in', 'located in', 'headquartered in', 'born in', 'raised in',
  'grew up in', 'lives in', 'live in', 'living in', 'lived in', 'resident of', 'residents of', 'city of', 'town of', 'village of',
  'county of', 'province of', 'capital of', 'north of', 'south of', 'east of', 'west of', 'outskirts of', 'suburb of', 'mayor of',
]);
/** Nouns right after a name that make it a place ("X residents", "X's mayor", "X airport"). */
const PLACE_NOUNS = new Set(['residents', 'mayor', 'airport', 'downtown', 'suburbs', 'neighborhood', 'neighbourhood', 'locals', 'shoreline', 'skyline', 'county', 'metro', 'area']);

const lowerText = (t: Token | undefined) => (t ? t.norm.toLowerCase() : '');

/** True when the token after a mention ends the name's phrase: punctuation, the end, or a function word. */
function endsPhrase(after: Token | undefined): boolean {
  if (!after) return true;
  if (!/[\p{L}\p{N}]/u.test(after.text)) return after.norm !== "'s";
  return PHRASE_ENDERS.has(after.norm.toLowerCase());
}

/** True when the token after a mention ends the clause or is a verb that follows a subject. */
function endsClause(after: Token | undefined): boolean {
  if (!after) return true;
  if (!/[\p{L}\p{N}]/u.test(after.text)) return after.norm !== "'s" && after.text !== '-';
  return /^(?:is|are|was|were|has|had|will|would|can|could|should|may|might|must|does|did)$/i.test(after.norm);
}

/**
 * A version or model number: "0.17", "15", "9.0", "3", or a model code of letters and digits
 * ("V2", "M64", "G309", "5008s", "i10s"); a year-like number is a date, not a version.
 */
function isVersion(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^\d+(?:\.\d+)*$/.test(t.text)) return !/^(?:1[89]|20)\d\d$/.test(t.text);
  return /^(?:[A-Z]{1,3}\d{1,4}[a-zA-Z]{0,3}|[a-z]\d{1,4}[a-z]{0,2}|\d{1,4}[a-z]{1,2})$/.test(t.text) && !/^\d+(?:st|nd|rd|th|s|m|am|pm|k)$/i.test(t.text);
}

/** Nouns a firm has and a person or a place hardly ever does, after a possessive ("X's clients"). */
const ORGANISATION_POSSESSIONS = new Set([
  'clients', 'customers', 'employees', 'shareholders', 'stockholders', 'headquarters', 'subsidiary', 'subsidiaries', 'stock', 'shares',
  'products', 'services', 'offerings', 'brands', 'stores', 'outlets', 'franchise', 'franchisees', 'ceo', 'cfo', 'cto', 'board',
  'programs', 'programmes', 'courses', 'portfolio', 'revenue', 'revenues', 'earnings', 'profits', 'workforce', 'locations', 'menu',
]);
/** Groups of performers named after places as often as not ("the band Europe", "the band Boston"). */
const PERFORMER_GROUPS = new Set(['band', 'orchestra', 'choir', 'ensemble', 'trio', 'quartet', 'duo', 'quintet']);
/** Role nouns between an employer and the employee's name ("Wells Fargo analyst Jane Doe"): firms' jobs. */
const EMPLOYEE_ROLES = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'ceo', 'cfo', 'cto', 'coo', 'executive', 'executives', 'engineer', 'engineers', 'researcher', 'researchers', 'scientist', 'scientists', 'employee', 'employees', 'consultant', 'consultants']);
/** Role nouns before "at"/"with" that make what follows an employer ("strategist at X"). */
const ROLE_AT = new Set([...EMPLOYEE_ROLES, 'director', 'manager', 'partner', 'officer', 'president', 'professor', 'editor', 'founder', 'head', 'chief', 'associate', 'fellow', 'lecturer', 'specialist', 'advisor', 'adviser', 'designer', 'developer', 'writer']);
/** Words that may follow a classified name ("consulting firm X."): not a verb, so the noun is no object of a relative clause ("the plan X announced"). */
const AFTER_CLASSIFIED = new Set(['and', 'or', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'during', 'after', 'before', 'about', 'into', 'through', 'under', 'over', 'across', 'without', 'since', 'as']);
/** Words that end an appositive's noun phrase ("X, a global solutions provider focused on..."). */
const APPOSITIVE_STOPS = new Set(['of', 'in', 'for', 'that', 'which', 'who', 'with', 'focused', 'based', 'from', 'at', 'on', 'known', 'founded', 'headquartered', 'to', 'by', 'whose', 'specializing', 'specialising', 'offering', 'owned']);
const LIST_WORDS = new Set(['a', 'an', 'the', 'and', 'or', '&', ',', "'s", '-', 'even', 'also']);
const LIST_OPENERS = ['such as', 'including', 'like', 'e.g.', 'e.g', 'especially', 'particularly'];

/** The kind the head noun of the mention's list says ("publications such as A, B and X"), if a list opens before it. */
function listKind(tokens: readonly Token[], start: number): NameKind | null {
  let k = start - 1;
  let lowerRun = 0;
  for (let steps = 0; k >= 0 && steps < 40; steps++, k--) {
    const text = tokens[k]!.text;
    const lower = text.toLowerCase();
    const opener = LIST_OPENERS.find((o) => {
      const words = o.split(' ');
      return words.every((w, i) => tokens[k - (words.length - 1) + i]?.text.toLowerCase() === w);
    });
    if (opener) {
      let h = k - opener.split(' ').length;
      if (tokens[h]?.text === ',') h--;
      const head = tokens[h];
      if (!head || !/^\p{Ll}[\p{Ll}-]+$/u.test(head.text)) return null;
      return kindOfNoun(head.text);
    }
    if (LIST_WORDS.has(lower) || /^[\p{Lu}\p{N}]/u.test(text)) lowerRun = 0;
    else if (/^\p{Ll}/u.test(text) && ++lowerRun <= 3) continue;
    else return null;
  }
  return null;
}

/** The kind an appositive after the name says ("X, a global beauty brand,"). */
function appositiveKind(tokens: readonly Token[], end: number): NameKind | null {
  // "X, a global beauty brand" and, in lists of labelled entries, "X: A beautifully balanced white wine".
  if (!/^[,:]$/.test(tokens[end]?.text ?? '') || !/^(?:a|an|the|one)$/i.test(tokens[end + 1]?.text ?? '')) return null;
  let head: Token | undefined;
  for (let k = end + 2; k < Math.min(tokens.length, end + 9); k++) {
    const t = tokens[k]!;
    if (!/[\p{L}\p{N}]/u.test(t.text) && t.norm !== "'s") break;
    if (APPOSITIVE_STOPS.has(t.text.toLowerCase())) break;
    head = t;
  }
  const kind = head && /^\p{Ll}/u.test(head.text) ? kindOfNoun(head.text) : null;
  // A label's description takes a name away from people and places ("Pinot Gris: A ... white wine"),
  // never makes a place of a label ("The Wall: a versatile area").
  return tokens[end]!.text === ':' && (kind === 'place' || kind === 'person') ? null : kind;
}

/** Nouns that name people and things alike ("a model", "a host"): after "X is a" they say nothing. */
const AMBIGUOUS_AFTER_COPULA = new Set(['model', 'models', 'host', 'hosts', 'star', 'stars', 'speaker', 'speakers', 'user', 'users', 'title', 'titles', 'name']);

/** The kind the story states with a copula right after the name ("X is a threat exposure management platform that..."). */
function copulaKind(tokens: readonly Token[], end: number): NameKind | null {
  if (!/^(?:is|was|remains)$/i.test(tokens[end]?.text ?? '') || !/^(?:a|an|the|one)$/i.test(tokens[end + 1]?.text ?? '')) return null;
  let head: Token | undefined;
  for (let k = end + 2; k < Math.min(tokens.length, end + 9); k++) {
    const t = tokens[k]!;
    if (!/^[\p{L}-]+$/u.test(t.text)) break;
    if (APPOSITIVE_STOPS.has(t.text.toLowerCase()) || /^(?:and|or|but|where|when|than|like|such|because|since|whose)$/i.test(t.text)) break;
    head = t;
  }
  if (!head || !/^\p{Ll}/u.test(head.text) || AMBIGUOUS_AFTER_COPULA.has(head.text)) return null;
  return kindOfNoun(head.text);
}

/** The kind a classifier noun right before the name says ("consulting firm X.", "our software, X,"). */
function classifierKind(tokens: readonly Token[], start: number, end: number): NameKind | null {
  let k = start - 1;
  const comma = tokens[k]?.text === ',';
  if (comma) k--;
  const noun = tokens[k];
  if (!noun || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun.text)) return null;
  const after = tokens[end];
  // "the plan Biden announced": the noun is the object of a clause whose subject is the name.
  const closed = !after || (!/[\p{L}\p{N}]/u.test(after.text) && after.norm !== "'s") || AFTER_CLASSIFIED.has(after.text.toLowerCase());
  // With a comma, an appositive: "our software, X, offers" / "manufacturers, X and Y".
  if (comma && !(after?.text === ',' || after?.text.toLowerCase() === 'and')) return null;
  return closed ? kindOfNoun(noun.text) : null;
}

export function nameUsage(mentions: readonly Mention[], sentences: readonly Sentence[], isKnownPlace: (name: string) => boolean): Usage {
  const usage: Usage = { product: 0, site: 0, indefinite: 0, definite: 0, place: 0, performers: 0, organisation: 0, thing: 0 };
  for (const m of mentions) {
    const tokens = sentences[m.sentence]!.tokens;
    const before1 = lowerText(tokens[m.tokenStart - 1]);
    const before2 = `${lowerText(tokens[m.tokenStart - 2])} ${before1}`;
    let after = tokens[m.tokenEnd];
    // "Filmora's features": the noun after the possessive.
    const possessive = after?.norm === "'s";
    if (possessive) after = tokens[m.tokenEnd + 1];
    const afterWord = lowerText(after);
    // "Bókun's dynamic pricing": a possession after up to two describing words.
    const possessions = possessive ? tokens.slice(m.tokenEnd + 1, m.tokenEnd + 4).filter((t) => /^[\p{L}-]+$/u.test(t.text)).map((t) => t.norm.toLowerCase()) : [];
    const productNoun = possessive ? possessions.some((w) => PRODUCT_POSSESSIONS.has(w)) : PRODUCT_NOUNS.has(afterWord) || isVersion(after);
    if (productNoun || PRODUCT_VERBS.has(before1) || PRODUCT_PHRASES.has(before2)) usage.product++;
    else if (!possessive && SITE_NOUNS.has(afterWord)) usage.site++;
    const head = !possessive && endsPhrase(tokens[m.tokenEnd]);
    // "a luxurious Mercedes E-Class", "its electric Gran Turismo": describing words between the determiner and the name.
    let det = m.tokenStart - 1;
    while (det > m.tokenStart - 3 && det > 0 && isDescribingWord(tokens[det]!)) det--;
    const determiner = lowerText(tokens[det]);
    if (head && (INDEFINITE.has(before1) || (det < m.tokenStart - 1 && (INDEFINITE.has(determiner) || determiner === 'its')) || before1 === 'its')) usage.indefinite++;
    // What the story calls it: a classifier before it, an appositive after it, the head of its list.
    const kinds = [classifierKind(tokens, m.tokenStart, m.tokenEnd), appositiveKind(tokens, m.tokenEnd), listKind(tokens, m.tokenStart), copulaKind(tokens, m.tokenEnd)];
    const employer =
      (ROLE_AT.has(before2.split(' ')[0]!) && /^(?:at|with)$/.test(before1)) ||
      (!possessive && EMPLOYEE_ROLES.has(afterWord) && /^\p{Lu}/u.test(tokens[m.tokenEnd + 1]?.text ?? '')) ||
      (possessive && ORGANISATION_POSSESSIONS.has(afterWord)) ||
      // "At Stanford Online, we offer...": a firm or a school speaking of itself.
      (before1 === 'at' && tokens[m.tokenEnd]?.text === ',' && /^(?:we|our)$/i.test(tokens[m.tokenEnd + 1]?.text ?? ''));
    if (PERFORMER_GROUPS.has(before1) && /^(?:the|a|rock|pop|metal|punk|indie|jazz|folk|tribute|cover|boy|girl)$/.test(before2.split(' ')[0]!)) usage.performers++;
    if (employer || kinds.includes('organization')) usage.organisation++;
    else if (kinds.includes('thing')) usage.thing++;
    if (kinds.includes('place')) usage.place++;
    // "the Mona Lisa." / "the Chevy Bolt is": not "the Jane Austen of design" or "the Marie Kondo and minimalism craze".
    if (before1 === 'the' && endsClause(tokens[m.tokenEnd])) usage.definite++;
    // "Helena, Montana": a known place right after the comma.
    const comma = tokens[m.tokenEnd]?.text === ',';
    const next = comma ? tokens.slice(m.tokenEnd + 1, m.tokenEnd + 4).map((t) => t.text) : [];
    const placeAfter = next.length > 0 && [3, 2, 1].some((n) => next.length >= n && /^\p{Lu}/u.test(next[0]!) && isKnownPlace(next.slice(0, n).join(' ')));
    if (PLACE_PHRASES.has(before2) || PLACE_NOUNS.has(afterWord) || placeAfter) usage.place++;
  }
  return usage;
}
