/**
 * Pages in languages the entity model was not trained for (fixtures written for Lede: German with
 * lang="de", French with no lang attribute, Spanish under a site-wide lang="en-US"): no typed
 * actors and no English-model guesses, the reason said, and quotes in the page's own quotation
 * marks still found with their named speakers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../helpers/dom';
import { analyseStory } from '../../lib/language/analyse-story';
import { detectLanguage, storyLanguage } from '../../lib/language/detect-language';

function analyse(file: string) {
  const html = readFileSync(resolve(__dirname, '../fixtures/foreign', file), 'utf8');
  const extracted = extractFromHtml(html);
  if (!extracted.ok) throw new Error(`engine failed on ${file}: ${extracted.reason}`);
  return analyseStory(extracted.story, { summarySentences: 3 });
}

describe('stories in other languages', () => {
  const cases = [
    { file: 'de-news.html', lang: 'de', quotes: [['Friedrich Merz', /^Sicherheit in Europa/], ['Donald Tusk', /^Wir brauchen Entscheidungen/]] },
    { file: 'fr-news.html', lang: 'fr', quotes: [['Élisabeth Moreau', /^C’est une étape/], ['Pierre Castel', /^Nous jugerons/]] },
    { file: 'es-news.html', lang: 'es', quotes: [['María José Catalá', /^Es la inversión/], ['Vicente Ferrer', /^Queremos estar/]] },
  ] as const;
  for (const c of cases) {
    describe(c.file, () => {
      const analysis = analyse(c.file);
      it('lists no typed actors and no untyped guesses, and says why', () => {
        expect(analysis.actors).toEqual([]);
        expect(analysis.alsoMentioned).toBeUndefined();
        expect(analysis.actorsWithheld).toEqual({ reason: 'language', lang: c.lang });
      });
      it('finds the quotes in the page’s quotation marks, with their named speakers', () => {
        expect(analysis.quotes?.map((q) => q.speaker)).toEqual(c.quotes.map(([speaker]) => speaker));
        c.quotes.forEach(([, text], i) => expect(analysis.quotes![i]!.text).toMatch(text));
      });
    });
  }

  it('names no speaker where the words beside the verb name nobody ("sagte der Kanzler")', () => {
    const text = '„Das ist eine gute Nachricht für alle Beteiligten“, sagte der Kanzler am Abend in Berlin. Die Gespräche sollen im Mai weitergehen, und die Regierung will bis dahin einen Entwurf vorlegen.';
    expect(analyseStory({ title: 'Gespräche gehen weiter', text, lang: 'de' }).quotes).toEqual([]);
  });
});

describe('language detection', () => {
  it('tells English, German, French and Spanish prose apart', () => {
    expect(detectLanguage('The minister said on Monday that the talks with the unions would resume after the holiday, and that he was hopeful of a deal.')).toEqual({ lang: 'en', confident: true });
    expect(detectLanguage('Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften nach den Feiertagen weitergehen und er auf eine Einigung hofft.').lang).toBe('de');
    expect(detectLanguage('Le ministre a déclaré lundi que les discussions avec les syndicats reprendraient après les fêtes et qu’il espérait un accord.').lang).toBe('fr');
    expect(detectLanguage('El ministro dijo el lunes que las conversaciones con los sindicatos se reanudarán después de las fiestas y que espera un acuerdo.').lang).toBe('es');
    expect(detectLanguage('Премьер-министр заявил в понедельник, что переговоры продолжатся после праздников.').lang).toBe('ru');
  });

  it('trusts clear text over a template lang attribute, and the attribute when the text is too short', () => {
    const german = 'Die Regierung will die Pläne in der kommenden Woche vorlegen, sagte ein Sprecher. Es gebe noch offene Fragen, die aber nicht den Kern des Vorhabens betreffen würden, und man sei mit den Ländern im Gespräch.';
    expect(storyLanguage('en-US', german)).toBe('de');
    expect(storyLanguage('de', 'Angela Merkel')).toBe('de');
    expect(storyLanguage('', 'Angela Merkel')).not.toBe('de');
  });

  it('keeps English stories with the entity model', () => {
    const analysis = analyseStory({
      title: 'Council approves ferry plan',
      lang: 'en',
      text: 'Mayor Ruth Okafor said on Tuesday that the Westbay Harbour Council had approved a new ferry service to Carrow Island.\n\n"People have waited long enough," Okafor told reporters after the vote in Port Elling.',
    });
    expect(analysis.actorsWithheld).toBeUndefined();
    expect(analysis.actors?.[0]).toMatchObject({ name: 'Ruth Okafor', type: 'person' });
  });
});
