/** Lead-N, the baseline every news summariser is measured against: the story's first N sentences. */
import { splitSentences, type Sentence } from '../sentences';

export function leadSentences(text: string, count: number, locale?: string): Sentence[] {
  return splitSentences(text, locale).slice(0, Math.max(0, count));
}
