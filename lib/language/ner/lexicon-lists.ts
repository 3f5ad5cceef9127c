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

/**
 * Given names common in continental Europe and Latin America that the English name lists lack
 * (those lists come from U.S. records). Used as given names by the lexicon and by quote
 * attribution on pages in other languages.
 */
export const MORE_GIVEN_NAMES = [
  'olaf', 'annalena', 'jürgen', 'jurgen', 'jörg', 'joerg', 'dieter', 'wolfgang', 'horst', 'helmut', 'gerhard', 'günter', 'günther', 'gunther',
  'manfred', 'klaus', 'uwe', 'sigmar', 'markus', 'armin', 'hubertus', 'volker', 'norbert', 'ulrich', 'ulf', 'lars', 'sven', 'jens', 'kai', 'björn',
  'malu', 'svenja', 'nancy', 'saskia', 'ricarda', 'katarina', 'katrin', 'kerstin', 'heike', 'birgit', 'annegret', 'ursula', 'angela', 'sahra',
  'jean', 'jean-luc', 'jean-marie', 'jean-pierre', 'jean-claude', 'jean-yves', 'jean-noël', 'pierre', 'françois', 'francois', 'emmanuel', 'édouard', 'edouard',
  'gérald', 'gerald', 'élisabeth', 'elisabeth', 'ségolène', 'marine', 'éric', 'eric', 'gabriel', 'bruno', 'sébastien', 'sebastien', 'stéphane', 'stephane',
  'thierry', 'benoît', 'benoit', 'rachida', 'valérie', 'valerie', 'aurore', 'agnès', 'agnes', 'hélène', 'helene', 'clément', 'clement', 'gérard', 'gerard',
  'josé', 'jose', 'josé luis', 'pedro', 'santiago', 'alberto', 'pablo', 'íñigo', 'inigo', 'yolanda', 'isabel', 'irene', 'begoña', 'begona', 'nadia', 'félix',
  'felix', 'mariano', 'rodrigo', 'andrés', 'andres', 'gustavo', 'luiz', 'inácio', 'inacio', 'jair', 'cristina', 'javier', 'joaquín', 'joaquin', 'ramón',
  'ramon', 'jesús', 'jesus', 'matteo', 'giorgia', 'sergio', 'mario', 'silvio', 'enrico', 'giuseppe', 'elly', 'ignazio', 'paolo', 'giovanni',
  'luca', 'marco', 'francesco', 'alessandro', 'giulia', 'chiara', 'mette', 'magdalena', 'ulf', 'jonas', 'mark', 'geert', 'dick', 'frans', 'wopke',
  'maría', 'lucía', 'sofía', 'vicente', 'inés', 'ángel', 'álvaro', 'óscar', 'raúl', 'rubén', 'víctor', 'nicolás', 'sebastián', 'tomás',
  'martín', 'joão', 'françoise', 'jérôme', 'anaïs', 'zoé', 'chloé', 'léa', 'rémi', 'frédéric', 'andré', 'rené', 'noël',
  'viktor', 'andrzej', 'donald', 'mateusz', 'jarosław', 'volodymyr', 'wolodymyr', 'vladimir', 'wladimir', 'sergei', 'sergej', 'dmitri', 'dmitry',
];
