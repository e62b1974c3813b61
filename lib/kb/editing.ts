/**
 * Writes the reader makes: own entities and facts, imports and exports. Every write validates
 * first and then runs in one transaction, so a bad input changes nothing.
 */
import { BUILTIN_FACT_PREFIX } from './builtin';
import type { AppDB } from '../db';
import { foldForSearch } from './search';
import { companyRowsToBundle, nameIndex, type ImportContext } from './transfer/company-rows';
import { parseCompaniesCsv } from './transfer/companies-csv';
import { canonical, parseKb, serializeKb, type KbBundle } from './transfer/kb-json';
import { parseWikidataResults } from './transfer/wikidata';
import type { Entity, EntityName, EntityType, Fact, Lang } from './types';
import { allEntities, allRecords, builtinFactsById, getEntities, getEntity, isBuiltinEntity, kbTables } from './store';
import { slugId, unknownFieldProblems, validateEntity, validateFact, ValidationError, type Problem } from './validate';

/** What the knowledge base's export holds: everything, or only what the reader added. */
export const KB_EXPORT_SCOPES = ['all', 'own'] as const;
export type KbExportScope = (typeof KB_EXPORT_SCOPES)[number];

export const IMPORT_FORMATS = ['kb-json', 'companies-csv', 'wikidata-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportResult {
  entities: number;
  facts: number;
}

export interface NewEntity {
  type: Exclude<EntityType, 'country'>;
  name: string;
  aliases?: string[];
  countryId?: string;
  description?: Partial<Record<Lang, string>>;
}

export type FactInput = Pick<Fact, 'subject' | 'property'> & Partial<Pick<Fact, 'id' | 'value' | 'object' | 'unit' | 'asOf' | 'source'>>;

/** The knowledge base's records: all, or only the reader's own (added and imported), read together. */
export async function readKb(db: AppDB, scope: KbExportScope): Promise<KbBundle> {
  return db.transaction('r', kbTables(db), async () =>
    scope === 'all' ? await allRecords(db) : { entities: await db.entities.toArray(), facts: await db.facts.toArray() },
  );
}

export async function exportKb(db: AppDB, scope: KbExportScope): Promise<string> {
  return serializeKb(await readKb(db, scope));
}

/** Imports a file; throws ValidationError (nothing written) when anything in it is wrong. */
export async function importFile(db: AppDB, format: ImportFormat, text: string): Promise<ImportResult> {
  if (format === 'kb-json') return writeBundle(db, parseKb(text));
  const rows = format === 'companies-csv' ? parseCompaniesCsv(text) : parseWikidataResults(text);
  return db.transaction('rw', kbTables(db), async () => {
    const bundle = companyRowsToBundle(rows, await importContext(db));
    return writeBundle(db, bundle);
  });
}

const NEW_ENTITY_KEYS: ReadonlySet<string> = new Set(['type', 'name', 'aliases', 'countryId', 'description']);
const FACT_INPUT_KEYS: ReadonlySet<string> = new Set(['id', 'subject', 'property', 'value', 'object', 'unit', 'asOf', 'source']);

/** Adds a reader's entity: pages mark it from the next page load on. */
export async function addEntity(db: AppDB, input: NewEntity): Promise<Entity> {
  const unknown = unknownFieldProblems(input as unknown as Record<string, unknown>, NEW_ENTITY_KEYS, 'entity');
  if (input.aliases !== undefined && (!Array.isArray(input.aliases) || !input.aliases.every((a) => typeof a === 'string'))) {
    unknown.push({ where: 'entity', field: 'aliases', message: 'must be a list of names' });
  }
  if (unknown.length) throw new ValidationError(unknown);
  const name = input.name?.trim() ?? '';
  const names: EntityName[] = [{ text: name, kind: 'canonical' }];
  for (const a of input.aliases ?? [])
    if (a.trim() && !names.some((n) => n.text === a.trim())) names.push({ text: a.trim(), kind: 'alias' });
  const entity: Entity = {
    id: slugId('user', name),
    type: input.type,
    label: { de: name, en: name },
    names,
    ...(input.description ? { description: input.description } : {}),
    ...(input.countryId ? { countryId: input.countryId } : {}),
    origin: 'user',
  };
  const problems = validateEntity(entity, 'entity');
  if (input.type !== 'company' && input.type !== 'organisation')
    problems.push({ where: 'entity', field: 'type', message: 'must be company or organisation' });
  if (problems.length) throw new ValidationError(problems);
  return db.transaction('rw', kbTables(db), async () => {
    if (await getEntity(db, entity.id))
      throw new ValidationError([{ where: 'entity', field: 'name', message: `"${name}" exists already` }]);
    if (entity.countryId && !(await getEntity(db, entity.countryId)))
      throw new ValidationError([{ where: 'entity', field: 'countryId', message: 'no such country' }]);
    await db.entities.add(entity);
    return entity;
  });
}

