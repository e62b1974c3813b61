/**
 * Company rows from a CSV file or a Wikidata query, turned into knowledge-base records. A row whose
 * name or id is already known merges into that entity (its names are kept, the new ones added), so
 * importing the same file twice changes nothing.
 */
import { foldForSearch } from '../search';
import type { Entity, EntityName, Fact, Lang } from '../types';
import { ENTITY_ID, isHttpUrl, Problems, slugId } from '../validate';
import type { KbBundle } from './kb-json';

export interface CompanyRow {
  /** Where the row came from, for messages: "line 4", "bindings[2]". */
  where: string;
  id?: string;
  name: string;
  aliases: string[];
  country?: string;
  sector?: string;
  website?: string;
  city?: string;
  founded?: number;
  listings: string[];
  description: Partial<Record<Lang, string>>;
}

export interface ImportContext {
  /** A country entity id for an ISO code or a German/English country name. */
  countryIdOf(text: string): string | undefined;
  /** The id of an existing entity with this id or name. */
  existingIdOf(name: string): string | undefined;
  existing(id: string): Entity | undefined;
}

/** @throws ValidationError naming each bad row and field; then nothing is imported. */
export function companyRowsToBundle(rows: readonly CompanyRow[], ctx: ImportContext): KbBundle {
  const problems = new Problems();
  const entities = new Map<string, Entity>();
  const facts: Fact[] = [];
  for (const row of rows) {
    const bad = (field: string, message: string) => problems.push({ where: row.where, field, message });
    const name = row.name.trim();
    if (!name || name.length > 200) {
      bad('name', 'must be text of 1 to 200 characters');
      continue;
    }
    if (row.id !== undefined && !ENTITY_ID.test(row.id)) bad('id', `"${row.id}" is not a Wikidata QID`);
    const countryId = row.country ? ctx.countryIdOf(row.country) : undefined;
    if (row.country && !countryId) bad('country', `"${row.country}" is not a known country`);
    if (row.website !== undefined && !isHttpUrl(withScheme(row.website))) bad('website', `"${row.website}" is not a web address`);
    if (row.founded !== undefined && (!Number.isInteger(row.founded) || row.founded < 1000 || row.founded > 2100))
      bad('founded', `"${row.founded}" is not a year`);
    for (const l of row.listings) if (l.length > 40) bad('listings', `"${l}" is too long`);
    for (const a of row.aliases) if (a.length > 200) bad('aliases', 'an alias is longer than 200 characters');

    const id = (row.id && ENTITY_ID.test(row.id) ? row.id : undefined) ?? ctx.existingIdOf(name) ?? slugId('user', name);
    const base = entities.get(id) ?? ctx.existing(id);
    const names: EntityName[] = base ? [...base.names] : [];
    for (const text of [name, ...row.aliases]) {
      if (text && !names.some((n) => n.text === text)) names.push({ text, kind: names.length === 0 ? 'canonical' : 'alias' });
    }
    entities.set(id, {
      id,
      type: base?.type ?? 'company',
      label: base?.label ?? { de: name, en: name },
      names,
      description: { ...base?.description, ...row.description },
      ...(base?.flag ? { flag: base.flag } : {}),
      ...((countryId ?? base?.countryId) ? { countryId: countryId ?? base?.countryId } : {}),
      origin: base?.origin === 'user' ? 'user' : 'import',
    });

    let n = 0;
    const fact = (property: string, value: Pick<Fact, 'value' | 'object'>) =>
      facts.push({ id: `i:${id}:${property}:${n++}`, subject: id, property, ...value, origin: 'import' });
    if (countryId) fact('headquarteredIn', { object: countryId });
    if (row.city) fact('city', { value: row.city });
    if (row.sector) fact('sector', { value: row.sector });
    if (row.founded !== undefined) fact('founded', { value: row.founded });
    for (const l of row.listings) fact('listing', { value: l });
    if (row.website) fact('website', { value: row.website.replace(/^https?:\/\//, '').replace(/\/$/, '') });
  }
  problems.check();
  return { entities: [...entities.values()], facts };
}

function withScheme(site: string): string {
  return /^https?:\/\//.test(site) ? site : `https://${site}`;
}

/** A name index over existing entities, for ImportContext.existingIdOf. */
export function nameIndex(entities: Iterable<Entity>): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) {
    for (const text of [
      e.id,
      e.label.de,
      e.label.en,
      ...e.names.filter((n) => n.kind !== 'adjective' && n.kind !== 'demonym').map((n) => n.text),
    ]) {
      const key = foldForSearch(text);
      if (key && !index.has(key)) index.set(key, e.id);
    }
  }
  return index;
}
