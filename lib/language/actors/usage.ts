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
}

/** Nouns that, right after a name, make it a product, a program or a service. */
const PRODUCT_NOUNS = new Set([
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

/** A version or model number: "0.17", "15", "9.0", "3" (a year-like number is a date, not a version). */
function isVersion(t: Token | undefined): boolean {
  if (!t || !/^\d+(?:\.\d+)*$/.test(t.text)) return false;
  return !/^(?:1[89]|20)\d\d$/.test(t.text);
}

export function nameUsage(mentions: readonly Mention[], sentences: readonly Sentence[], isKnownPlace: (name: string) => boolean): Usage {
  const usage: Usage = { product: 0, site: 0, indefinite: 0, definite: 0, place: 0 };
  for (const m of mentions) {
    const tokens = sentences[m.sentence]!.tokens;
    const before1 = lowerText(tokens[m.tokenStart - 1]);
    const before2 = `${lowerText(tokens[m.tokenStart - 2])} ${before1}`;
    let after = tokens[m.tokenEnd];
    // "Filmora's features": the noun after the possessive.
    const possessive = after?.norm === "'s";
    if (possessive) after = tokens[m.tokenEnd + 1];
    const afterWord = lowerText(after);
    const productNoun = possessive ? PRODUCT_POSSESSIONS.has(afterWord) : PRODUCT_NOUNS.has(afterWord) || isVersion(after);
    if (productNoun || PRODUCT_VERBS.has(before1) || PRODUCT_PHRASES.has(before2)) usage.product++;
    else if (!possessive && SITE_NOUNS.has(afterWord)) usage.site++;
    const head = !possessive && endsPhrase(tokens[m.tokenEnd]);
    if (head && INDEFINITE.has(before1)) usage.indefinite++;
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
