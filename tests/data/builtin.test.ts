/**
 * The generated built-in data: coverage, names, and cross-checks of the hand-curated companies
 * against the open datasets in ../shared/data (skipped where that folder is absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { parseCsv } from '../../lib/csv';
import { foldKey } from '../../lib/matcher/chars';
import type { BuiltinData } from '../../lib/kb/builtin';
import type { Entity, Fact } from '../../lib/kb/types';
import { buildBuiltin } from '../../scripts/build-kb';

const SHARED = resolve('../shared/data');
const hasShared = existsSync(SHARED);

let data: BuiltinData;
let byId: Map<string, Entity>;
/** The ids of the hand-written company records (data/companies/*.jsonl); the rest are generated from data/open/. */
const handIds = new Set(
  readdirSync(resolve('data/companies'))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(resolve('data/companies', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { id: string }).id)),
);
const factsOf = (id: string, property: string): Fact[] => data.facts.filter((f) => f.subject === id && f.property === property);

beforeAll(() => {
  data = buildBuiltin();
  byId = new Map(data.entities.map((e) => [e.id, e]));
});

describe('countries', () => {
  it('covers every UN member and observer, Taiwan, Kosovo and the EU', () => {
    const list = data.entities.filter((e) => e.type === 'country');
    expect(list.length).toBe(193 + 2 + 2 + 1);
    for (const label of ['Taiwan', 'Kosovo', 'Palästina', 'Vatikanstadt', 'Europäische Union']) {
      expect(list.some((e) => e.label.de === label || e.names.some((n) => n.text === label)), label).toBe(true);
    }
  });

  it('gives every country German and English names, a flag and facts', () => {
    for (const e of data.entities.filter((x) => x.type === 'country' && x.id !== 'Q458')) {
      expect(e.label.de && e.label.en, e.id).toBeTruthy();
      expect(e.flag, e.id).toBeTruthy();
      expect(factsOf(e.id, 'capital').length, `${e.label.en} capital`).toBeGreaterThan(0);
      expect(factsOf(e.id, 'population').length, `${e.label.en} population`).toBe(1);
    }
  });

  it('has the aliases and forms news uses', () => {
    const names = (id: string) => new Set(byId.get(id)!.names.map((n) => n.text));
    expect(names('Q30')).toEqual(expect.objectContaining({}));
    for (const n of ['USA', 'US', 'U.S.', 'Amerika', 'Vereinigte Staaten', 'US-amerikanische', 'amerikanischen']) expect(names('Q30').has(n), n).toBe(true);
    for (const n of ['Großbritannien', 'UK', 'Vereinigtes Königreich', 'britische']) expect(names('Q145').has(n), n).toBe(true);
    for (const n of ['Türkei', 'Türkiye', 'Turkey']) expect(names('Q43').has(n), n).toBe(true);
    for (const n of ['Niederlande', 'Holland']) expect(names('Q55').has(n), n).toBe(true);
    for (const n of ['Südkorea', 'Korea']) expect(names('Q884').has(n), n).toBe(true);
    expect(names('Q213').has('Tschechien')).toBe(true);
    expect(names('Q17').has('japanischem')).toBe(true);
  });

  it('fixes the known errors of the npm packages', () => {
    const all = data.entities.filter((e) => e.type === 'country').flatMap((e) => e.names.map((n) => n.text));
    expect(all).not.toContain('Swasiland');
    expect(all).not.toContain('Kongo');
    expect(all.filter((t) => t.includes(', '))).toEqual([]);
    expect(byId.get('Q17')!.names.some((n) => n.text === 'Vereinigte Arabische Emirate' && n.kind === 'adjective')).toBe(false);
    const capitalDe = (id: string) => factsOf(id, 'capital')[0]?.valueText?.de;
    expect(capitalDe('Q17')).toBe('Tokio');
    expect(capitalDe('Q148')).toBe('Peking');
    expect(factsOf('Q30', 'area')[0]?.value).toBe(9833520);
  });

  it('stores a border once and memberships as relations', () => {
    const borders = data.facts.filter((f) => f.property === 'borders');
    const pairs = new Set(borders.map((f) => [f.subject, f.object].sort().join('|')));
    expect(pairs.size).toBe(borders.length);
    expect(data.facts.some((f) => f.subject === 'Q183' && f.property === 'memberOf' && f.object === 'Q458')).toBe(true);
  });
});

