import { describe, expect, it } from 'vitest';
import { adjectiveForms, demonymForms, nameForms } from '../../../lib/german/forms';

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
