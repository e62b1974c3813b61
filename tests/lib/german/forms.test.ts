import { describe, expect, it } from 'vitest';
import { adjectiveForms, demonymForms, germanCaseForms, germanCompanyForms, nameForms } from '../../../lib/german/forms';

describe('German forms', () => {
  it('adds genitive and possessive forms', () => {
    expect(nameForms('Japan')).toEqual(['Japan', 'Japans', "Japan's"]);
    expect(nameForms('Siemens')).toEqual(['Siemens', "Siemens'"]);
    expect(nameForms('Mitsui & Co.')).toEqual(['Mitsui & Co.']);
  });

  it('declines adjective stems', () => {
    expect(adjectiveForms('japanisch')).toEqual(['japanisch', 'japanische', 'japanischen', 'japanischer', 'japanisches', 'japanischem']);
  });

  it('inflects regular demonyms', () => {
    expect(demonymForms('Japaner')).toEqual(['Japaner', 'Japanerin', 'Japanerinnen', 'Japanern', 'Japaners']);
    expect(demonymForms('Franzose')).toEqual(['Franzose']);
  });
});

describe('German case forms of names', () => {
  it.each([
    ['Vereinigte Staaten', ['Vereinigten Staaten']],
    ['Vereinigtes Königreich', ['Vereinigten Königreich', 'Vereinigten Königreichs']],
    ['Vereinigte Arabische Emirate', ['Vereinigten Arabischen Emirate', 'Vereinigten Arabischen Emiraten']],
    ['Dominikanische Republik', ['Dominikanischen Republik']],
    ['Niederlande', ['Niederlanden']],
    ['Japan', []],
    ['Türkei', []],
  ])('%s → %j', (name, forms) => {
    expect(germanCaseForms(name)).toEqual(forms);
  });
});

describe('German declension of company names', () => {
  it('declines a leading adjective: der Deutschen Bank, der Deutschen Börse', () => {
    expect(germanCompanyForms('Deutsche Bank')).toEqual(['Deutschen Bank']);
    expect(germanCompanyForms('Deutsche Börse')).toEqual(['Deutschen Börse']);
    expect(germanCompanyForms('Siemens Energy')).toEqual([]);
    expect(germanCompanyForms('BASF')).toEqual([]);
  });
});