describe('sectors and industries', () => {
  it('read in German on German pages: every one has its German name', () => {
    const labelled = data.facts.filter((f) => f.property === 'sector' || f.property === 'industry');
    expect(labelled.length).toBeGreaterThan(5000);
    expect(labelled.filter((f) => !f.valueText?.de || f.valueText.en !== f.value).map((f) => f.value)).toEqual([]);
    expect(factsOf('Q81230', 'sector')[0]?.valueText).toEqual({ de: 'Industrietechnik', en: 'Industrial technology' });
  });
});

describe('companies', () => {
  const companies = () => data.entities.filter((e) => e.type === 'company');
  const handWritten = () => companies().filter((e) => handIds.has(e.id));
  const generated = () => companies().filter((e) => !handIds.has(e.id));

  it('has at least 600 hand-written, each with headquarters country, sector and a description in both languages', () => {
    expect(handWritten().length).toBeGreaterThanOrEqual(600);
    for (const c of handWritten()) {
      expect(c.description?.de && c.description.en, c.id).toBeTruthy();
      expect(factsOf(c.id, 'sector').length, `${c.label.en} sector`).toBe(1);
    }
    expect(handWritten().filter((c) => !c.countryId).map((c) => c.id)).toEqual(['slug:tiktok']);
  });

  it('has at least 30 000 in all, the generated ones with labels in both languages, a country and a name to mark', () => {
    expect(companies().length).toBeGreaterThanOrEqual(30_000);
    expect(generated().length).toBeGreaterThanOrEqual(29_000);
    for (const c of generated()) {
      expect(c.id, c.id).toMatch(/^(Q[1-9]\d*|slug:[a-z0-9-]+)$/);
      expect(c.label.de && c.label.en, c.id).toBeTruthy();
      expect(c.countryId, c.id).toBeTruthy();
      expect(c.names[0]!.text, c.id).toBe(c.label.en);
    }
    // Every generated company has facts, or at least a name that may be marked (a small one needs one).
    const withFacts = new Set(data.facts.map((f) => f.subject));
    expect(generated().filter((c) => !withFacts.has(c.id) && c.names.every((n) => n.noMatch)).length).toBeLessThan(generated().length / 10);
  });

  it('keeps the hand-written records over the generated ones, adding only facts they lack', () => {
    const siemens = byId.get('Q81230')!;
    expect(handIds.has('Q81230')).toBe(true);
    expect(siemens.label.en).toBe('Siemens');
    expect(siemens.description?.de).toBeTruthy();
    expect(factsOf('Q81230', 'isin').map((f) => f.value)).toEqual(['DE0007236101']);
    // FinanceDatabase's "Siemens Aktiengesellschaft" (Munich, and the Indian row with Siemens' ISIN) is no entity of its own.
    const named = (text: string) => companies().filter((c) => c.names.some((n) => n.text === text && !n.noMatch)).map((c) => c.id);
    expect(named('Siemens')).toEqual(['Q81230']);
    expect(named('Siemens Aktiengesellschaft').filter((id) => id !== 'Q81230')).toEqual([]);
    expect(companies().filter((c) => c.label.en === 'Samsung Electronics').length).toBe(1);
    expect(companies().filter((c) => c.label.en === 'Microsoft').length).toBe(1);
  });

  it('names the generated companies as the news writes them', () => {
    const names = (label: string) => generated().find((c) => c.label.en === label)?.names.map((n) => n.text);
    // FinanceDatabase's "DYNAVAX TECHNOLOGIES CORPORATION" and "YUNDA Holding Co., Ltd." (Q17010677 by its website).
    expect(names('Dynavax')).toEqual(['Dynavax', 'Dynavax Technologies']);
    expect(byId.get('Q17010677')?.label.en).toBe('Yunda');
    // Only where the name without it would be one or two letters ("No.1 Co.,Ltd").
    const withForm = generated().filter((c) => /\b(Co\., ?Ltd\.?|Aktiengesellschaft|Class [A-C]|ADR)$/.test(c.label.en));
    expect(withForm.filter((c) => (c.label.en.replace(/\s*\S*(Co\., ?Ltd\.?|Aktiengesellschaft|Class [A-C]|ADR)$/, '').match(/\p{L}/gu) ?? []).length > 2).map((c) => c.label.en)).toEqual([]);
    // Registered names in capitals are undone (Wikidata's labels, on the QID ids, are taken as written: "DREWAG").
    expect(generated().filter((c) => c.id.startsWith('slug:') && /^\p{Lu}{6,}$/u.test(c.label.en)).map((c) => c.label.en)).toEqual([]);
  });

  it('does not mark a small company named like a common word by that name alone', () => {
    // FinanceDatabase's micro cap "Union Corporation" (Korea): "Union" is no name to mark.
    const union = generated().find((c) => c.names.some((n) => n.text === 'Union Corporation'));
    expect(union).toBeTruthy();
    expect(union!.names.filter((n) => n.text === 'Union' && !n.noMatch)).toEqual([]);
    for (const c of generated()) {
      for (const n of c.names) {
        if (n.noMatch || n.matchCase) continue;
        expect((n.text.match(/\p{L}/gu) ?? []).length, `${c.id} ${n.text}`).toBeGreaterThan(2);
      }
    }
  });

  it('includes the DAX, the five Japanese trading houses and prominent unlisted companies', () => {
    const labels = new Set(companies().flatMap((c) => [c.label.en, ...c.names.map((n) => n.text)]));
    for (const name of ['SAP', 'Siemens', 'Allianz', 'Rheinmetall', 'Itochu', 'Marubeni', 'Mitsubishi Corporation', 'Mitsui & Co.', 'Sumitomo',
      'Bosch', 'Schwarz Gruppe', 'Aldi', 'ZF', 'Huawei', 'Bytedance', 'Rapidus', 'TSMC', 'Samsung Electronics', 'Infosys', 'Novo Nordisk']) {
      expect(labels.has(name), name).toBe(true);
    }
  });

  it('gives no name to two entities unless one of them marks it ambiguous', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of data.entities) {
      for (const n of e.names) {
        if (n.ambiguous || n.noMatch) continue;
        const key = foldKey(n.text);
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
  });
});

