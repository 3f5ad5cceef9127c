import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/language/ner/tokenize';
import { tagsToSpans } from '../../lib/language/ner/spans';
import { scoreSpans } from '../../lib/language/ner/evaluate';
import { viterbi } from '../../lib/language/ner/viterbi';
import { TAGS, TAG_INDEX } from '../../lib/language/ner/tags';
import { decodeModel, encodeModel, rowOf } from '../../lib/language/ner/model-codec';
import { recogniseEntities } from '../../lib/language/ner/entities';
import { parseConll } from '../../lib/language/ner/conll';
import { Lexicon, normalisePhrase } from '../../lib/language/ner/lexicon';
import { NER_MODEL_TEXT } from '../../lib/language/ner/model-data';

describe('tokenize', () => {
  it('splits the way Reuters copy is tokenised and keeps offsets into the text', () => {
    const text = '“We will push back,” Blinken said. The U.S. side isn’t there; Kim Yo Jong’s threat.';
    const sentences = tokenize(text);
    expect(sentences.map((s) => s.tokens.map((t) => t.norm).join(' '))).toEqual([
      '" We will push back , " Blinken said .',
      "The U.S. side is n't there ; Kim Yo Jong 's threat .",
    ]);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not end a sentence after a title abbreviation or an initial', () => {
    const sentences = tokenize('Gov. Mike Dunleavy met John F. Kennedy Jr. in Juneau on Jan. 6. Then he left.');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.tokens.map((t) => t.text)).toContain('Gov.');
  });

  it('numbers paragraphs separated by blank lines', () => {
    const sentences = tokenize('One. Two.\n\nThree.');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('IOB2 spans and conlleval-style scoring', () => {
  it('reads spans, including an I- tag that starts a span', () => {
    expect(tagsToSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-ORG', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
  });

  it('counts only exact spans of the right type', () => {
    const r = scoreSpans([{ gold: ['B-PER', 'I-PER', 'O', 'B-LOC'], predicted: ['B-PER', 'O', 'O', 'B-LOC'] }]);
    expect(r.byType.PER).toMatchObject({ correct: 0, predicted: 1, gold: 1 });
    expect(r.byType.LOC).toMatchObject({ correct: 1, f1: 100 });
    expect(r.subset.f1).toBeCloseTo(50);
  });
});

describe('viterbi', () => {
  it('never puts I-X after anything but X, however the scores lean', () => {
    const T = TAGS.length;
    const emissions = new Float64Array(2 * T);
    emissions[0 * T + TAG_INDEX.get('O')!] = 5;
    emissions[0 * T + TAG_INDEX.get('B-PER')!] = -20;
    emissions[1 * T + TAG_INDEX.get('I-PER')!] = 10;
    emissions[1 * T + TAG_INDEX.get('B-PER')!] = 1;
    const path = viterbi(emissions, 2, new Float64Array((T + 1) * T));
    expect(Array.from(path, (t) => TAGS[t])).toEqual(['O', 'B-PER']);
  });
});

describe('model codec', () => {
  it('round-trips weights through the shipped format (quantised)', () => {
    const T = TAGS.length;
    const weights = new Float64Array(2 * T);
    weights[1] = 2.5;
    weights[T + 3] = -1.25;
    const { text, kept } = encodeModel(['w=blinken', 'b='], weights, new Float64Array((T + 1) * T), { given: ['Jen'] }, { prune: 0.1, scale: 4 });
    expect(kept).toBe(2);
    const decoded = decodeModel(text);
    if (!decoded.ok) throw new Error(decoded.reason);
    const row = rowOf(decoded.model, 'w=blinken')!;
    expect(decoded.model.weights[row * T + 1]).toBeCloseTo(2.5);
    expect(decoded.model.weights[rowOf(decoded.model, 'b=')! * T + 3]).toBeCloseTo(-1.25);
    expect(decoded.model.lexicon.classesOf('jen')).toEqual(['given']);
  });

  it('rejects text that is not a model, and a damaged feature table', () => {
    expect(decodeModel('hello')).toEqual({ ok: false, reason: 'not a lede-ner/2 model' });
    const T = TAGS.length;
    const weights = new Float64Array(2 * T).fill(1);
    const { text } = encodeModel(['w=a', 'w=b'], weights, new Float64Array((T + 1) * T), {}, { prune: 0.1, scale: 4 });
    const lines = text.split('\n');
    const table = lines[4]!;
    expect(decodeModel([...lines.slice(0, 4), table.slice(0, table.length - 8)].join('\n'))).toMatchObject({ ok: false });
    expect(decodeModel([...lines.slice(0, 4), table + 'AAAA'].join('\n'))).toMatchObject({ ok: false });
    expect(decodeModel([...lines.slice(0, 4), '%%%'].join('\n'))).toMatchObject({ ok: false });
  });

  it('writes the lexicon normalised (lower case, single spaces), which the reader then trusts; the shipped model is', () => {
    const T = TAGS.length;
    const { text } = encodeModel(['b='], new Float64Array(T).fill(1), new Float64Array((T + 1) * T), { city: ['  New   York ', 'Oslo', 'oslo', ' '] }, { prune: 0.1, scale: 4 });
    expect(JSON.parse(text.split('\n')[3]!)).toEqual({ city: ['new york', 'oslo'] });
    const decoded = decodeModel(text);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.model.lexicon.classesOf('New York')).toEqual(['city']);
    const shipped = JSON.parse(NER_MODEL_TEXT.split('\n')[3]!) as Record<string, string[]>;
    const unnormalised = Object.values(shipped).flat().filter((phrase) => phrase !== normalisePhrase(phrase) || phrase === '');
    expect(unnormalised).toEqual([]);
  });

  it('ships no feature names: features are found by hash', () => {
    const T = TAGS.length;
    const { text } = encodeModel(['w=blinken'], new Float64Array(T).fill(1), new Float64Array((T + 1) * T), {}, { prune: 0.1, scale: 4 });
    expect(text).not.toContain('blinken');
    const decoded = decodeModel(text);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(rowOf(decoded.model, 'w=blinken')).toBe(0);
    expect(rowOf(decoded.model, 'w=blinkem')).toBeUndefined();
  });
});

describe('lexicon', () => {
  it('marks the longest phrases and needs a capital for proper-noun classes', () => {
    const lex = new Lexicon({ city: ['new york'], title: ['secretary of state'] });
    expect(lex.mark(['in', 'New', 'York', 'the', 'secretary', 'of', 'state'], null)).toEqual([
      [], ['city-b'], ['city-i'], [], ['title-b'], ['title-i'], ['title-i'],
    ]);
    expect(lex.mark(['new', 'york'], null)).toEqual([[], []]);
  });
});

describe('parseConll', () => {
  it('reads documents and sentences and keeps each line', () => {
    const docs = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.map((s) => s.map((t) => t.gold))).toEqual([['B-ORG', 'O'], ['B-PER']]);
    expect(docs[0]![0]![0]!.line).toBe('EU NNP B-NP B-ORG');
  });
});

describe('the shipped entity model', () => {
  it('finds people, organisations and places in news text it was not trained on', () => {
    const result = recogniseEntities(
      'Secretary of State Antony Blinken met State Councilor Wang Yi in Anchorage on Thursday. ' +
        'The Chinese Communist Party said the talks with the State Department were useful.',
    );
    if (!result.ok) throw new Error(result.reason);
    const found = result.entities.map((e) => `${e.type}:${e.text}`);
    expect(found).toEqual(expect.arrayContaining(['PER:Antony Blinken', 'PER:Wang Yi', 'LOC:Anchorage', 'ORG:Chinese Communist Party']));
  });

  it('gives no entities for empty or entity-free text', () => {
    const empty = recogniseEntities('');
    expect(empty.ok && empty.entities).toEqual([]);
    const plain = recogniseEntities('the talks went on for hours and nothing was said.');
    expect(plain.ok && plain.entities).toEqual([]);
  });
});

describe('tagger fast path', () => {
  it('scores exactly as summing every feature string’s weight row would', async () => {
    const { loadNerModel } = await import('../../lib/language/ner/load-model');
    const { tagDocument } = await import('../../lib/language/ner/tagger');
    const { documentContext, sentenceView, tokenFeatures } = await import('../../lib/language/ner/features');
    const loaded = loadNerModel();
    if (!loaded.ok) throw new Error(loaded.reason);
    const model = loaded.model;
    const doc = [
      ['WHITE', 'HOUSE', 'SETS', 'LOW', 'EXPECTATIONS'],
      ['The', 'White', 'House', 'said', 'Blinken', 'met', 'Wang', 'Yi', 'in', 'Anchorage', '.'],
      ['"', 'We', 'will', 'push', 'back', ',', '"', 'Blinken', 'said', '.'],
    ];
    const T = TAGS.length;
    const ctx = documentContext(doc, model.lexicon);
    const reference = doc.map((words) => {
      const view = sentenceView(words, ctx, model.lexicon);
      const emissions = new Float64Array(words.length * T);
      words.forEach((_, i) => {
        const feats: string[] = [];
        tokenFeatures(view, ctx, i, feats);
        for (const f of feats) {
          const row = rowOf(model, f);
          if (row !== undefined) for (let t = 0; t < T; t++) emissions[i * T + t]! += model.weights[row * T + t]!;
        }
      });
      return Array.from(viterbi(emissions, words.length, model.transitions), (t) => TAGS[t]);
    });
    expect(tagDocument(model, doc)).toEqual(reference);
    expect(reference[1]).toContain('B-PER');
  });
});
