/**
 * Common nouns that say what kind of thing a name is, where the story puts one beside the name:
 * a classifier before it ("consulting firm X", "the luxury hotel X"), an appositive after it
 * ("X, a global beauty brand"), the head of a list it is in ("publications such as A, B and X",
 * "voice assistants like X"). On the web, names of firms, products, works and places are often
 * spelled like people's names ("Oliver Wyman", "Good Housekeeping", "Conrad Indianapolis"); the
 * noun the story chose for them says what they are. General English, written for Lede.
 */

export type NameKind = 'person' | 'place' | 'organization' | 'thing';

const PERSON_KINDS = [
  'people', 'person', 'man', 'men', 'woman', 'women', 'child', 'children', 'kid', 'leader', 'figure', 'star', 'celebrity', 'celebrities',
  'artist', 'writer', 'author', 'novelist', 'poet', 'player', 'politician', 'expert', 'researcher', 'scientist', 'designer', 'founder',
  'executive', 'musician', 'singer', 'actor', 'actress', 'actresses', 'athlete', 'thinker', 'philosopher', 'influencer', 'creator', 'chef',
  'coach', 'official', 'candidate', 'member', 'friend', 'character', 'hero', 'heroes', 'icon', 'legend', 'pioneer', 'individual',
  'entrepreneur', 'investor', 'economist', 'analyst', 'critic', 'director', 'filmmaker', 'painter', 'photographer', 'composer',
  'rapper', 'comedian', 'host', 'guest', 'speaker', 'lawmaker', 'senator', 'president', 'minister', 'journalist', 'reporter', 'scholar',
  'historian', 'academic', 'activist', 'teammate', 'colleague', 'great', 'luminary', 'luminaries', 'name', 'personality', 'personalities',
  'guy', 'user', 'fan', 'teacher', 'student', 'doctor', 'professional',
];
const PLACE_KINDS = [
  'place', 'city', 'cities', 'country', 'countries', 'state', 'destination', 'region', 'town', 'area', 'nation', 'spot', 'location',
  'market', 'island', 'park', 'province', 'county', 'counties', 'capital', 'neighborhood', 'neighbourhood', 'suburb', 'village',
  'continent', 'territory', 'territories', 'economy', 'economies', 'hub', 'resort', 'beach', 'beaches', 'district', 'metro', 'locale',
];
const ORGANISATION_KINDS = [
  'company', 'companies', 'firm', 'brand', 'startup', 'corporation', 'manufacturer', 'maker', 'retailer', 'agency', 'agencies',
  'organisation', 'organization', 'institution', 'university', 'universities', 'school', 'college', 'bank', 'insurer', 'lender',
  'carrier', 'airline', 'publication', 'outlet', 'newspaper', 'magazine', 'publisher', 'broadcaster', 'studio', 'label', 'hotel',
  'restaurant', 'chain', 'store', 'shop', 'provider', 'vendor', 'supplier', 'distributor', 'charity', 'charities', 'nonprofit',
  'non-profit', 'business', 'businesses', 'competitor', 'client', 'sponsor', 'giant', 'conglomerate', 'bakery', 'bakeries', 'brewery',
  'breweries', 'winery', 'wineries', 'distillery', 'distilleries', 'cafe', 'café', 'hatchery', 'hatcheries', 'consultancy', 'consultancies',
  'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'operator', 'exchange', 'exchanges', 'fund', 'insurance', 'utility', 'utilities',
  'retail', 'franchise', 'employer', 'band', 'orchestra', 'choir', 'ensemble',
];
const THING_KINDS = [
  'software', 'app', 'application', 'tool', 'platform', 'service', 'product', 'device', 'game', 'title', 'film', 'movie', 'show',
  'series', 'book', 'novel', 'album', 'song', 'wine', 'dish', 'dishes', 'technique', 'method', 'style', 'framework', 'library',
  'libraries', 'engine', 'program', 'programme', 'course', 'model', 'car', 'vehicle', 'phone', 'mouse', 'mice', 'feature', 'system',
  'protocol', 'language', 'format', 'standard', 'project', 'initiative', 'campaign', 'event', 'festival', 'conference', 'award', 'prize',
  'race', 'tournament', 'website', 'site', 'blog', 'podcast', 'newsletter', 'browser', 'extension', 'plugin', 'console', 'camera',
  'laptop', 'drink', 'cocktail', 'breed', 'variety', 'varieties', 'grape', 'meditation', 'exercise', 'practice', 'workout', 'survey',
  'study', 'studies', 'report', 'index', 'indices', 'movement', 'trend', 'node', 'assistant', 'option', 'alternative', 'solution',
  'database', 'databases', 'chatbot', 'headphone', 'earbud', 'keyboard', 'monitor', 'tablet', 'watch', 'watches', 'shoe', 'sneaker',
  'boot', 'jacket', 'ingredient', 'supplement', 'medication', 'drug', 'vaccine', 'treatment', 'therapy', 'therapies', 'diet', 'recipe',
  'sauce', 'cheese', 'beer', 'spirit', 'whisky', 'whiskey', 'bourbon', 'coffee', 'tea', 'teas', 'flour', 'font', 'typeface', 'theme',
  'template', 'plan', 'card', 'account', 'currency', 'currencies', 'token', 'coin', 'stock', 'share', 'certification', 'certificate',
  'degree', 'exam', 'test', 'class', 'classes', 'subject', 'term', 'concept', 'theory', 'theories', 'law', 'act', 'bill', 'policy',
  'policies', 'rule', 'regulation', 'format', 'file', 'channel', 'network', 'integration', 'model', 'llm', 'api', 'sdk', 'editor',
];

function withPlurals(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (!/(?:s|ies|men|ren|ople|ice)$/.test(w)) out.add(/(?:ch|sh|x)$/.test(w) ? `${w}es` : `${w}s`);
  }
  return out;
}

const KINDS: [NameKind, Set<string>][] = [
  ['person', withPlurals(PERSON_KINDS)],
  ['place', withPlurals(PLACE_KINDS)],
  ['organization', withPlurals(ORGANISATION_KINDS)],
  ['thing', withPlurals(THING_KINDS)],
];

/** The kind a common noun names, or null when the lists do not know it. */
export function kindOfNoun(noun: string): NameKind | null {
  const key = noun.toLowerCase();
  for (const [kind, nouns] of KINDS) if (nouns.has(key)) return kind;
  return null;
}

/**
 * Trades and lines of business that end firms' names ("Maxi Moving", "Jane Doe Designs",
 * "Brightline Productions"). Only as the last word of a name: before a name they are no classifier
 * ("move out cleaning San Diego" is a search phrase).
 */
const FIRM_NAME_ENDINGS = new Set([
  'moving', 'movers', 'cleaning', 'roofing', 'plumbing', 'landscaping', 'trucking', 'consulting', 'staffing', 'catering', 'printing',
  'construction', 'contracting', 'remodeling', 'realty', 'logistics', 'solutions', 'ventures', 'enterprises', 'productions',
  'studios', 'outfitters', 'interiors', 'designs', 'events', 'media',
]);

/** True when the word, ending a name, names a trade or a line of business ("Moving", "Productions"). */
export function isFirmNameEnding(word: string): boolean {
  return FIRM_NAME_ENDINGS.has(word.toLowerCase());
}