describe.skipIf(!hasShared)('cross-checks of the hand-written records against ../shared/data', () => {
  const hostOf = (url: string) => url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '').toLowerCase();
  const readCsv = (path: string) => parseCsv(readFileSync(resolve(SHARED, path), 'utf8'));
  const isoOf = (name: string) => (name === 'Hong Kong' || name === 'Macau' ? 'CN' : countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name.replace(/^The /, ''), 'en'));
  const countryCode = (id: string | undefined) => (id ? data.entities.find((e) => e.id === id) : undefined);

  it('headquarters countries agree with FinanceDatabase where the website matches', () => {
    const [head, ...rows] = readCsv('financedatabase/companies_nonus_dedup.csv');
    const col = (name: string) => head!.indexOf(name);
    // Subsidiaries and foreign listings can share the parent's website: any row may confirm.
    const byHost = new Map<string, string[][]>();
    for (const r of rows) {
      const host = hostOf(r[col('website')] ?? '');
      byHost.set(host, [...(byHost.get(host) ?? []), r]);
    }
    const mismatches: string[] = [];
    let compared = 0;
    for (const c of data.entities.filter((e) => e.type === 'company' && handIds.has(e.id))) {
      const site = factsOf(c.id, 'website')[0]?.value as string | undefined;
      const matches = site ? byHost.get(hostOf(site)) : undefined;
      if (!matches) continue;
      const theirs = matches.map((r) => isoOf(r[col('country')]!));
      const ours = countryCode(c.countryId);
      const oursCode = ours ? codeOfCountry(ours) : undefined;
      compared++;
      if (oursCode && !theirs.includes(oursCode)) mismatches.push(`${c.label.en}: ours ${oursCode}, FinanceDatabase ${theirs.join('/')}`);
    }
    expect(compared).toBeGreaterThan(100);
    expect(mismatches).toEqual(ALLOWED_FD_DIFFERENCES);
  });

  it('S&P 500 members are headquartered where the index says', () => {
    const [, ...rows] = readCsv('sp500/constituents.csv');
    const bySymbol = new Map(rows.map((r) => [r[0]!, r]));
    const mismatches: string[] = [];
    let compared = 0;
    for (const c of data.entities.filter((e) => e.type === 'company' && handIds.has(e.id))) {
      for (const l of factsOf(c.id, 'listing')) {
        const [exchange, ticker] = String(l.value).split(':');
        if (exchange !== 'NYSE' && exchange !== 'NASDAQ') continue;
        const row = bySymbol.get(ticker!);
        if (!row) continue;
        compared++;
        const location = row[4]!;
        const inUs = !/,\s*(Ireland|United Kingdom|Switzerland|Netherlands|Bermuda|UK)$/.test(location);
        const ours = codeOfCountry(countryCode(c.countryId)!);
        if ((ours === 'US') !== inUs) mismatches.push(`${c.label.en}: ours ${ours}, S&P ${location}`);
      }
    }
    expect(compared).toBeGreaterThan(60);
    expect(mismatches).toEqual([]);
  });

  it('QIDs agree with the Name Suggestion Index where the website matches', () => {
    const [head, ...rows] = readCsv('nsi-wikidata/nsi_brands_operators_wikidata.csv');
    const col = (name: string) => head!.indexOf(name);
    const byHost = new Map<string, string[]>();
    for (const r of rows) {
      const host = hostOf(r[col('website')] ?? '');
      if (host) byHost.set(host, [...(byHost.get(host) ?? []), r[col('qid')]!]);
    }
    const wrong: string[] = [];
    for (const c of data.entities.filter((e) => e.type === 'company' && /^Q\d+$/.test(e.id))) {
      const site = factsOf(c.id, 'website')[0]?.value as string | undefined;
      const theirs = site ? byHost.get(hostOf(site)) : undefined;
      if (theirs && theirs.length === 1 && theirs[0] !== c.id) wrong.push(`${c.label.en}: ours ${c.id}, NSI ${theirs[0]}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Differences checked by hand, where FinanceDatabase's rows are not the headquarters. */
const ALLOWED_FD_DIFFERENCES: string[] = [
  'Mercadolibre: ours UY, FinanceDatabase AR', // registered head office in Montevideo, operations in Buenos Aires
  'Danone: ours FR, FinanceDatabase US', // only a US over-the-counter row
  'Ferrovial: ours NL, FinanceDatabase ES', // moved its seat to the Netherlands in 2023
  'Spotify: ours SE, FinanceDatabase LU', // Luxembourg holding, headquarters in Stockholm
  'Aptiv: ours CH, FinanceDatabase IE', // moved its seat from Dublin to Schaffhausen early in 2025 (shaz.ch)
  'TE Connectivity: ours IE, FinanceDatabase CH', // moved its seat from Schaffhausen to Galway in 2024 (SEC 8-K12B)
  'LyondellBasell: ours NL, FinanceDatabase US', // seat in Rotterdam (as the S&P 500 list has it), run from Houston
  'Mahle: ours DE, FinanceDatabase BR', // the row is the Brazilian subsidiary MAHLE Metal Leve
  'Krones: ours DE, FinanceDatabase US', // only a US over-the-counter row
];

function codeOfCountry(e: Entity): string | undefined {
  if (e.id === 'Q458') return 'EU';
  const m = /^country:([a-z]{2})$/.exec(e.id);
  if (m) return m[1]!.toUpperCase();
  return countries.getAlpha2Code(e.label.en, 'en') ?? countries.getAlpha2Code(e.label.de, 'de');
}

describe('sources', () => {
  it('ship no made-up article addresses: every source URL is a public https address', async () => {
    const { isPublicSourceUrl } = await import('../../scripts/kb/records');
    const urls = data.facts.map((f) => f.source?.url).filter((u): u is string => !!u);
    expect(urls.filter((u) => !isPublicSourceUrl(u))).toEqual([]);
    expect(isPublicSourceUrl('https://news.example/japan-china-annaeherung')).toBe(false);
    expect(isPublicSourceUrl('https://www.handelsblatt.com/meinung/fixture-usa-japan.html')).toBe(false);
    expect(isPublicSourceUrl('http://www.handelsblatt.com/a.html')).toBe(false);
    expect(isPublicSourceUrl('https://www.worldbank.org/en/home')).toBe(true);
  });
});
