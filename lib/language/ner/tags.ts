/** The IOB2 tag set of CoNLL-2003, in the fixed order the model's weight rows use. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((tag, i) => [tag, i]));

/** IOB2 forbids I-X unless the previous tag is B-X or I-X; decoding enforces it as a hard constraint. */
export function transitionAllowed(prev: number, next: number): boolean {
  const tag = TAGS[next]!;
  if (!tag.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === tag.slice(2);
}