/**
 * Removes a reader's or imported entity and the reader's facts about it; built-in entities stay, and
 * one that the removed entity stood in for is read again (with the reader's facts about it).
 */
export async function deleteEntity(db: AppDB, id: string): Promise<void> {
  await db.transaction('rw', kbTables(db), async () => {
    if (await isBuiltinEntity(db, id))
      throw new ValidationError([{ where: 'entity', field: 'id', message: 'built-in entities cannot be deleted' }]);
    if (!(await db.entities.get(id))) return;
    await db.entities.delete(id);
    // An own entity that stood in for a built-in one gives way to it: the reader's facts about it stay.
    if (await getEntity(db, id)) return;
    await db.facts.where('subject').equals(id).delete();
    await db.facts.where('object').equals(id).delete();
  });
}

/** Adds a reader's fact, or edits one (built-in facts cannot be edited; add your own instead). */
export async function putFact(db: AppDB, input: FactInput): Promise<Fact> {
  const unknown = unknownFieldProblems(input as unknown as Record<string, unknown>, FACT_INPUT_KEYS, 'fact');
  if (unknown.length) throw new ValidationError(unknown);
  const fact: Fact = {
    id: input.id ?? `u:${crypto.randomUUID()}`,
    subject: input.subject,
    property: input.property,
    ...(input.value !== undefined ? { value: input.value } : {}),
    ...(input.object ? { object: input.object } : {}),
    ...(input.unit ? { unit: input.unit } : {}),
    ...(input.asOf ? { asOf: input.asOf } : {}),
    ...(input.source ? { source: input.source } : {}),
    origin: 'user',
  };
  const problems = validateFact(fact, 'fact');
  if (problems.length) throw new ValidationError(problems);
  return db.transaction('rw', kbTables(db), async () => {
    if (input.id?.startsWith(BUILTIN_FACT_PREFIX))
      throw new ValidationError([{ where: 'fact', field: 'id', message: 'built-in facts cannot be edited' }]);
    const old = input.id ? await db.facts.get(input.id) : undefined;
    if (input.id && !old) throw new ValidationError([{ where: 'fact', field: 'id', message: 'no such fact' }]);
    await checkReferences(db, [fact], new Set());
    await db.facts.put(old ? { ...fact, origin: old.origin } : fact);
    return fact;
  });
}

export async function deleteFact(db: AppDB, id: string): Promise<void> {
  if (id.startsWith(BUILTIN_FACT_PREFIX))
    throw new ValidationError([{ where: 'fact', field: 'id', message: 'built-in facts cannot be deleted' }]);
  await db.facts.delete(id);
}

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * What of a bundle an import or restore may write: never a built-in record. The built-in data
 * comes with the extension; a built-in record in the file (an export of everything) that is the
 * same as the stored one is left as it is. Another entity marked built-in becomes an imported one
 * (an own entity may stand in for a built-in one with the same id). A fact with a built-in fact's
 * id is refused; another fact marked built-in becomes an imported one.
 */
