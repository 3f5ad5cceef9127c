/**
 * Precision first: names the story gives no evidence for are not listed as typed actors (they may
 * be "also mentioned", untyped), and capitalised ordinary words are not names at all.
 */
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../lib/language/actors/extract-actors';
import { demonymPlural, roleKind } from '../../lib/language/actors/evidence';

function actorsOf(title: string, paragraphs: string[]) {
  const result = extractActors({ title, text: paragraphs.join('\n\n') });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('evidence for actors', () => {
  it('does not take sentence-opening adverbs or menu words for names', () => {
    const result = actorsOf('How to plan a trip', [
      'Furthermore, the cheapest fares usually appear on Tuesdays, and booking early still helps.',
      'Additionally, most airlines let you change a booking for a fee.',
      'Download the app before you leave home.',
    ]);
    const names = [...result.actors.map((a) => a.name), ...result.alsoMentioned];
    for (const word of ['Furthermore', 'Additionally', 'Download']) expect(names).not.toContain(word);
  });

  it('lists a person introduced with a given name, a title, a quote or a verb of saying', () => {
    const result = actorsOf('Harbour plan approved', [
      'The council approved the plan after Mayor Ruth Okafor argued for it on Tuesday.',
      '“People have waited long enough,” Okafor told reporters.',
      'Councillor Daniel Reyes voted against it.',
    ]);
    expect(result.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(expect.arrayContaining(['Ruth Okafor', 'Daniel Reyes']));
  });

  it('does not list credentials written in capitals as people', () => {
    const result = actorsOf('Diet trends', [
      'Keri Gans, M.S., R.D.N., a dietitian in New York, said fibre is the trend to watch.',
      'According to Gans, R.D.N., most people still eat too little of it.',
    ]);
    expect(result.actors.map((a) => a.name)).not.toContain('R.D.N.');
  });

  it('needs more than a repeated acronym to call something an organisation', () => {
    const result = actorsOf('Why AI matters for SEO', [
      'Many teams now use AI to draft pages, and SEO specialists worry about quality.',
      'AI tools can help with research, but SEO still depends on original reporting.',
    ]);
    expect(result.actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([]);
  });

  it('keeps an organisation the story shows acting, and a place named after a preposition', () => {
    const result = actorsOf('Ferry firm expands', [
      'Westbay Ferries said on Monday it would add three boats to its route from Carrow Island.',
      'The company was founded in Port Ellington, a fishing town, in 1998.',
    ]);
    expect(result.actors.find((a) => a.name === 'Westbay Ferries')?.type).toBe('organization');
    expect(result.actors.find((a) => a.name === 'Port Ellington')?.type).toBe('place');
  });

  it('does not list software or products the story uses as places or people', () => {
    const result = actorsOf('The best video editors this year', [
      'Many creators start in Clipvane, which is free for short projects.',
      'Download Clipvane from its site; Clipvane 13 added automatic captions, and the editing in Clipvane is quick.',
      'The Rivo Lumen 9 is the camera most of them use, and the Rivo Lumen handles low light well.',
      'Programmers build their plugins in Kestrel, and the Kestrel 2.1 release made that easier.',
      'Dana Whitfield, a video producer in Denver, said the tools keep getting cheaper.',
    ]);
    const listed = result.actors.map((a) => a.name);
    for (const name of ['Clipvane', 'Rivo Lumen', 'Kestrel']) expect(listed).not.toContain(name);
    expect(result.actors.find((a) => a.name === 'Dana Whitfield')?.type).toBe('person');
  });

  it('does not take terms written like names for organisations', () => {
    const result = actorsOf('How to invest in property without buying a house', [
      'A Real Estate Investment Trust (REIT) owns buildings and pays out most of its income.',
      'Buying shares in a real estate investment trust is simpler than buying a flat.',
      'Most Operating Systems now ship with a password manager, and Event Management Systems do the rest.',
      'Check the fund with the Internal Revenue Service before you invest, the Internal Revenue Service says.',
    ]);
    const organisations = result.actors.filter((a) => a.type === 'organization').map((a) => a.name);
    for (const name of ['Real Estate Investment Trust', 'Operating Systems', 'Event Management Systems']) expect(organisations).not.toContain(name);
    expect(organisations).toContain('Internal Revenue Service');
  });

  it('does not list a product of an organisation of the story as an organisation', () => {
    const result = actorsOf('Cloud costs keep rising', [
      'Northwind said on Monday that prices for Northwind Data Platform would rise in March.',
      'Customers of Northwind Data Platform pay by the hour.',
    ]);
    const organisations = result.actors.filter((a) => a.type === 'organization').map((a) => a.name);
    expect(organisations).not.toContain('Northwind Data Platform');
  });

  it('needs a role only people take to call a lone word a person', () => {
    const result = actorsOf('Tools for app developers', [
      'Quillnote, the studio’s official development environment, runs only on its own computers.',
      'Quillnote also ships with a simulator.',
    ]);
    expect(result.actors.filter((a) => a.type === 'person').map((a) => a.name)).not.toContain('Quillnote');
  });

  it('tells roles only people take from descriptions of software and firms', () => {
    expect(roleKind('U.S. secretary of state')).toBe('person');
    expect(roleKind('Dr.')).toBe('person');
    expect(roleKind('director of the MIT Center for Deployable Machine Learning')).toBe('person');
    expect(roleKind('a global leader in HR consulting')).toBe('shared');
    expect(roleKind('Apple’s official development environment')).toBeNull();
    expect(roleKind('graph database and analytics leader based in San Mateo')).toBe('shared');
  });

  it('does not list as people names the story calls firms, products or works (classifier, appositive, list head, employer, model code)', () => {
    const result = actorsOf('Where analysts see the market going', [
      'Nora Haddad, an equity strategist at Lindqvist Brandt, said the sector was cheap.',
      'Her colleague Omar Feld has consulted for the consulting firm Halvorsen Prieto since 2019.',
      'Readers know Marlow Keene, a global beauty brand, from its adverts in publications such as Evening Lantern, Harbour Weekly and Calder Hollis.',
      'The team tested mice like the Brandon Veil V2 and apps such as Duncan Frey.',
    ]);
    const people = result.actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toContain('Nora Haddad');
    for (const name of ['Lindqvist Brandt', 'Halvorsen Prieto', 'Marlow Keene', 'Calder Hollis', 'Brandon Veil', 'Duncan Frey']) expect(people).not.toContain(name);
  });

  it('still lists a person named beside nouns that are no kind of firm ("my friend X", "a row involving X")', () => {
    const result = actorsOf('Old code, new tools', [
      'My friend Daniel Morrow has been building software that way, and he compares it to managing a big team.',
      'A row involving Daniel Morrow and his former label is over, Morrow said.',
    ]);
    expect(result.actors.filter((a) => a.type === 'person').map((a) => a.name)).toContain('Daniel Morrow');
  });

  it('does not list a term whose head the story writes in lower case ("HVAC Systems" beside "older HVAC systems")', () => {
    const result = actorsOf('Remodel costs', [
      'Energy-Efficient HVAC Systems: replace outdated units with modern ones.',
      'Owners who replace older HVAC systems save on utilities, the Remodelers Association said.',
    ]);
    expect([...result.actors.map((a) => a.name), ...result.alsoMentioned]).not.toContain('HVAC Systems');
  });

  it('does not list the people of a place as the place ("South Dakotans", "New Yorkers")', () => {
    expect(demonymPlural('South Dakotans', (n) => n === 'South Dakota')).toBe(true);
    expect(demonymPlural('New Yorkers', (n) => n === 'New York')).toBe(true);
    expect(demonymPlural('Germans', (n) => n === 'Germany')).toBe(true);
    expect(demonymPlural('Hamptons', (n) => n === 'Hampton')).toBe(false);
    expect(demonymPlural('Athens', (n) => n === 'Athen')).toBe(false);
    const result = actorsOf('Voters weigh the measure', [
      'A series of South Dakotans told the campaign they would vote for the measure in South Dakota.',
      'Many South Dakotans in Sioux Falls said the measure was overdue.',
    ]);
    expect(result.actors.map((a) => a.name)).not.toContain('South Dakotans');
    expect(result.actors.find((a) => a.name === 'South Dakota')?.type).toBe('place');
  });

  it('does not list as an organisation a name the story says is a product ("X is a ... platform"), nor count "all X plans." as acting', () => {
    const result = actorsOf('Threat monitoring, compared', [
      'The Kelvara Exchange Board is a comprehensive platform for buyers who want a practice.',
      'Sellers list on the Kelvara Exchange Board for free, and we compared all Kelvara Exchange Board plans.',
      'Carrow Ledger is a consulting firm that advises banks, and Carrow Ledger said demand was rising.',
    ]);
    const organisations = result.actors.filter((a) => a.type === 'organization').map((a) => a.name);
    expect(organisations).not.toContain('Kelvara Exchange Board');
    expect(organisations).toContain('Carrow Ledger');
  });

  it('does not list a kind of place alone ("Lake" of "Double Lake") as a place', () => {
    const result = actorsOf('Trails for beginners', [
      'Double Lake is a great place to start riding, and Lake has easy loops.',
      'Riders in Lake often start at the north gate.',
    ]);
    expect(result.actors.map((a) => a.name)).not.toContain('Lake');
  });

  it('does not list a school or firm speaking of itself ("At X, we offer") as a person or place, nor a band named after a place as that place', () => {
    const school = actorsOf('Certificates that pay off', [
      'At Harwell Online, we offer a wide range of credentials for working adults.',
      'Explore all of the certificate programs today, and study from anywhere in Ohio.',
    ]);
    expect(school.actors.map((a) => a.name)).not.toContain('Harwell Online');
    expect(school.actors.find((a) => a.name === 'Ohio')?.type).toBe('place');
    const band = actorsOf('Sanding a deck', ['Now, like the band Europe would say, it is time for the final sand down!', 'Work along the grain, and finish with a fine paper.']);
    expect(band.actors.map((a) => a.name)).not.toContain('Europe');
  });
});
