/** Spotting with the real built-in dictionary: one row per rule of context.ts and the matcher. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BuiltinData } from '../../../lib/kb/builtin';
import { buildDictionary } from '../../../lib/kb/dictionary';
import { isHeadlineCase } from '../../../lib/matcher/context';
import { detectLang } from '../../../lib/matcher/language';
import { Matcher } from '../../../lib/matcher/matcher';
import { spotText } from '../../../lib/matcher/spot';
import { isCompoundHead } from '../../../lib/german/compounds';

const data = JSON.parse(readFileSync('lib/kb/generated/builtin.json', 'utf8')) as BuiltinData;
const matcher = Matcher.compile(buildDictionary(data.entities));
const marks = (text: string, lang: 'de' | 'en' = 'de') =>
  spotText(matcher, text, lang).map((s) => `${text.slice(s.start, s.end)}=${s.entityId}`);

describe('spotting', () => {
  it.each([
    ['Der Japanexperte warnt.', ['Japanexperte=Q17']],
    ['Im Chinarestaurant gibt es Reis.', []],
    ['Die Deutsche Welle berichtet über deutsche Firmen.', ['deutsche=Q183']],
    ['Das Handbuch gibt es auf Deutsch.', []],
    ['Die Bank of Japan erhöht die Zinsen.', []],
    ['Der China Electricity Council tagt.', []],
    ['Die Allianz der Willigen wächst.', []],
    ['Die Allianz steigerte ihren Gewinn im Quartal.', ['Allianz=Q487292']],
    ['Die Bayer-Aktie fällt.', ['Bayer=Q152051']],
    ['Bayer und Boehringer Ingelheim forschen.', ['Bayer=Q152051', 'Boehringer Ingelheim=slug:boehringer-ingelheim']],
    ['Ein Bayer wandert.', []],
    ['Unter den Linden blüht es.', []],
    ['In den Vereinigten Staaten und den Niederlanden wird gewählt.', ['Vereinigten Staaten=Q30', 'Niederlanden=Q55']],
    ['Der Darmstädter Konzern Merck wächst.', ['Merck=slug:merck-kgaa']],
    ['Der Bayer-Konzern zahlt. Ein Bayer aus dem Allgäu arbeitet dort.', ['Bayer=Q152051']],
    ['DHL baut aus. Wer per Post verschickt, zahlt mehr.', ['DHL=slug:deutsche-post']],
    // Plural demonyms, declined too, are country derivations.
    [
      'Israelis und Palästinensern, Syrern und Portugiesen geht es um Geld.',
      ['Israelis=Q801', 'Palästinensern=Q219060', 'Syrern=country:sy', 'Portugiesen=Q45'],
    ],
    // A company's name after a given name is a person's: the Porsche family, not the carmaker.
    ['Wolfgang Porsche und Finanzchef Jan Kemper sprachen mit Porsche.', ['Porsche=slug:porsche-ag']],
  ])('German: %s', (text, expected) => {
    expect(marks(text, 'de')).toEqual(expected);
  });

  it.each([
    // The possessive is not part of the mark (CoNLL, OntoNotes); the German genitive "Japans" is one word.
    ["Japan's Economy Slows as Chinese Demand Weakens", ['Japan=Q17', 'Chinese=Q148']],
    ['Germany’s carmakers and Barclays’ bankers', ['Germany=Q183', 'Barclays=slug:barclays']],
    ["McDonald's is not cut short.", ["McDonald's=slug:mcdonalds"]],
    ['American Express and British American Tobacco', ['American Express=slug:american-express', 'British American Tobacco=slug:bat']],
    ['Turkey and Greece signed a deal.', ['Turkey=Q43', 'Greece=Q41']],
    ['The turkey was dry. Turkey said no.', []],
    ['Rhode Island is small.', []],
    ['Michael Jordan retired.', []],
    ['Merck shares fell after the drugmaker cut its forecast.', ['Merck=slug:merck-co']],
    ['Let us see what the U.S. does.', ['U.S.=Q30']],
    // Plural demonyms: the adjective with an -s, and the irregular ones.
    ['Italians and Iraqis voted; Britons and Spaniards did not.', ['Italians=Q38', 'Iraqis=country:iq', 'Britons=Q145', 'Spaniards=Q29']],
    // An ambiguous known name the text introduces as a company is that company, not a provisional one.
    ['The burger chain Byron will close nine sites.', ['Byron=Q16828673']],
  ])('English: %s', (text, expected) => {
    expect(marks(text, 'en')).toEqual(expected);
  });
});

describe('evidence a careful reader weighs', () => {
  it.each([
    // A company noun declined: "den Konkurrenten Continental", not part of another name.
    ['Schaeffler bietet für den Konkurrenten Continental.', ['Schaeffler=slug:schaeffler', 'Continental=slug:continental']],
    // A place's adjective after an article describes the name.
    ['Die Darmstädter Merck steigert den Umsatz.', ['Merck=slug:merck-kgaa']],
    // After an indefinite article and adjectives the name is a common noun, whatever the sentence says.
    ['Gesucht wird ein strategischer Investor für das Werk.', []],
    // A common noun right before a company's unambiguous name describes it.
    ['Der Investor Index Ventures hält Aktien.', ['Index Ventures=slug:index-ventures']],
    // Plural market words with umlaut count.
    ['Während Bayer höhere Umsätze meldete, sank der Kurs.', ['Bayer=Q152051']],
    // A currency named after a country is not the country.
    ['Das kostet 5 Milliarden US-Dollar.', []],
    // Called a company once, the name is the company where nothing says otherwise…
    ['Der Pharmakonzern Bayer wächst. Dahinter folgt Bayer mit 16 Prozent.', ['Bayer=Q152051', 'Bayer=Q152051']],
    // …and so is a name the page names with evidence twice…
    [
      'Bayer zahlt Milliarden an Kläger. Bayer meldet höhere Umsätze. Bayer ist bald wieder da.',
      ['Bayer=Q152051', 'Bayer=Q152051', 'Bayer=Q152051'],
    ],
    // …but not after an article, where the name is the common noun.
    ['Der Großhändler Metro verkauft Filialen. Wer mit der Metro fährt, merkt nichts.', ['Metro=slug:metro']],
  ])('German: %s', (text, expected) => {
    expect(marks(text, 'de')).toEqual(expected);
  });

  it('English: a name the page calls a company, then bare and as an attribute', () => {
    expect(marks('Drugmaker Shire agreed to buy a rival. A Shire subsidiary will pay. Shire said so on Tuesday.', 'en')).toEqual([
      'Shire=slug:shire',
      'Shire=slug:shire',
      'Shire=slug:shire',
    ]);
  });
});

describe('introduced names over known ones', () => {
  it('a country word inside an introduced name is not the country; a fund named after a company is not the company', () => {
    expect(marks('Der Autozulieferer Kolvex Germany schließt sein Werk.')).toEqual(['Kolvex Germany=new:Kolvex Germany']);
    expect(marks('Das Geld kommt von Google Ventures.')).toEqual(['Google Ventures=new:Google Ventures']);
  });
});

describe('helpers', () => {
  it('detects the page language', () => {
    expect(detectLang('de-DE', '')).toBe('de');
    expect(detectLang(null, 'The company said that the shares of the group were up.')).toBe('en');
    expect(detectLang('', 'Der Konzern teilte mit, dass die Aktie und der Umsatz steigen.')).toBe('de');
  });

  it('knows headline case', () => {
    expect(isHeadlineCase("Japan's Economy Slows as Chinese Demand Weakens")).toBe(true);
    expect(isHeadlineCase('JAPAN UND CHINA RÜCKEN ZUSAMMEN')).toBe(true);
    expect(isHeadlineCase('Japans Exporte steigen deutlich')).toBe(false);
  });

  it('knows headline case as its RegExp definition does (the scan replaced \\p{L}{4,} and ^\\p{Lu})', () => {
    const byRegExp = (text: string) => {
      if (text.length > 200) return false;
      const words = text.match(/\p{L}{4,}/gu) ?? [];
      return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
    };
    const piece = fc.constantFrom(
      'Japan',
      'china',
      'ÄRGER',
      'Öl',
      'über',
      'Straße',
      'Éclat',
      'a1b2c',
      'ab',
      ' ',
      ' ',
      '-',
      '.',
      '\u00a0',
      '\u0301',
      '9',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
        (text) => isHeadlineCase(text) === byRegExp(text),
      ),
      { numRuns: 3000 },
    );
  });

  it('knows compound heads', () => {
    expect(isCompoundHead('experte')).toBe(true);
    expect(isCompoundHead('geschäfts')).toBe(true);
    expect(isCompoundHead('restaurant')).toBe(false);
  });
});
