/**
 * Rebuilds the compact extracts in data/open/ from the open datasets in ../shared/data (README
 * there): only the rows and columns the knowledge-base generator (scripts/kb/open-companies.ts)
 * reads, as tab-separated text, sorted, so that the same input gives the same bytes.
 *
 *   npx tsx scripts/data/extract-open-data.ts [--check]
 *
 * With --check it writes nothing and fails when a committed extract differs from a fresh one.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../lib/csv';
import { isCompanyDescription } from '../kb/nsi-companies';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = join(ROOT, '../shared/data');
const OUT = join(ROOT, 'data/open');
const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { getAlpha2Code(name: string, lang: string): string | undefined };

/** FinanceDatabase's country names that i18n-iso-countries does not know by that spelling. */
const COUNTRY_CODES: Record<string, string> = {
  'British Virgin Islands': 'VG',
  'Czech Republic': 'CZ',
  Macau: 'MO',
  Macedonia: 'MK',
  'Netherlands Antilles': 'CW',
  Russia: 'RU',
  'South Korea': 'KR',
  Taiwan: 'TW',
  'United Kingdom': 'GB',
  'United States': 'US',
  Vietnam: 'VN',
};

export function countryCode(name: string): string {
  const code = COUNTRY_CODES[name] ?? isoCountries.getAlpha2Code(name, 'en');
  if (!code) throw new Error(`no ISO code for country "${name}"`);
  return code;
}

/** "https://www.Siemens.com/de/" → "siemens.com". */
export function hostOf(url: string): string {
  return url
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\d?\./i, '')
    .toLowerCase();
}

