/**
 * Companies from a Wikidata SPARQL query's JSON results (application/sparql-results+json).
 * The first variable bound to a Wikidata entity is the company; its label and description come
 * from the usual <var>Label, <var>AltLabel and <var>Description variables. Optional variables:
 * countryCode (ISO alpha-2) or countryLabel, website (or officialWebsite), inception, ticker,
 * exchangeLabel, industryLabel, headquartersLabel. Rows for the same item are merged.
 */
import { checkImportSize, Problems, ValidationError } from '../validate';
import type { CompanyRow } from './company-rows';

interface Binding {
  type: string;
  value: string;
  'xml:lang'?: string;
}

const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d*)$/;

/** A query names a handful of variables; more is not a query's result. */
const MAX_VARS = 200;

export function parseWikidataResults(text: string): CompanyRow[] {
  checkImportSize(text);
  let doc: { head?: { vars?: unknown }; results?: { bindings?: unknown } };
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ValidationError([{ where: 'file', field: '', message: `not JSON: ${(e as Error).message}` }]);
  }
  const vars = doc?.head?.vars;
  const bindings = doc?.results?.bindings;
  if (!Array.isArray(vars) || !Array.isArray(bindings)) {
    throw new ValidationError([
      { where: 'file', field: '', message: 'not SPARQL JSON results (head.vars and results.bindings are missing)' },
    ]);
  }
  if (vars.length > MAX_VARS || !vars.every((v) => typeof v === 'string')) {
    throw new ValidationError([{ where: 'head.vars', field: '', message: `must be a list of at most ${MAX_VARS} variable names` }]);
  }
  const itemVar = (vars as string[]).find((v) =>
    (bindings as Array<Record<string, Binding>>).some(
      (b) => ENTITY_URI.test(b[v]?.value ?? '') && !/label|country|exchange|industry|headquarters/i.test(v),
    ),
  );
  if (!itemVar) throw new ValidationError([{ where: 'head.vars', field: '', message: 'no variable is bound to a Wikidata item' }]);

  const problems = new Problems();
  const rows = new Map<string, CompanyRow>();
  (bindings as Array<Record<string, Binding>>).forEach((b, i) => {
    const where = `bindings[${i}]`;
    const qid = ENTITY_URI.exec(b[itemVar]?.value ?? '')?.[1];
    if (!qid) return void problems.push({ where, field: itemVar, message: 'is not a Wikidata item' });
    const get = (...names: string[]) => names.map((n) => b[n]?.value).find((v) => v !== undefined && v !== '');
    const row = rows.get(qid) ?? { where, id: qid, name: '', aliases: [], listings: [], description: {} };
    const label = b[`${itemVar}Label`];
    // The label service falls back to the QID itself when there is no label.
    if (label && label.value !== qid) row.name ||= label.value;
    for (const alt of (get(`${itemVar}AltLabel`) ?? '').split(', ').filter(Boolean)) if (!row.aliases.includes(alt)) row.aliases.push(alt);
    const desc = b[`${itemVar}Description`];
    if (desc) row.description[desc['xml:lang'] === 'de' ? 'de' : 'en'] ??= desc.value;
    row.country ??= get('countryCode', 'isoCode', 'countryLabel');
    row.website ??= get('website', 'officialWebsite');
    row.city ??= get('headquartersLabel', 'hqLabel', 'cityLabel');
    row.sector ??= get('industryLabel', 'sectorLabel');
    const inception = get('inception');
    if (inception && row.founded === undefined) {
      const year = /^(\d{4})-/.exec(inception)?.[1];
      row.founded = year ? Number(year) : Number.NaN;
    }
    const ticker = get('ticker');
    if (ticker) {
      const listing = `${get('exchangeLabel') ?? ''}${get('exchangeLabel') ? ':' : ''}${ticker}`;
      if (!row.listings.includes(listing)) row.listings.push(listing);
    }
    if (!row.name) row.name = '';
    rows.set(qid, row);
  });
  for (const row of rows.values())
    if (!row.name) problems.push({ where: row.where, field: `${itemVar}Label`, message: `${row.id} has no label` });
  problems.check();
  return [...rows.values()];
}
