/**
 * Reads of the knowledge base: the reader's own records (tables `entities` and `facts`) over the
 * built-in ones, which are stored packed, a bucket of ids per row (table `builtin`). IndexedDB's cost
 * is per row, not per byte: the 73 000 built-in records took 3.3–3.9 s to write one per row in
 * Chromium, and 0.35–0.4 s packed in a thousand rows, their JSON included. A card still reads one
 * small row, not the whole data set.
 *
 * An own entity stands in for a built-in one with the same id. Own facts never have a built-in
 * fact's id (editing.ts refuses them), so facts of both kinds are simply read together.
 */
import type { Table } from 'dexie';
import type { AppDB, BuiltinBucket } from '../db';
import type { Entity, EntitySummary, Fact } from './types';

/** Rows the built-in records are packed into: about 40 entities and their facts each. */
export const BUCKETS = 1024;

/** The bucket of an id: FNV-1a, stable across versions (the rows are rewritten at every data update anyway). */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** The built-in records in buckets, facts in id order (the order a table of facts would read them in). */
export function packBuiltin(entities: readonly Entity[], facts: readonly Fact[]): BuiltinBucket[] {
  const es = new Map<number, Entity[]>();
  const fs = new Map<number, Fact[]>();
  const add = <T>(m: Map<number, T[]>, key: number, x: T) => {
    const list = m.get(key);
    if (list) list.push(x);
    else m.set(key, [x]);
  };
  for (const e of entities) add(es, bucketOf(e.id), e);
  for (const f of [...facts].sort(byId)) {
    const at = bucketOf(f.subject);
    add(fs, at, f);
    if (f.object !== undefined && bucketOf(f.object) !== at) add(fs, bucketOf(f.object), f);
  }
  return [...new Set([...es.keys(), ...fs.keys()])]
    .sort((a, b) => a - b)
    .map((key) => ({ key, entities: JSON.stringify(es.get(key) ?? []), facts: JSON.stringify(fs.get(key) ?? []) }));
}

/** Where the built-in entities' summaries are kept, all in one row (meta table). */
export const SUMMARIES_KEY = 'builtinSummaries';

type PackedSummary = [id: string, type: Entity['type'], de: string, en: string, flag?: string];

/**
 * The summaries (id, type, label, flag) of all built-in entities as one string: a country's
 * relations name thousands of companies, and their labels must not cost a bucket each.
 */
export function packSummaries(entities: readonly Entity[]): string {
  return JSON.stringify(
    entities.map((e): PackedSummary => (e.flag ? [e.id, e.type, e.label.de, e.label.en, e.flag] : [e.id, e.type, e.label.de, e.label.en])),
  );
}

/** Every built-in entity's summary by id (an own entity with the same id is the caller's to prefer). */
export async function builtinSummaries(db: AppDB): Promise<Map<string, EntitySummary>> {
  const row = await db.meta.get(SUMMARIES_KEY);
  const packed = typeof row?.value === 'string' ? (JSON.parse(row.value) as PackedSummary[]) : [];
  return new Map(
    packed.map(([id, type, de, en, flag]) => [id, flag ? { id, type, label: { de, en }, flag } : { id, type, label: { de, en } }]),
  );
}

/** The tables every read here touches: a transaction that reads the knowledge base names these. */
export const kbTables = (db: AppDB): Table[] => [db.entities, db.facts, db.builtin];

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function bucketRows(db: AppDB, ids: readonly string[]): Promise<Map<number, BuiltinBucket>> {
  const keys = [...new Set(ids.map(bucketOf))];
  const rows = await db.builtin.bulkGet(keys);
  return new Map(rows.flatMap((r) => (r ? [[r.key, r] as const] : [])));
}

/** Built-in entities by id, the reader's own left out. */
async function builtinEntities(db: AppDB, ids: readonly string[]): Promise<Map<string, Entity>> {
  const found = new Map<string, Entity>();
  if (!ids.length) return found;
  const wanted = new Set(ids);
  for (const row of (await bucketRows(db, ids)).values())
    for (const e of JSON.parse(row.entities) as Entity[]) if (wanted.has(e.id)) found.set(e.id, e);
  return found;
}

/** Entities by id, in the order asked (undefined where there is none), the reader's own first. */
export async function getEntities(db: AppDB, ids: readonly string[]): Promise<Array<Entity | undefined>> {
  const own = await db.entities.bulkGet([...ids]);
  const builtin = await builtinEntities(
    db,
    ids.filter((_, i) => !own[i]),
  );
  return ids.map((id, i) => own[i] ?? builtin.get(id));
}

