/**
 * Company names as the news writes them (scripts/kb/company-names.ts): each rule has a case that
 * fails when the rule is taken out.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveNames, legalFormList, slugify, squash, stripLegalForm, stripNoise, undoCapitals } from '../../scripts/kb/company-names';

const gleifRows = readFileSync(resolve('data/open/gleif-elf/legal-forms.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const common = new Set(['trust', 'bank', 'foundation', 'general', 'union']);
const list = legalFormList(gleifRows, (w) => common.has(w));
const englishOnly = legalFormList([]);
const forms = (name: string, distinctive?: (t: string) => boolean) => deriveNames(name, list, distinctive).forms;

describe('legal forms', () => {
  it('strips the GLEIF forms, as registered or abbreviated', () => {
    expect(forms('Siemens Aktiengesellschaft')).toEqual(['Siemens']);
    // Only the GLEIF list has the Polish, Czech and Portuguese forms.
    expect(forms('Orlen Spółka Akcyjna')).toEqual(['Orlen']);
    expect(deriveNames('Orlen Spółka Akcyjna', englishOnly).forms).toEqual(['Orlen Spółka Akcyjna']);
    expect(forms('ČEZ, a. s.')).toEqual(['ČEZ']);
    expect(forms('Banco Comercial Português, S.A.')).toEqual(['Banco Comercial Português']);
    expect(forms('Henkel AG & Co. KGaA')).toEqual(['Henkel']);
  });

  it('strips the English renderings the GLEIF list lacks, with or without punctuation', () => {
    for (const name of [
      'Samsung Electronics Co Ltd',
      'Samsung Electronics Co., Ltd.',
      'Samsung Electronics Co.,Ltd.',
      'SAMSUNG ELECTRONICS CO.,LTD',
    ]) {
      expect(forms(name), name).toEqual(['Samsung Electronics']);
    }
    expect(deriveNames('Samsung Electronics Co., Ltd.', englishOnly).forms).toEqual(['Samsung Electronics']);
    expect(forms('Sony K.K.')).toEqual(['Sony']);
    expect(forms('Eni S.p.A.')).toEqual(['Eni']);
    expect(forms('Koninklijke Philips N.V.')).toEqual(['Koninklijke Philips']);
    expect(forms('Barclays PLC')).toEqual(['Barclays']);
    expect(stripLegalForm('Samsung Electronics Co., Ltd.', list).legalForm).toBe('Co., Ltd.');
  });

  it('strips a legal form before the name, and "The"', () => {
    expect(forms('PT Astra International Tbk')[0]).toBe('Astra International');
    expect(forms('PJSC Gazprom')).toEqual(['Gazprom']);
    expect(forms('The Goldman Sachs Group, Inc.')).toContain('Goldman Sachs');
  });

  it('keeps what is the name: "& Co.", a GLEIF form that is a word of the name', () => {
    expect(forms('Mitsui & Co., Ltd.')).toEqual(['Mitsui & Co.']);
    expect(forms('Deutsche Bank Aktiengesellschaft')).toEqual(['Deutsche Bank']);
    expect(forms('Northern Trust Corporation')).toEqual(['Northern Trust']);
    expect(forms('ABB Ltd')).toEqual(['ABB']);
    expect(forms('Inc.')).toEqual(['Inc.']);
  });
});

describe('capitals', () => {
  it('undoes a name in capitals, except the words that read as letters', () => {
    expect(undoCapitals('MITSUBISHI CORP.')).toBe('Mitsubishi Corp.');
    expect(deriveNames('MITSUBISHI CORP.', list)).toEqual({ forms: ['Mitsubishi'], legalName: 'Mitsubishi Corp.', legalForm: 'Corp.' });
    expect(undoCapitals('SONY GROUP CORP')).toBe('Sony Group Corp');
    expect(undoCapitals('BASF SE')).toBe('BASF SE');
    expect(undoCapitals('HUGO BOSS AG')).toBe('Hugo Boss AG');
    expect(undoCapitals('KWS SAAT SE & Co KGaA')).toBe('KWS Saat SE & Co KGaA');
  });

  it('in a mixed name undoes only long runs of capitals ("YUNDA Holding"), not LVMH or ASML', () => {
    expect(undoCapitals('YUNDA Holding Co., Ltd.')).toBe('Yunda Holding Co., Ltd.');
    expect(undoCapitals('LVMH Moët Hennessy')).toBe('LVMH Moët Hennessy');
    expect(undoCapitals('ASML Holding N.V.')).toBe('ASML Holding N.V.');
  });
});

describe('share classes and noise', () => {
  it('drops share classes, receipts and preference shares', () => {
    expect(stripNoise('Alphabet Inc. Class A')).toBe('Alphabet Inc.');
    expect(stripNoise('Volkswagen AG Vz')).toBe('Volkswagen AG');
    expect(stripNoise('Toyota Motor Corp ADR')).toBe('Toyota Motor Corp');
    expect(stripNoise('Porsche Automobil Holding SE Pref')).toBe('Porsche Automobil Holding SE');
    expect(stripNoise('Alcoa Corp. O.N.')).toBe('Alcoa Corp.');
    expect(forms('Volvo AB (publ) B')).toEqual(['Volvo']);
  });

  it('drops parentheses', () => {
    expect(forms('Shenzhen Zhenye (Group) Co.,Ltd.')).toEqual(['Shenzhen Zhenye']);
    expect(forms('Delta Electronics (Thailand) Public Company Limited')).toEqual(['Delta Electronics']);
  });
});

describe('shorter names', () => {
  it('drops a trailing group word where what is left is distinctive', () => {
    expect(forms('Tencent Holdings Limited')).toEqual(['Tencent Holdings', 'Tencent']);
    expect(forms('Alibaba Group Holding Limited')).toEqual(['Alibaba Group Holding', 'Alibaba Group', 'Alibaba']);
    expect(forms('Infineon Technologies AG')).toEqual(['Infineon Technologies', 'Infineon']);
    expect(forms('Toyota Motor Corporation')).toEqual(['Toyota Motor', 'Toyota']);
    expect(forms('Semperit Aktiengesellschaft Holding')).toEqual(['Semperit Aktiengesellschaft Holding', 'Semperit']);
  });

  it('keeps the longer name where the shorter one is not distinctive', () => {
    const notGeneral = (t: string) => t !== 'General';
    expect(forms('General Holdings Ltd', notGeneral)).toEqual(['General Holdings']);
    expect(forms('Bank of China Group', () => true)).toEqual(['Bank of China Group', 'Bank of China']);
  });
});

describe('slugs', () => {
  it('are lower-case Latin letters, digits and hyphens', () => {
    expect(slugify('Samsung Electronics')).toBe('samsung-electronics');
    expect(slugify('Société Générale')).toBe('societe-generale');
    expect(slugify('Procter & Gamble')).toBe('procter-and-gamble');
    expect(slugify('Straße')).toBe('strasse');
    expect(squash('S. p. A.')).toBe(squash('S.p.A'));
  });
});
