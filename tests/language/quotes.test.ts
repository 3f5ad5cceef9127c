import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../lib/language/quotes';
import { tokenize } from '../../lib/language/ner/tokenize';
import type { Mention } from '../../lib/language/actors/mentions';

/** Quotes in `text`, with the people named by hand (name as written -> actor name). No model. */
function quotesIn(text: string, people: Record<string, string>) {
  const sentences = tokenize(text);
  const mentions: Mention[] = [];
  const actorOf: string[] = [];
  for (const [written, actor] of Object.entries(people)) {
    for (const m of text.matchAll(new RegExp(`\\b${written}\\b`, 'g'))) {
      const start = m.index!;
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      mentions.push({ name: written, type: 'person', start, end: start + written.length, sentence, tokenStart: 0, tokenEnd: 1, paragraph: sentences[sentence]!.paragraph, margin: 10 });
      actorOf.push(actor);
    }
  }
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  return attributeQuotes({ text, sentences, mentions: order.map((i) => mentions[i]!), actorOf: order.map((i) => actorOf[i]!), from: 0 });
}

describe('quote attribution', () => {
  it('attributes “…,” Name said and “…,” said Name and Name said: “…”', () => {
    const text =
      '“We will push back if necessary,” Blinken said before departing Japan.\n\n' +
      '“The talks were frank and useful,” said Yang Jiechi.\n\n' +
      'Psaki said: “We are not there yet on trade.”';
    expect(quotesIn(text, { Blinken: 'Antony Blinken', 'Yang Jiechi': 'Yang Jiechi', Psaki: 'Jen Psaki' })).toEqual([
      { speaker: 'Antony Blinken', text: 'We will push back if necessary' },
      { speaker: 'Yang Jiechi', text: 'The talks were frank and useful' },
      { speaker: 'Jen Psaki', text: 'We are not there yet on trade.' },
    ]);
  });

  it('resolves “she said” to the person the story was just talking about', () => {
    const text =
      '“We will push back if necessary,” Blinken said.\n\n' +
      'Psaki declined to respond directly to Kim Yo Jong’s threat.\n\n' +
      '“Our objective is always going to be diplomacy,” she said.';
    expect(quotesIn(text, { Blinken: 'Antony Blinken', Psaki: 'Jen Psaki', 'Kim Yo Jong': 'Kim Yo Jong' })).toEqual([
      { speaker: 'Antony Blinken', text: 'We will push back if necessary' },
      { speaker: 'Jen Psaki', text: 'Our objective is always going to be diplomacy' },
    ]);
  });

  it('falls back to the last named speaker when no one was named nearby', () => {
    const text =
      '“The first thing is to listen,” Blinken said.\n\n' +
      'The talks lasted for hours. Nothing was agreed. Nobody left early. The room was cold.\n\n' +
      '“We said what we came to say,” he said.';
    expect(quotesIn(text, { Blinken: 'Antony Blinken' }).map((q) => q.speaker)).toEqual(['Antony Blinken', 'Antony Blinken']);
  });

  it('leaves out scare quotes and quotes from unnamed speakers', () => {
    const text =
      'A senior official described the talks as a chance for “taking stock” in the relationship.\n\n' +
      'The White House is “simply not there yet,” the senior administration official said.';
    expect(quotesIn(text, {})).toEqual([]);
  });
});

describe('pronouns and given names', () => {
  it('does not give “she said” to a man when the name lists know the given name', () => {
    const text =
      'Maria Lopez met John Smith on Monday.\n\n' +
      'John Smith spoke first at the meeting.\n\n' +
      '“We have agreed on nothing yet,” she said.';
    const sentences = tokenize(text);
    const mentions: Mention[] = [];
    const actorOf: string[] = [];
    for (const name of ['Maria Lopez', 'John Smith']) {
      for (const m of text.matchAll(new RegExp(name, 'g'))) {
        const start = m.index!;
        const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
        mentions.push({ name, type: 'person', start, end: start + name.length, sentence, tokenStart: 0, tokenEnd: 2, paragraph: sentences[sentence]!.paragraph, margin: 10 });
        actorOf.push(name);
      }
    }
    const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
    const sexOfGivenName = (name: string) => (name === 'Maria' ? 'female' : name === 'John' ? 'male' : null);
    const quotes = attributeQuotes({ text, sentences, mentions: order.map((i) => mentions[i]!), actorOf: order.map((i) => actorOf[i]!), from: 0, sexOfGivenName });
    expect(quotes).toEqual([{ speaker: 'Maria Lopez', text: 'We have agreed on nothing yet' }]);
  });
});
