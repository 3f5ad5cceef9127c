/**
 * Labels of blocks about other stories, as news sites print them, in several languages.
 * A label alone proves little ("Related" could start a sentence), so the rules also ask for the
 * structure of a teaser block: short label text, then links to other pages. A comment above each entry
 * says why it is here (comments, not strings: these tables ship in the script injected into the tab).
 */

/** Section headings that introduce teasers about other stories. Matched against the whole (short) text. */
const SECTION_LABELS: readonly RegExp[] = [
  // "More in News" card lists after AP stories on local sites (the seed page).
  /^more (in|from|on|about|of)\b.{0,40}$/i,
  // Generic teaser section names.
  /^(more|other|latest|top|related|recent|similar|popular|trending|featured|recommended|suggested)( news)? (stories|articles|news|reads|posts|headlines|coverage|videos|content|links)( for you)?$/i,
  // "Most Read" / "Most Popular" lists.
  /^(most|the most) (read|popular|viewed|shared|watched|emailed|commented|recent)( (stories|articles|news|now|today|this week))?$/i,
  // English teaser and recommendation headings.
  /^(related|recommended|trending|popular|latest|top stories|editor'?s picks|editors' picks|don'?t miss|up next|read next|what to read next|further reading|see also|also read|read also|read more|more news|more stories|in other news|around the web|from around the web|sponsored( content| stories)?|promoted( stories)?|partner content|from our partners|you may have missed)(\s*(now|today|news|stories|articles))?$/i,
  // Recommendation-widget headings (not "Breaking News": it is a kicker above the story itself, seen on
  // jpost.com).
  /^(you (may|might) (also )?(like|enjoy|be interested in)|we recommend|recommended for you|people are reading|what others are reading|keep reading|continue reading|trending now|popular now)$/i,
  // German teaser headings.
  /^(mehr zum thema|meistgelesen|meistgelesene artikel|das könnte sie auch interessieren|auch interessant|weitere artikel|lesen sie auch|empfehlungen|top-artikel|verwandte artikel|zum thema)$/i,
  // French teaser headings.
  /^(à lire aussi|a lire aussi|lire aussi|les plus lus|articles les plus lus|sur le même sujet|sur le meme sujet|dans la même rubrique|nos dernières actualités|à voir aussi|vous aimerez aussi|articles similaires|articles liés)$/i,
  // Spanish teaser headings.
  /^(más leídas|lo más leído|lo más visto|te puede interesar|también te puede interesar|noticias relacionadas|relacionado|relacionadas|lee también|lea también|más noticias|te recomendamos|otras noticias)$/i,
  // Italian teaser headings.
  /^(leggi anche|i più letti|più letti|articoli correlati|potrebbe interessarti|ti potrebbe interessare|altre notizie)$/i,
  // Portuguese teaser headings.
  /^(leia também|leia mais|mais lidas|mais lidos|notícias relacionadas|veja também|você pode gostar)$/i,
  // Dutch teaser headings.
  /^(lees ook|meest gelezen|meer nieuws|gerelateerde artikelen|ook interessant)$/i,
];

/** Labels that start an inline teaser line inside the story: "READ MORE: <link to another story>". */
export const INLINE_LABEL = /^(read more|read also|also read|related|related story|related stories|related coverage|related article|related content|see also|more coverage|more on this( story)?|more from|must read|recommended|watch|listen|click here|further reading|previously|editor'?s note: this story|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|a lire aussi|leer más|lea también|lee también|leggi anche|leia também|leia mais|lees ook|читайте также)\s*[:：\-–—|»>]+/i;

/** Labels of tag lists. */
export const TAG_LIST_LABEL = /^(tags?|topics?|filed under|related topics|more about|keywords|themen|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|temas|argomenti|tag)\s*[:：]/i;

export function isTeaserSectionLabel(text: string): boolean {
  const label = text.replace(/[\s:：›»>|•·\-–—.…]+$/u, '').replace(/^[\s›»>|•·]+/u, '').trim();
  if (!label || label.length > 60) return false;
  return SECTION_LABELS.some((pattern) => pattern.test(label));
}

/**
 * Labels of the story's own list of sources ("References", "Quellen"): a list of links under one is
 * what the story cites, not a list of other stories, however link-dense it is.
 */
export const SOURCES_LABEL = /^(references|sources|sources cited|works cited|bibliography|citations|footnotes|quellen|literatur|einzelnachweise|références|bibliographie|referencias|fuentes|bibliografía|fonti|bibliografia|referências|fontes|bronnen|bronvermelding)\s*:?$/i;