async function ownPart(db: AppDB, bundle: KbBundle): Promise<KbBundle> {
  const storedEntities = await getEntities(
    db,
    bundle.entities.map((e) => e.id),
  );
  // Own facts are never built-in: only a built-in id can meet a stored built-in fact.
  const builtin = await builtinFactsById(
    db,
    bundle.facts.filter((f) => f.id.startsWith(BUILTIN_FACT_PREFIX)),
  );
  const storedFacts = bundle.facts.map((f) => builtin.get(f.id));
  const entities: Entity[] = [];
  const facts: Fact[] = [];
  const problems: Problem[] = [];
  bundle.entities.forEach((e, i) => {
    const old = storedEntities[i];
    if (e.origin !== 'builtin') entities.push(e);
    else if (!(old?.origin === 'builtin' && sameRecord(old, e))) entities.push({ ...e, origin: 'import' });
  });
  bundle.facts.forEach((f, i) => {
    const old = storedFacts[i];
    if (f.id.startsWith(BUILTIN_FACT_PREFIX) || old?.origin === 'builtin') {
      if (!(old?.origin === 'builtin' && sameRecord(old, f))) {
        problems.push({
          where: `facts[${i}]`,
          field: 'id',
          message: `"${f.id}" is a built-in fact's id: built-in facts come with the extension and cannot be imported`,
        });
      }
    } else facts.push(f.origin === 'builtin' ? { ...f, origin: 'import' } : f);
  });
  if (problems.length) throw new ValidationError(problems);
  return { entities, facts };
}

/**
 * Writes a checked bundle in one transaction, after checking that every fact's entities exist.
 * Built-in records are never written (see ownPart); the counts are of the records written.
 */
export async function writeBundle(db: AppDB, bundle: KbBundle): Promise<ImportResult> {
  return db.transaction('rw', kbTables(db), async () => {
    const own = await ownPart(db, bundle);
    await checkReferences(db, bundle.facts, new Set(bundle.entities.map((e) => e.id)));
    await db.entities.bulkPut(own.entities);
    await db.facts.bulkPut(own.facts);
    return { entities: own.entities.length, facts: own.facts.length };
  });
}

/** Every fact's subject and object must exist, in the database or in the same import. */
async function checkReferences(db: AppDB, facts: readonly Fact[], incoming: ReadonlySet<string>): Promise<void> {
  const ids = [...new Set(facts.flatMap((f) => (f.object ? [f.subject, f.object] : [f.subject])))].filter((id) => !incoming.has(id));
  const found = await getEntities(db, ids);
  const missing = new Set(ids.filter((_, i) => !found[i]));
  const problems: Problem[] = [];
  facts.forEach((f, i) => {
    if (missing.has(f.subject)) problems.push({ where: `facts[${i}]`, field: 'subject', message: `no entity "${f.subject}"` });
    if (f.object && missing.has(f.object)) problems.push({ where: `facts[${i}]`, field: 'object', message: `no entity "${f.object}"` });
  });
  if (problems.length) throw new ValidationError(problems);
}

async function importContext(db: AppDB): Promise<ImportContext> {
  const all = await allEntities(db);
  const byId = new Map(all.map((e) => [e.id, e]));
  const names = nameIndex(all.filter((e) => e.type !== 'country'));
  const countries = new Map<string, string>();
  // ISO codes are built-in facts of countries: a scan of the country ids is enough.
  const isoFacts = await builtinFactsById(
    db,
    all.filter((e) => e.type === 'country').map((c) => ({ id: `b:${c.id}:isoCode:0`, subject: c.id })),
  );
  for (const f of isoFacts.values()) countries.set(String(f.value).toLowerCase(), f.subject);
  for (const c of all.filter((e) => e.type === 'country')) {
    for (const text of [
      c.label.de,
      c.label.en,
      ...c.names.filter((n) => n.kind !== 'adjective' && n.kind !== 'demonym').map((n) => n.text),
    ]) {
      const key = foldForSearch(text);
      if (key && !countries.has(key)) countries.set(key, c.id);
    }
  }
  return {
    countryIdOf: (text) => countries.get(foldForSearch(text)) ?? (byId.get(text)?.type === 'country' ? text : undefined),
    existingIdOf: (name) => names.get(foldForSearch(name)),
    existing: (id) => byId.get(id),
  };
}
