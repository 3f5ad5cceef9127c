/**
 * Small hand-written word lists for the tagger's lexicon features. Written for Lede from general
 * knowledge of English news style (not copied from any data set); the larger lists (given names,
 * countries, capitals) come from npm data packages and are added by scripts/train-ner.ts.
 */

/** Titles and role words that come before or after a person's name in news copy. */
export const TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice president', 'prime minister', 'minister', 'secretary', 'secretary of state',
  'chancellor', 'senator', 'sen.', 'sen', 'rep.', 'representative', 'congressman', 'congresswoman',
  'governor', 'gov.', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope',
  'general', 'gen.', 'colonel', 'col.', 'lt.', 'captain', 'capt.', 'sgt.', 'admiral', 'commander',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
  'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'director', 'coach', 'manager',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'skipper', 'premier', 'leader',
  'councilor', 'councillor', 'state councilor', 'press secretary', 'foreign minister',
  'defence minister', 'defense minister', 'defense secretary', 'defence secretary', 'official',
  'professor', 'prof.', 'rev.', 'reverend', 'bishop', 'cardinal', 'sheikh', 'crown prince',
  'dictator', 'counterpart', 'analyst', 'economist', 'attorney', 'lawyer', 'prosecutor',
];

/** Words that end (or are the head of) organisation names. */
export const ORGANISATION_WORDS = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag',
  'gmbh', 'sa', 'nv', 'bv', 'group', 'holdings', 'bank', 'party', 'ministry', 'council',
  'association', 'union', 'committee', 'commission', 'agency', 'department', 'university',
  'institute', 'club', 'fc', 'united', 'city', 'rovers', 'athletic', 'foundation', 'federation',
  'organisation', 'organization', 'authority', 'board', 'bureau', 'office', 'court', 'parliament',
  'congress', 'senate', 'assembly', 'army', 'navy', 'force', 'forces', 'police', 'front',
  'movement', 'alliance', 'league', 'exchange', 'fund', 'trust', 'airlines', 'airways', 'motors',
  'industries', 'systems', 'technologies', 'communications', 'news', 'times', 'post', 'journal',
  'press', 'television', 'radio', 'reserve', 'house', 'centre', 'center', 'school', 'college',
  'hospital', 'church', 'service', 'services', 'team', 'securities', 'partners', 'capital',
];

/** U.S. states and a few regions that news copy names without a country. */
export const REGIONS = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky',
  'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico',
  'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont',
  'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'xinjiang', 'tibet',
  'hong kong', 'taiwan', 'kashmir', 'gaza', 'west bank', 'crimea', 'donbas', 'siberia',
  'scotland', 'wales', 'england', 'northern ireland', 'catalonia', 'bavaria', 'quebec', 'ontario',
  'sicily', 'kurdistan', 'chechnya', 'punjab', 'bengal', 'tasmania', 'queensland',
  'new south wales', 'victoria', 'indo-pacific', 'middle east', 'europe', 'asia', 'africa',
  'latin america', 'north america', 'south america', 'balkans', 'caribbean', 'pacific',
  'atlantic', 'mediterranean', 'gulf',
];

/** Cities often in international news that are not national capitals. */
export const CITIES = [
  'new york', 'los angeles', 'chicago', 'houston', 'san francisco', 'boston', 'miami', 'seattle',
  'detroit', 'atlanta', 'dallas', 'philadelphia', 'anchorage', 'juneau', 'shanghai', 'hong kong',
  'wuhan', 'guangzhou', 'shenzhen', 'mumbai', 'bombay', 'calcutta', 'kolkata', 'karachi',
  'istanbul', 'sydney', 'melbourne', 'toronto', 'montreal', 'vancouver', 'frankfurt', 'munich',
  'hamburg', 'milan', 'barcelona', 'geneva', 'zurich', 'manchester', 'liverpool', 'glasgow',
  'st petersburg', 'rio de janeiro', 'sao paulo', 'johannesburg', 'lagos', 'osaka', 'seoul',
  'dubai', 'jeddah', 'alexandria', 'casablanca', 'chennai', 'bangalore', 'sarajevo', 'gaza',
];
