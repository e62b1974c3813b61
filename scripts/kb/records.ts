/**
 * Turns the hand-curated JSON Lines files (companies, organisations) into entities and
 * facts. Every line is validated; an error names the file, the line and the field.
 */
import type { Entity, EntityName, EntityType } from '../../lib/kb/types';
import { ambiguityOf, FactBuilder, pushName, splitLang } from './shared';

export interface OrgRecord {
  id: string;
  name: string;
  legalName?: string;
  legalForm?: string;
  aliases?: string[];
  acronyms?: string[];
  ambiguous?: string[];
  country?: string;
  city?: string;
  sector?: string;
  founded?: number;
  listings?: string[];
  website?: string;
  parent?: string;
  /** Id of the entity this one became part of or was renamed to (Dresdner Bank → Commerzbank). */
  successor?: string;
  /** Year it ceased to exist under this name (merged, renamed, wound up). */
  dissolved?: number;
  desc?: { de?: string; en?: string };
}

const ID = /^(Q[1-9]\d*|slug:[a-z0-9-]+)$/;
const ORG_FIELDS = new Set([
  'id',
  'name',
  'legalName',
  'legalForm',
  'aliases',
  'acronyms',
  'ambiguous',
  'country',
  'city',
  'sector',
  'founded',
  'listings',
  'website',
  'parent',
  'successor',
  'dissolved',
  'desc',
]);

/** Parses JSON Lines; blank lines are allowed. */
export function parseJsonLines<T>(text: string, file: string): Array<{ line: number; record: T }> {
  const out: Array<{ line: number; record: T }> = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      out.push({ line: i + 1, record: JSON.parse(raw) as T });
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
  return out;
}

/** Checks one organisation or company line; returns the problems found. */
export function validateOrg(r: OrgRecord): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(r)) if (!ORG_FIELDS.has(key)) errors.push(`unknown field "${key}"`);
  if (typeof r.id !== 'string' || !ID.test(r.id)) errors.push(`id: "${r.id}" is neither a QID nor slug:<name>`);
  if (typeof r.name !== 'string' || !r.name.trim()) errors.push('name: missing');
  if (r.country !== undefined && !/^[A-Z]{2}$/.test(r.country)) errors.push(`country: "${r.country}" is not an ISO alpha-2 code`);
  if (r.founded !== undefined && (!Number.isInteger(r.founded) || r.founded < 1000 || r.founded > 2026))
    errors.push(`founded: ${r.founded} is not a plausible year`);
  if (r.successor !== undefined && (typeof r.successor !== 'string' || !ID.test(r.successor)))
    errors.push(`successor: "${r.successor}" is neither a QID nor slug:<name>`);
  if (r.successor !== undefined && r.successor === r.id) errors.push('successor: the record itself');
  if (r.dissolved !== undefined && (!Number.isInteger(r.dissolved) || r.dissolved < 1000 || r.dissolved > 2026))
    errors.push(`dissolved: ${r.dissolved} is not a plausible year`);
  if (r.dissolved !== undefined && r.founded !== undefined && r.dissolved < r.founded)
    errors.push(`dissolved: ${r.dissolved} is before founded ${r.founded}`);
  for (const l of r.listings ?? [])
    if (!/^[A-Z0-9]+:[A-Z0-9.&]+( [A-Z]+)?$/.test(l)) errors.push(`listings: "${l}" is not EXCHANGE:TICKER`);
  if (r.website !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(r.website)) errors.push(`website: "${r.website}" is not a host name`);
  const names = [r.name, ...(r.aliases ?? []).map((a) => splitLang(a).text)];
  for (const a of r.ambiguous ?? []) if (!names.includes(splitLang(a).text)) errors.push(`ambiguous: "${a}" is not one of the names`);
  // "Bayer-Konzern" is "Bayer" and a company word: the mark goes on the name only, and the word is
  // evidence for it (context.ts). As an alias the whole compound would be one unambiguous name.
  for (const n of names) {
    const head = /^(.+)-(Konzern|Gruppe|Chef|Aktie)$/.exec(n)?.[1];
    if (head && names.includes(head)) errors.push(`aliases: "${n}" is "${head}" with a company word; "${head}" covers it`);
  }
  return errors;
}

export function buildOrgs(
  lines: Array<{ line: number; record: OrgRecord }>,
  file: string,
  type: EntityType,
  countryIdOf: (code: string) => string,
  facts: FactBuilder,
): Entity[] {
  return lines.map(({ line, record: r }) => {
    const errors = validateOrg(r);
    if (errors.length) throw new Error(`${file}:${line}: ${errors.join('; ')}`);
    const names: EntityName[] = [];
    pushName(names, { text: r.name, kind: 'canonical', ambiguous: ambiguityOf(r.name, r.ambiguous) });
    for (const entry of r.aliases ?? []) {
      const { text, lang } = splitLang(entry);
      pushName(names, { text, lang, kind: 'alias', ambiguous: ambiguityOf(text, r.ambiguous) });
    }
    for (const a of r.acronyms ?? []) pushName(names, { text: a, kind: 'acronym', matchCase: true });
    if (r.legalName) pushName(names, { text: r.legalName, kind: 'alias' });

    const s = r.id;
    if (r.legalName) facts.value(s, 'legalName', r.legalName);
    if (r.legalForm) facts.value(s, 'legalForm', r.legalForm);
    if (r.country) facts.relation(s, 'headquarteredIn', countryIdOf(r.country));
    if (r.city) facts.value(s, 'city', r.city);
    if (r.sector) facts.value(s, 'sector', r.sector);
    if (r.founded) facts.value(s, 'founded', r.founded);
    for (const l of r.listings ?? []) facts.value(s, 'listing', l);
    if (r.website) facts.value(s, 'website', r.website);
    if (r.parent) facts.relation(s, 'subsidiaryOf', r.parent);
    if (r.successor) facts.relation(s, 'successor', r.successor);
    if (r.dissolved) facts.value(s, 'dissolved', r.dissolved);

    return {
      id: r.id,
      type,
      label: { de: r.name, en: r.name },
      names,
      description: r.desc,
      countryId: r.country ? countryIdOf(r.country) : undefined,
      origin: 'builtin' as const,
    };
  });
}

/**
 * The ids a company line points to (parent, successor) must name built entities, companies or
 * organisations; buildOrgs sees one file at a time, so this runs once all of them are built.
 */
export function checkOrgReferences(entities: readonly Entity[], facts: FactBuilder): void {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const problems: string[] = [];
  for (const f of facts.all()) {
    if ((f.property !== 'successor' && f.property !== 'subsidiaryOf') || f.object === undefined) continue;
    const field = f.property === 'successor' ? 'successor' : 'parent';
    const type = types.get(f.object);
    if (!type) problems.push(`${f.subject}: ${field} "${f.object}" is no entity`);
    else if (type === 'country') problems.push(`${f.subject}: ${field} "${f.object}" is a country`);
  }
  if (problems.length) throw new Error(`company references:\n${problems.join('\n')}`);
}

/** An https address outside the reserved example domains, and not a test fixture's. */
export function isPublicSourceUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname, pathname } = new URL(url);
  return (
    protocol === 'https:' &&
    !/(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|net|org)$/.test(hostname) &&
    // A staging or test copy of a site is not where a reader should be sent.
    !/^(testing|test|staging|stage|uat|dev|drupal-prod|preview)[.-]|[.-](dev|staging|testing|uat)\.[a-z0-9-]+\./.test(hostname) &&
    !/fixture/i.test(pathname)
  );
}
