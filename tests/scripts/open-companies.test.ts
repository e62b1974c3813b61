/**
 * The company generator on a small set of extracts (scripts/kb/open-companies.ts): hand-written
 * records win, duplicates merge by ISIN, website, listing and QID, ids are stable, and names that
 * are words are not marked alone for small companies.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/kb/types';
import { buildOpenCompanies, homeListing, type OpenCompanyResult } from '../../scripts/kb/open-companies';
import { FactBuilder } from '../../scripts/kb/shared';

const COUNTRIES: Record<string, string> = { DE: 'Q183', KR: 'Q884', US: 'Q30', IN: 'Q668', GB: 'Q145', HU: 'Q28', CN: 'Q148' };
const tsv = (head: string, rows: string[][]) => `${[head, ...rows.map((r) => r.join('\t'))].join('\n')}\n`;

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'open-companies-'));
  for (const d of ['financedatabase', 'sp500', 'index-constituents', 'nsi-wikidata', 'gleif-elf']) mkdirSync(join(dir, d));
  const fd = 'symbol\tname\tcountry\tcity\thost\tsector\tindustry\tcap\tisin';
  writeFileSync(
    join(dir, 'financedatabase/companies.tsv'),
    tsv(fd, [
      ['SIE.DE', 'Siemens Aktiengesellschaft', 'DE', 'Munich', 'siemens.com', 'Industrials', 'Machinery', 'Large', 'DE0007236101'],
      ['SIEMENS.NS', 'Siemens Aktiengesellschaft', 'IN', 'Mumbai', 'siemens.co.in', 'Industrials', 'Machinery', 'Mid', 'DE0007236101'],
      [
        '005930.KS',
        'Samsung Electronics Co., Ltd.',
        'KR',
        'Suwon-si',
        'samsung.com',
        'Information Technology',
        'Electronic Equipment',
        'Mega',
        '',
      ],
      ['000040.KS', 'UNION CORPORATION', 'KR', 'Seoul', 'unioncorp.kr', 'Materials', 'Chemicals', 'Micro', ''],
      ['KTN.DE', 'Kontron AG', 'DE', 'Augsburg', 'kontron.de', 'Information Technology', 'Software', 'Mid', 'AT0000A0E9W5'],
      ['KTN.L', 'Kontron Ltd', 'GB', 'London', 'kontron.co.uk', 'Information Technology', 'Software', 'Mid', ''],
      ['SMSN.L', 'Samsung Electronics Co Ltd', 'KR', 'Suwon', 'samsung.com', 'Information Technology', 'Electronic Equipment', 'Large', ''],
      [
        '600519.SS',
        'Kweichow Moutai Co., Ltd.',
        'CN',
        'Renhuai',
        'moutaichina.com',
        'Consumer Staples',
        'Beverages',
        'Mega',
        'CNE0000018R8',
      ],
    ]),
  );
  writeFileSync(
    join(dir, 'sp500/constituents.tsv'),
    tsv('symbol\tname\tsector\tindustry\theadquarters\tfounded', [
      ['MSFT', 'Microsoft', 'Information Technology', 'Systems Software', 'Redmond, Washington', '1975'],
      ['ZTS', 'Zoetis', 'Health Care', 'Pharmaceuticals', 'Parsippany, New Jersey', '1952'],
    ]),
  );
  writeFileSync(
    join(dir, 'index-constituents/constituents.tsv'),
    tsv('index\tsymbol\tname', [
      ['CSI 300', '600519.SS', ''],
      ['Nasdaq-100', 'MSFT', 'Microsoft'],
    ]),
  );
  writeFileSync(
    join(dir, 'nsi-wikidata/brands-operators.tsv'),
    tsv('qid\tlabel\tdescription\thost\troles\tcountries\tnames', [
      ['Q2283', 'Microsoft', 'American multinational technology corporation', 'microsoft.com', 'operator', '', ''],
      ['Q20718', 'Samsung Electronics', 'South Korean multinational electronics corporation', 'samsung.com', 'brand', 'CN', 'Samsung'],
      ['Q1003020', 'Fornetti', 'Hungarian bakery chain', 'fornetti.hu', 'brand', 'HU', 'fornetti'],
      ['Q999001', 'Kanzler', 'German bakery chain', 'kanzler.de', 'brand', 'DE', ''],
      ['Q999002', 'Kiosk Brand', 'chain of shops', '', 'brand', '', ''],
    ]),
  );
  writeFileSync(
    join(dir, 'nsi-wikidata/financedatabase-wikidata.tsv'),
    tsv('symbol\tqid\tlabel', [['005930.KS', 'Q20718', 'Samsung Electronics']]),
  );
  copyFileSync(resolve('data/open/gleif-elf/legal-forms.tsv'), join(dir, 'gleif-elf/legal-forms.tsv'));
  return dir;
}

const country = (code: string, name: string): Entity => ({
  id: COUNTRIES[code]!,
  type: 'country',
  label: { de: name, en: name },
  names: [{ text: name, kind: 'canonical' }],
  origin: 'builtin',
});

let result: OpenCompanyResult;
let facts: FactBuilder;
let byLabel: Map<string, Entity>;
const factsOf = (id: string, property: string) =>
  facts
    .all()
    .filter((f) => f.subject === id && f.property === property)
    .map((f) => f.value ?? f.object);

beforeAll(() => {
  facts = new FactBuilder();
  const hand: Entity[] = [
    {
      id: 'Q81230',
      type: 'company',
      label: { de: 'Siemens', en: 'Siemens' },
      names: [{ text: 'Siemens', kind: 'canonical' }],
      countryId: 'Q183',
      origin: 'builtin',
      description: { de: 'Technologiekonzern', en: 'Technology group' },
    },
    {
      id: 'slug:microsoft',
      type: 'company',
      label: { de: 'Microsoft', en: 'Microsoft' },
      names: [{ text: 'Microsoft', kind: 'canonical' }],
      countryId: 'Q30',
      origin: 'builtin',
    },
  ];
  facts.value('Q81230', 'website', 'siemens.com');
  facts.value('slug:microsoft', 'listing', 'NASDAQ:MSFT');
  facts.value('slug:microsoft', 'website', 'microsoft.com');
  const existing = [
    country('DE', 'Deutschland'),
    country('KR', 'Südkorea'),
    country('US', 'USA'),
    country('IN', 'Indien'),
    country('GB', 'Vereinigtes Königreich'),
    country('HU', 'Ungarn'),
    country('CN', 'China'),
    ...hand,
  ];
  result = buildOpenCompanies({ dataDir: fixture(), existing, facts, countryIdOf: (code) => COUNTRIES[code] });
  byLabel = new Map(result.entities.map((e) => [e.label.en, e]));
});

describe('generated companies', () => {
  it('drops the ones that are hand-written records and adds only the facts they lack', () => {
    const labels = result.entities.map((e) => e.label.en);
    expect(labels.filter((l) => /Siemens|Microsoft/.test(l))).toEqual([]);
    expect(factsOf('Q81230', 'isin')).toEqual(['DE0007236101']);
    expect(factsOf('Q81230', 'industry')).toEqual(['Machinery']);
    expect(factsOf('Q81230', 'website')).toEqual(['siemens.com']);
    // The S&P row merged by listing, the NSI item by website; its index membership added.
    expect(factsOf('slug:microsoft', 'indexMember')).toEqual(['Nasdaq-100', 'S&P 500']);
    expect(result.mergedIntoHandWritten).toBeGreaterThanOrEqual(4);
  });

  it('merges a company listed twice, and the NSI item of the same QID, into one entity with the QID as id', () => {
    const samsung = result.entities.filter((e) => e.label.en === 'Samsung Electronics');
    expect(samsung).toHaveLength(1);
    expect(samsung[0]!.id).toBe('Q20718');
    expect(samsung[0]!.countryId).toBe('Q884');
    expect(factsOf('Q20718', 'listing')).toEqual(['KRX:005930']);
    expect(samsung[0]!.names.map((n) => n.text)).toContain('Samsung');
  });

  it('gives slug ids with the country, the same on every build', () => {
    expect(byLabel.get('Kweichow Moutai')!.id).toBe('slug:kweichow-moutai-cn');
    expect(byLabel.get('Zoetis')!.id).toBe('slug:zoetis-us');
    for (const e of result.entities) expect(e.id).toMatch(/^(Q[1-9]\d*|slug:[a-z0-9-]+)$/);
    const again = buildOpenCompanies({
      dataDir: fixture(),
      existing: [
        country('DE', 'Deutschland'),
        country('KR', 'Südkorea'),
        country('US', 'USA'),
        country('CN', 'China'),
        country('GB', 'Vereinigtes Königreich'),
        country('HU', 'Ungarn'),
        country('IN', 'Indien'),
      ],
      facts: new FactBuilder(),
      countryIdOf: (code) => COUNTRIES[code],
    });
    const idOf = (r: OpenCompanyResult, label: string) => r.entities.find((e) => e.label.en === label)?.id;
    expect(idOf(again, 'Kweichow Moutai')).toBe(idOf(result, 'Kweichow Moutai'));
  });

  it('does not give a micro cap named like a common word that name alone', () => {
    const union = result.entities.find((e) => e.names.some((n) => n.text === 'Union Corporation'))!;
    expect(union.label.en).toBe('Union');
    expect(union.names[0]).toEqual({ text: 'Union', kind: 'canonical', noMatch: true });
    expect(union.names.filter((n) => n.text === 'Union' && !n.noMatch)).toEqual([]);
    expect(union.names.find((n) => n.text === 'Union Corporation')!.noMatch).toBeUndefined();
  });

  it('leaves a name two companies of the same size share to neither', () => {
    const kontron = result.entities.filter((e) => e.names.some((n) => n.text.startsWith('Kontron')));
    expect(kontron).toHaveLength(2);
    for (const e of kontron) expect(e.names.filter((n) => n.text === 'Kontron' && !n.noMatch)).toEqual([]);
    // Each keeps its registered name, which is its own.
    expect(kontron.flatMap((e) => e.names.filter((n) => !n.noMatch).map((n) => n.text)).sort()).toEqual(['Kontron AG', 'Kontron Ltd']);
    expect(kontron.map((e) => e.id).sort()).toEqual(['slug:kontron-de', 'slug:kontron-gb']);
  });

  it('keeps NSI brands with a country and a distinctive name, leaves out the rest', () => {
    expect(byLabel.get('Fornetti')?.id).toBe('Q1003020');
    expect(byLabel.get('Fornetti')?.names.map((n) => n.text)).toEqual(['Fornetti']);
    expect(byLabel.has('Kanzler')).toBe(false);
    expect(byLabel.has('Kiosk Brand')).toBe(false);
  });

  it('writes a home listing only on the home exchange', () => {
    expect(homeListing('SIE.DE', 'DE')).toBe('XETRA:SIE');
    expect(homeListing('MSF.BE', 'US')).toBeUndefined();
    expect(homeListing('0700.HK', 'CN')).toBe('HKEX:0700');
    expect(factsOf(byLabel.get('Zoetis')!.id, 'founded')).toEqual([1952]);
    expect(factsOf(byLabel.get('Kweichow Moutai')!.id, 'indexMember')).toEqual(['CSI 300']);
  });

  it('logs how many names each rule flagged', () => {
    expect(result.log.counts.get('clash → noMatch')).toBeGreaterThanOrEqual(2);
    expect([...result.log.counts.keys()].some((k) => k.startsWith('english-word') || k.startsWith('german-word'))).toBe(true);
  });
});
