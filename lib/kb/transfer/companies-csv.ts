/**
 * Companies from CSV: a header row, then one company per line. Columns (any order, case-insensitive):
 * name (required), id (a Wikidata QID), aliases, country, sector, website, city, founded, listings,
 * description_de, description_en. Lists (aliases, listings) are separated by ";".
 */
import { CsvError, parseCsv } from '../../csv';
import { checkImportSize, Problems, ValidationError } from '../validate';
import type { CompanyRow } from './company-rows';

const COLUMNS: Record<string, keyof CompanyRow | 'description_de' | 'description_en'> = {
  name: 'name',
  id: 'id',
  qid: 'id',
  wikidata: 'id',
  aliases: 'aliases',
  country: 'country',
  sector: 'sector',
  website: 'website',
  city: 'city',
  founded: 'founded',
  listings: 'listings',
  listing: 'listings',
  ticker: 'listings',
  description_de: 'description_de',
  description_en: 'description_en',
  description: 'description_en',
};

const MAX_ROWS = 50_000;

/** @throws ValidationError for a malformed file, a missing name column or an unknown column. */
export function parseCompaniesCsv(text: string): CompanyRow[] {
  checkImportSize(text);
  let table: string[][];
  try {
    // The header and MAX_ROWS rows, and one more to say that there are too many.
    table = parseCsv(text, MAX_ROWS + 1);
  } catch (e) {
    if (e instanceof CsvError && e.tooManyRows)
      throw new ValidationError([{ where: 'file', field: '', message: `more than ${MAX_ROWS} rows` }]);
    if (e instanceof CsvError)
      throw new ValidationError([{ where: `line ${e.line}`, field: '', message: e.message.replace(/^line \d+: /, '') }]);
    throw e;
  }
  const [header, ...body] = table;
  if (!header) throw new ValidationError([{ where: 'line 1', field: '', message: 'the file is empty' }]);
  const fields = header.map((h) => (Object.hasOwn(COLUMNS, h.trim().toLowerCase()) ? COLUMNS[h.trim().toLowerCase()] : undefined));
  const problems = new Problems();
  header.forEach(
    (h, i) =>
      fields[i] ||
      problems.push({ where: 'line 1', field: h.slice(0, 100), message: `unknown column (known: ${Object.keys(COLUMNS).join(', ')})` }),
  );
  if (!fields.includes('name')) problems.push({ where: 'line 1', field: 'name', message: 'a "name" column is required' });
  problems.check();

  const rows: CompanyRow[] = [];
  body.forEach((cells, i) => {
    const where = `line ${i + 2}`;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push({ where, field: '', message: `has ${cells.length} fields, the header has ${header.length}` });
      return;
    }
    const row: CompanyRow = { where, name: '', aliases: [], listings: [], description: {} };
    cells.forEach((raw, c) => {
      const v = raw.trim();
      if (!v) return;
      switch (fields[c]) {
        case 'name':
          row.name = v;
          break;
        case 'id':
          row.id = v;
          break;
        case 'aliases':
          row.aliases = splitList(v);
          break;
        case 'listings':
          row.listings = splitList(v);
          break;
        case 'founded':
          row.founded = /^\d{1,4}$/.test(v) ? Number(v) : Number.NaN;
          break;
        case 'description_de':
          row.description.de = v;
          break;
        case 'description_en':
          row.description.en = v;
          break;
        case 'country':
          row.country = v;
          break;
        case 'sector':
          row.sector = v;
          break;
        case 'website':
          row.website = v;
          break;
        case 'city':
          row.city = v;
          break;
      }
    });
    if (!row.name) problems.push({ where, field: 'name', message: 'is empty' });
    rows.push(row);
  });
  problems.check();
  return rows;
}

function splitList(v: string): string[] {
  return v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
