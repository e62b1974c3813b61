/** Companies the text introduces itself (each case fails when its rule is removed). */
import { describe, expect, it } from 'vitest';
import { introducedCompanies } from '../../../lib/matcher/introduced';
import type { Spot } from '../../../lib/matcher/spot';

const found = (blocks: string[], taken: Spot[][] = blocks.map(() => [])) => {
  const { spots } = introducedCompanies(blocks, taken);
  return spots.map((list, b) => list.map((s) => `${blocks[b]!.slice(s.start, s.end)}=${s.entityId}`));
};

describe('introduced companies', () => {
  it('after a company noun, and then by their bare name on the whole page', () => {
    expect(
      found(['Fensterbauer Meeth und die Maschinenfabrik Bermatingen melden Insolvenz.', 'Meeth beschäftigt 90 Mitarbeiter.']),
    ).toEqual([['Meeth=new:Meeth', 'Maschinenfabrik Bermatingen=new:Bermatingen'], ['Meeth=new:Meeth']]);
  });

  it('in compounds of the noun, with two name words or joined by &', () => {
    expect(
      found([
        'Gar 82 Millionen gab es für das Software-Start-up Camunda.',
        'Der Robo-Advisor Scalable Capital hat 50 Millionen eingesammelt.',
        'Das Wertpapierhandelshaus Lang & Schwarz meldet.',
      ]),
    ).toEqual([['Camunda=new:Camunda'], ['Scalable Capital=new:Scalable Capital'], ['Lang & Schwarz=new:Lang & Schwarz']]);
  });

  it('before a legal form, the form inside the mark', () => {
    expect(found(['Die Helmut Meeth GmbH & Co. KG aus Wittlich hat Insolvenz angemeldet.'])).toEqual([
      ['Helmut Meeth GmbH & Co. KG=new:Helmut Meeth'],
    ]);
  });

  it("not after a superlative, a person's trade, or where the dictionary marks the name", () => {
    expect(found(['Panasonic ist der größte Batterieproduzent Nordamerikas.'])).toEqual([[]]);
    expect(found(['Der Filmproduzent Nico Hofmann dreht.'])).toEqual([[]]);
    const block = 'Der Großhändler Metro verkauft Filialen; wer mit der Metro fährt, merkt nichts.';
    const metro: Spot = { start: block.indexOf('Metro'), end: block.indexOf('Metro') + 5, entityId: 'slug:metro', type: 'company' };
    expect(found([block], [[metro]])).toEqual([[]]);
  });

  it('not a run of capitalised nouns, nor a determiner', () => {
    expect(found(['Der Autobauer Die Zukunft Elektroautos Neue Modelle.', 'Die Reederei Der Woche.'])).toEqual([[], []]);
  });
});

describe('introduced companies: "die Firma", a manufactory, and what is no name', () => {
  it('after "Firma", "Firmen" and "Manufaktur"', () => {
    expect(
      found([
        'Seine Firma Kolibrix zieht nach Leipzig.',
        'Die Firmen Quellwerk und Sonnhalde streichen Stellen.',
        'Die Manufaktur Pierre Duval in Genf baut ab.',
      ]),
    ).toEqual([['Kolibrix=new:Kolibrix'], ['Quellwerk=new:Quellwerk'], ['Pierre Duval=new:Pierre Duval']]);
  });

  it('not a common noun after the noun, nor a noun in a headline set in capitals', () => {
    expect(found(['Bekannt ist, dass die Firma Insolvenz angemeldet hat.', 'VIELE FIRMEN HOFFEN'])).toEqual([[], []]);
  });
});

describe('introduced companies: compounds, English nouns, words only firms have', () => {
  it('a name in company compounds, when the page names it twice; never a common modifier', () => {
    expect(
      found(['Die Quandor-Gruppe aus Passau streicht Stellen.', 'Auch eine Quandor-Firma in Linz ist betroffen, sagt der Auto-Konzern.']),
    ).toEqual([['Quandor=new:Quandor'], ['Quandor=new:Quandor']]);
    expect(found(['Die Quandor-Gruppe aus Passau streicht Stellen.'])).toEqual([[]]);
    expect(found(['Die Energie-Aktien fallen, die Energie-Konzerne sparen.'])).toEqual([[]]);
  });

  it('English: after a noun in lower case, a plural one with its list', () => {
    expect(
      found([
        'The drug maker Brightfield Labs agreed a deal.',
        'The sandwich chains Pronto, Bellamy and Corvo are at risk, as is the retailer M&Jo.',
      ]),
    ).toEqual([
      ['Brightfield Labs=new:Brightfield Labs'],
      ['Pronto=new:Pronto', 'Bellamy=new:Bellamy', 'Corvo=new:Corvo', 'M&Jo=new:M&Jo'],
    ]);
    expect(found(['The company Chief Executive spoke on Tuesday.'])).toEqual([[]]);
  });

  it('a name ending in Capital, Ventures, Group, Gruppe…; a noun before it is not part of it', () => {
    expect(
      found([
        'Laut einer Studie des Geldgebers QRT Capital wächst die Branche.',
        'Die Ostrava Gruppe übernimmt.',
        'Blue Heron Pharmaceuticals said Blue Heron will grow.',
      ]),
    ).toEqual([
      ['QRT Capital=new:QRT Capital'],
      ['Ostrava Gruppe=new:Ostrava Gruppe'],
      ['Blue Heron Pharmaceuticals=new:Blue Heron Pharmaceuticals', 'Blue Heron=new:Blue Heron Pharmaceuticals'],
    ]);
  });
});

describe('introduced companies, lower case', () => {
  it('a lower-case word is no company noun', () => {
    expect(found(['die fensterbauer Meeth und andere.'])).toEqual([[]]);
  });
});

describe('introduced companies: where the candidates are (one pass over spaces and hyphens)', () => {
  it('a company noun is the whole word before the space, across its hyphens, but not after a lower-case part', () => {
    // Page by page: a name introduced once is marked everywhere on its page.
    expect(found(['Der Elektro-Autobauer Voltari wächst.'])).toEqual([['Voltari=new:Voltari']]);
    expect(found(['Der e-Autobauer Voltari wächst.'])).toEqual([[]]);
    expect(found(['Ein Autobauer-Voltari und Autobauer  Voltari.'])).toEqual([[]]);
  });

  it('a legal form with spaces inside is one match: its "Co." is no second form', () => {
    expect(found(['Die Quellwerk GmbH & Co. KG und die Sonnhalde AG & Co. KGaA melden.'])).toEqual([
      ['Quellwerk GmbH & Co. KG=new:Quellwerk', 'Sonnhalde AG & Co. KGaA=new:Sonnhalde'],
    ]);
  });
});
