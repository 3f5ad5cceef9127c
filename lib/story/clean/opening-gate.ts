/**
 * Which entries of a wording table a line may match, by the words it opens with. Each entry of the
 * table declares its opening words (space-separated; '' for an entry that may open any way), which
 * tests/story/literal-openings.test.ts reads again from the entry's pattern, so the two cannot drift.
 *
 * Why: a browser compiles each regular expression anew in every renderer, on its first use there, and
 * the engine is injected into a new one on a reader's first click on a site. Asking every entry of a
 * table of fifty wordings in six languages of every short line compiled all fifty on every page,
 * though a story's lines almost never open with those words (`npm run bench:stages -- --cold`).
 */
export function openingGate(openingWords: readonly string[]): (line: string) => Uint8Array {
  const always: number[] = [];
  /** Opening words by their first character: [word, entry's place]. */
  const byFirst = new Map<string, [string, number][]>();
  openingWords.forEach((declared, place) => {
    const words = declared.split(' ').filter(Boolean);
    if (words.length === 0) always.push(place);
    for (const word of words) {
      const list = byFirst.get(word[0]);
      if (list) list.push([word, place]);
      else byFirst.set(word[0], [[word, place]]);
    }
  });
  return (line) => {
    const may = new Uint8Array(openingWords.length);
    for (const place of always) may[place] = 1;
    const candidates = byFirst.get(line[0]);
    if (candidates) for (const [word, place] of candidates) if (may[place] === 0 && line.startsWith(word)) may[place] = 1;
    return may;
  };
}
