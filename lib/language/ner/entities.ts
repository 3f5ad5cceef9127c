/**
 * Text -> named entities: tokenise (tokenize.ts), tag each paragraph-run of sentences as one
 * document (tagger.ts), and turn IOB2 tags into entity spans with offsets into the text.
 */
import { loadNerModel } from './load-model';
import type { NerModel } from './model-codec';
import { tagsToSpans } from './spans';
import type { EntityType } from './tags';
import { tagDocumentWithMargins } from './tagger';
import { tokenize, type Sentence } from './tokenize';

export interface Entity {
  /** As written in the text. */
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** Index into `sentences`. */
  sentence: number;
  /** Token range inside the sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** The model's margin for this span (tagger.ts `margins`): higher is surer. */
  margin: number;
}

export type EntitiesResult =
  | { ok: true; sentences: Sentence[]; entities: Entity[] }
  | { ok: false; reason: string };

export function recogniseEntities(text: string, model?: NerModel): EntitiesResult {
  if (typeof text !== 'string') return { ok: false, reason: 'text is not a string' };
  let nerModel = model;
  if (!nerModel) {
    const loaded = loadNerModel();
    if (!loaded.ok) return { ok: false, reason: `entity model: ${loaded.reason}` };
    nerModel = loaded.model;
  }
  const sentences = tokenize(text);
  const tagged = tagDocumentWithMargins(nerModel, sentences.map((s) => s.tokens.map((t) => t.norm)));
  const entities: Entity[] = [];
  sentences.forEach((sentence, si) => {
    const { tags, margins } = tagged[si]!;
    tagsToSpans(tags).forEach((span, k) => {
      const first = sentence.tokens[span.start]!;
      const last = sentence.tokens[span.end - 1]!;
      entities.push({
        text: text.slice(first.start, last.end),
        type: span.type,
        start: first.start,
        end: last.end,
        sentence: si,
        tokenStart: span.start,
        tokenEnd: span.end,
        margin: margins[k]!,
      });
    });
  });
  return { ok: true, sentences, entities };
}
