/**
 * Which language a story is written in, cheaply: the script of its letters, and for Latin-script
 * text, which language's most common function words it uses (stop-word profiles). Enough to tell
 * the entity model's language (English) from German, French, Spanish, Italian, Portuguese, Dutch
 * and the Nordic languages; nothing here tries to name rarer languages (they come back 'und').
 *
 * The lists are the commonest function words of each language, written for Lede from general
 * knowledge; words two languages share ("de", "la", "en", "in") count for both, and only a clear
 * lead decides.
 */

const STOP_WORDS: Record<string, string> = {
  en: 'the of and to is was for that with on as are be this by at from it he she they have has had not but which were will would said their been who also its an or after more about than into',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei einer um noch wie über einen so zum war haben nur oder aber vor zur bis mehr durch man sind wurde sei',
  fr: 'le la les des et est un une du que qui dans pour pas au sur avec il elle ce sont par plus ne se aux mais ont été cette ou leur comme nous sa son ses être fait été selon lors entre',
  es: 'el la los las del y que en un una es por con para se no su al lo como más pero sus le ha este esta entre cuando muy sin sobre también fue han desde son según',
  it: 'il lo gli le di del della che è un una per con non sono nel alla dei delle al anche come più ma si ha questo questa dalla tra sul dopo stato essere',
  pt: 'o os as do da dos das e que em um uma para com não no na por é se ao como mais mas foi pelo pela seu sua são também entre após ser está',
  nl: 'het een en van is dat op te zijn voor met niet die aan er ook als bij door wordt worden naar uit maar dan nog werd heeft hebben zijn deze',
  sv: 'och att det som en på är av för med till den har inte om ett var från jag men vid så kan eller efter också',
  da: 'og at det som en på er af for med til den har ikke om et var fra jeg men ved så kan eller efter også blev',
  no: 'og at det som en på er av for med til den har ikke om et var fra jeg men ved så kan eller etter også ble',
};

const PROFILES = new Map<string, Set<string>>(Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

/** Letters of scripts other than Latin, with the language each most often means on a news page. */
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
];

export interface DetectedLanguage {
  /** ISO 639-1 code, or 'und' when the text does not say clearly. */
  lang: string;
  /** True when the evidence is clear (enough words, a clear lead over the next language). */
  confident: boolean;
}

/** How much text is read: the language of a story shows in its first few thousand characters. */
const SAMPLE_CHARACTERS = 6000;
/** Function-word hits the leading language needs, and its lead over the next one. */
const MIN_HITS = 8;
const MIN_LEAD = 2;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  // Non-Latin scripts: the one with most letters wins when it outweighs Latin letters.
  let script: [string, number] = ['', 0];
  for (const [re, lang] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n > script[1]) script = [lang, n];
  }
  // Japanese is written with Han characters too: any kana makes it Japanese.
  if (script[0] === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) script = ['ja', script[1]];
  if (script[1] > latin) return { lang: script[0], confident: script[1] >= 50 };

  const hits = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of PROFILES) if (words.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best) return { lang: 'und', confident: false };
  const confident = best[1] >= MIN_HITS && best[1] >= MIN_LEAD * (second?.[1] ?? 0);
  return { lang: best[0], confident };
}

/** The primary subtag of a BCP 47 tag, lower case ("en-US" -> "en"); '' when there is none. */
export function primaryLanguage(tag: string | undefined | null): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

/**
 * The language the language stage should treat the story as: the text's own when it is clear (a
 * page's lang attribute is often a site-wide template default, e.g. WordPress's "en-US" on a German
 * blog), else what the page declares, else the text's best guess, else English.
 */
export function storyLanguage(declared: string | undefined, text: string): string {
  const detected = detectLanguage(text);
  if (detected.confident) return detected.lang;
  return primaryLanguage(declared) || (detected.lang !== 'und' ? detected.lang : 'en');
}
