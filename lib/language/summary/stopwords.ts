/**
 * English function words, left out of the sentence-similarity vectors: they are in every sentence,
 * so they would make every pair of sentences look alike. (The classic SMART-style core list,
 * trimmed to words that carry no topic; contractions are split at the apostrophe before lookup.)
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves s t d ll m re ve n't nt don didn doesn isn wasn weren won
  wouldn couldn shouldn hasn haven hadn aren said says say told according also one two mr mrs ms
  may might must shall us since yet still even ever however another every many much may`
    .split(/\s+/)
    .filter(Boolean),
);
