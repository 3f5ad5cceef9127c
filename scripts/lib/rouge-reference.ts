/**
 * Sentence boundaries of reference summaries, for ROUGE-L (ROUGE-1.5.5 reads one sentence a line).
 */

/** CNN/DM highlights are tokenised: "... on Sunday . Match will ...". */
export function splitTokenisedSentences(reference: string): string[] {
  return reference
    .split(/(?<=\s[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The BBC references are article sentences glued together without a space
 * ("... $10.9bn.For the full-year ..."), so a period directly before a capital letter also ends one.
 */
export function splitGluedSentences(reference: string): string[] {
  return reference
    .split(/(?<=[.!?])\s*(?=["'‘“]?[A-Z])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