export async function getEntity(db: AppDB, id: string): Promise<Entity | undefined> {
  return (await getEntities(db, [id]))[0];
}

/** Whether `id` is a built-in entity no own entity stands in for. */
export async function isBuiltinEntity(db: AppDB, id: string): Promise<boolean> {
  return (await getEntity(db, id))?.origin === 'builtin';
}

/** Own entities and the built-in ones they do not stand in for, in id order. */
function mergeEntities(own: Entity[], rows: readonly BuiltinBucket[]): Entity[] {
  const shadowed = new Set(own.map((e) => e.id));
  const builtin = rows.flatMap((r) => (JSON.parse(r.entities) as Entity[]).filter((e) => !shadowed.has(e.id)));
  return [...own, ...builtin].sort(byId);
}

/** Own and built-in facts, in id order. */
function mergeFacts(own: Fact[], rows: readonly BuiltinBucket[]): Fact[] {
  // A relation is packed in both its ends' buckets: taken from its subject's only.
  const builtin = rows.flatMap((r) => (JSON.parse(r.facts) as Fact[]).filter((f) => bucketOf(f.subject) === r.key));
  return [...own, ...builtin].sort(byId);
}

/** Every entity, in id order. */
export async function allEntities(db: AppDB): Promise<Entity[]> {
  return mergeEntities(await db.entities.toArray(), await db.builtin.toArray());
}

/** Every fact, in id order. */
export async function allFacts(db: AppDB): Promise<Fact[]> {
  return mergeFacts(await db.facts.toArray(), await db.builtin.toArray());
}

/** Every entity and every fact, the packed rows read once for both. */
export async function allRecords(db: AppDB): Promise<{ entities: Entity[]; facts: Fact[] }> {
  const rows = await db.builtin.toArray();
  return { entities: mergeEntities(await db.entities.toArray(), rows), facts: mergeFacts(await db.facts.toArray(), rows) };
}

/** The built-in facts `keep` takes from the buckets of `ids`, each once (a relation is in two buckets). */
async function builtinFacts(db: AppDB, ids: readonly string[], keep: (f: Fact) => boolean): Promise<Fact[]> {
  const seen = new Set<string>();
  const found: Fact[] = [];
  for (const row of (await bucketRows(db, ids)).values()) {
    for (const f of JSON.parse(row.facts) as Fact[]) {
      if (keep(f) && !seen.has(f.id)) {
        seen.add(f.id);
        found.push(f);
      }
    }
  }
  return found;
}

/** The facts whose subject is one of `ids`, grouped by subject in the order asked, each group in id order. */
export async function factsOfSubjects(db: AppDB, ids: readonly string[]): Promise<Fact[]> {
  const wanted = new Set(ids);
  // One equality query each, which IndexedDB answers with getAll, rather than one anyOf, which walks
  // a cursor record by record (some 5× slower in Chromium).
  const [own, builtin] = await Promise.all([
    Promise.all(ids.map((id) => db.facts.where('subject').equals(id).toArray())),
    builtinFacts(db, ids, (f) => wanted.has(f.subject)),
  ]);
  const bySubject = new Map(ids.map((id, i) => [id, [...own[i]!]]));
  for (const f of builtin) bySubject.get(f.subject)!.push(f);
  return [...bySubject.values()].flatMap((facts) => facts.sort(byId));
}

/** The facts about `id`: those it is the subject of, and the relations that point to it, each in id order. */
export async function factsAbout(db: AppDB, id: string): Promise<{ out: Fact[]; incoming: Fact[] }> {
  const [out, incoming, builtin] = await Promise.all([
    db.facts.where('subject').equals(id).toArray(),
    db.facts.where('object').equals(id).toArray(),
    builtinFacts(db, [id], (f) => f.subject === id || f.object === id),
  ]);
  for (const f of builtin) {
    if (f.subject === id) out.push(f);
    if (f.object === id) incoming.push(f);
  }
  return { out: out.sort(byId), incoming: incoming.sort(byId) };
}

/** Built-in facts by id, each looked for in its subject's bucket (a bucket is read once for all). */
export async function builtinFactsById(db: AppDB, refs: ReadonlyArray<Pick<Fact, 'id' | 'subject'>>): Promise<Map<string, Fact>> {
  const ids = new Set(refs.map((r) => r.id));
  const facts = await builtinFacts(
    db,
    refs.map((r) => r.subject),
    (f) => ids.has(f.id),
  );
  return new Map(facts.map((f) => [f.id, f]));
}