/** One TSV field: no tabs or line breaks inside, surrounding space trimmed. */
const field = (s: string | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();

function tsv(header: string[], rows: string[][]): string {
  const body = rows.map((r) => r.map(field).join('\t'));
  return `${[header.join('\t'), ...body].join('\n')}\n`;
}

function readCsv(path: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(readFileSync(join(SHARED, path), 'utf8'));
  return rows.filter((r) => r.length > 1 || r[0]).map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const byFirst = (a: string[], b: string[]) => {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
};

/** Latin-script text (with digits and punctuation), the only names German and English news use. */
export function isLatin(text: string): boolean {
  return /\p{L}/u.test(text) && !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text);
}

export function extractFinanceDatabase(): string {
  const rows = readCsv('financedatabase/companies_nonus_dedup.csv').map((r) => {
    const cap = r.market_cap!.replace(/ Cap$/, '');
    const country = countryCode(r.country!);
    // The home ISIN: some rows give an American depositary receipt's (US…) for a foreign company.
    const home = (isin: string) => /^[A-Z]{2}[A-Z0-9]{9}\d$/.test(isin) && (country === 'US' || !isin.startsWith('US'));
    const isin = [r.isin!, ...r.isins_seen!.split(';')].find(home) ?? '';
    return [r.symbol!, r.name!, country, r.city!, hostOf(r.website!), r.sector!, r.industry!, cap, isin];
  });
  rows.sort(byFirst);
  return tsv(['symbol', 'name', 'country', 'city', 'host', 'sector', 'industry', 'cap', 'isin'], rows);
}

export function extractSp500(): string {
  const rows = readCsv('sp500/constituents.csv').map((r) => [
    r.Symbol!,
    r.Security!,
    r['GICS Sector']!,
    r['GICS Sub-Industry']!,
    r['Headquarters Location']!,
    /^\d{4}/.exec(r.Founded ?? '')?.[0] ?? '',
  ]);
  rows.sort(byFirst);
  return tsv(['symbol', 'name', 'sector', 'industry', 'headquarters', 'founded'], rows);
}

const INDICES: Record<string, string> = {
  dax: 'DAX',
  ftse100: 'FTSE 100',
  ftsemib: 'FTSE MIB',
  hsi: 'Hang Seng',
  csi300: 'CSI 300',
  nasdaq100: 'Nasdaq-100',
  dowjones: 'Dow Jones',
};

export function extractIndexConstituents(): string {
  const rows: string[][] = [];
  for (const [file, index] of Object.entries(INDICES)) {
    for (const r of readCsv(`index-constituents/${file}.csv`)) rows.push([index, r.Symbol!, isLatin(r.Name!) ? r.Name! : '']);
  }
  rows.sort(byFirst);
  return tsv(['index', 'symbol', 'name'], rows);
}

/** Splits a "|" list, keeps the Latin-script entries, each once, in their order. */
const latinList = (s: string | undefined): string[] => [...new Set((s ?? '').split('|').map(field).filter((n) => n && isLatin(n)))];

export function extractNsi(): string {
  const rows: string[][] = [];
  for (const r of readCsv('nsi-wikidata/nsi_brands_operators_wikidata.csv')) {
    // Only the companies (scripts/kb/nsi-companies.ts): no schools, districts, public bodies.
    if (r.dissolved === 'yes' || !isCompanyDescription(r.description_en!)) continue;
    const label = isLatin(r.label_en!) ? r.label_en! : '';
    const names = latinList([r.names, r.names_en, r.names_de].join('|')).filter((n) => n !== label);
    if (!label && names.length === 0) continue;
    // The countries of the item's locationSet ("001" is the world; "us-il.geojson" a region in the US).
    const countries = [...new Set(r.location_include!.split('|').map((c) => /^([a-z]{2})\b/.exec(c)?.[1]?.toUpperCase()).filter((c): c is string => !!c))];
    rows.push([r.qid!, label, r.description_en!, hostOf(r.website!), r.roles!, countries.join('|'), names.join('|')]);
  }
  rows.sort((a, b) => Number(a[0]!.slice(1)) - Number(b[0]!.slice(1)));
  return tsv(['qid', 'label', 'description', 'host', 'roles', 'countries', 'names'], rows);
}

export function extractFdWikidata(): string {
  const rows = readCsv('nsi-wikidata/financedatabase_to_wikidata_by_website.csv').map((r) => [r.symbol!, r.qid!, r.nsi_label!]);
  rows.sort(byFirst);
  return tsv(['symbol', 'qid', 'label'], rows);
}

export function extractLegalForms(): string {
  const rows = new Map<string, string[]>();
  for (const r of readCsv('gleif-elf/elf-code-list-v1.6-2026-02-19.csv')) {
    const cc = r['Country Code (ISO 3166-1)']!;
    if (!cc) continue;
    const abbreviations = [r['Abbreviations Local language'], r['Abbreviations transliterated']]
      .flatMap((a) => (a ?? '').split(';'))
      .map(field)
      .filter(Boolean);
    const row = [cc, field(r['Entity Legal Form name Local name']), field(r['Entity Legal Form name Transliterated name (per ISO 01-140-10)']), [...new Set(abbreviations)].join(';')];
    if (row[2] === row[1]) row[2] = '';
    rows.set(row.join('\t'), row);
  }
  return tsv(['country', 'name', 'transliterated', 'abbreviations'], [...rows.values()].sort(byFirst));
}

interface Extract {
  path: string;
  build: () => string;
  /** Licence files copied beside it, from ../shared/data. */
  licences: Array<[from: string, to: string]>;
}

export const EXTRACTS: Extract[] = [
  { path: 'financedatabase/companies.tsv', build: extractFinanceDatabase, licences: [['financedatabase/LICENSE-MIT.txt', 'financedatabase/LICENSE-MIT.txt']] },
  { path: 'sp500/constituents.tsv', build: extractSp500, licences: [] },
  { path: 'index-constituents/constituents.tsv', build: extractIndexConstituents, licences: [['index-constituents/LICENSE-Apache-2.0.txt', 'index-constituents/LICENSE-Apache-2.0.txt']] },
  { path: 'nsi-wikidata/brands-operators.tsv', build: extractNsi, licences: [['nsi-wikidata/LICENSE-BSD-3-Clause.md', 'nsi-wikidata/LICENSE-BSD-3-Clause.md']] },
  { path: 'nsi-wikidata/financedatabase-wikidata.tsv', build: extractFdWikidata, licences: [] },
  { path: 'gleif-elf/legal-forms.tsv', build: extractLegalForms, licences: [] },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(SHARED)) throw new Error(`${SHARED} is not there: the extracts are made from the shared open datasets`);
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const x of EXTRACTS) {
    const text = x.build();
    const target = join(OUT, x.path);
    if (check) {
      if (!existsSync(target) || readFileSync(target, 'utf8') !== text) stale.push(x.path);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    for (const [from, to] of x.licences) copyFileSync(join(SHARED, from), join(OUT, to));
    console.log(`data/open/${x.path}: ${text.split('\n').length - 2} rows, ${(text.length / 1024).toFixed(0)} KiB`);
  }
  if (stale.length) {
    console.error(`extracts differ from ../shared/data: ${stale.join(', ')} (run npm run data:extract)`);
    process.exit(1);
  }
}
