/**
 * The extension's one database (typed Dexie): the knowledge base (entities, facts) and what the
 * reader made (sightings, highlights, muted names). Only the background opens it: a content script
 * would get the news site's IndexedDB instead, and one owner means one set of caches to keep fresh.
 *
 * Never edit an old `version(n)`: add `version(n + 1)` with an `upgrade()` and a test that opens a
 * database written with the old schema (tests/lib/kb/db-upgrade.test.ts).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Highlight } from './highlights/model';
import type { Entity, Fact } from './kb/types';

/** Where the reader met an entity: one row per entity and page visit. */
export interface Sighting {
  id?: number;
  entityId: string;
  url: string;
  title: string;
  /** Epoch milliseconds. */
  seenAt: number;
  count: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A muted name: never marked on `site` (a host name) or anywhere ('*'). */
export interface MuteRow {
  /** `${site}|${folded name}` */
  id: string;
  site: string;
  name: string;
  createdAt: number;
}

/** Built-in records, packed (kb/store.ts): one row per bucket of ids. */
export interface BuiltinBucket {
  key: number;
  /** JSON: the entities whose id falls in this bucket. */
  entities: string;
  /** JSON: the facts whose subject or object falls in this bucket (a relation is in both ends' buckets). */
  facts: string;
}

export const DB_NAME = 'querverweis';

/** One class for every table: one transaction can span the knowledge base and the reader's data (delete all, restore). */
export class AppDB extends Dexie {
  /** The reader's own entities (added, imported); built-in ones are in `builtin`. */
  entities!: EntityTable<Entity, 'id'>;
  /** The reader's own facts. */
  facts!: EntityTable<Fact, 'id'>;
  /** The built-in entities and facts, packed (kb/store.ts). */
  builtin!: EntityTable<BuiltinBucket, 'key'>;
  sightings!: EntityTable<Sighting, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;
  mutes!: EntityTable<MuteRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Indexes follow the queries, and no more. Facts by either end of a relation, entities by
    // origin, sightings by entity and by page.
    this.version(1).stores({
      entities: 'id, type, origin',
      facts: 'id, subject, object',
      sightings: '++id, entityId, url, seenAt',
      highlights: 'id, url, updatedAt, *entityIds',
      mutes: 'id, site',
      meta: 'key',
    });
    // Entities lose their `type` index: nothing asks by type, and it was a third of the index rows the
    // first fill writes.
    this.version(2).stores({ entities: 'id, origin' });
    // The built-in records move into packed rows (kb/store.ts): a row per record made the first
    // fill take 3–4 s. The old rows go, and the installed version with them, so that the
    // background installs the packed rows at its next start.
    this.version(3)
      .stores({ builtin: 'key' })
      .upgrade(async (tx) => {
        // The reader's own rows are few: kept aside, the tables cleared (deleting the 73 000 built-in
        // rows one by one took 3.3 s in Chromium), and put back.
        const entities = tx.table<Entity, string>('entities');
        const facts = tx.table<Fact, string>('facts');
        const ownEntities = await entities.where('origin').anyOf('user', 'import').toArray();
        // Built-in facts are the ids starting with "b:" (";" follows ":"): only the others are read.
        const ownFacts = [
          ...(await facts.where(':id').below('b:').toArray()),
          ...(await facts.where(':id').aboveOrEqual('b;').toArray()),
        ].filter((f) => f.origin !== 'builtin');
        await entities.clear();
        await facts.clear();
        await entities.bulkAdd(ownEntities);
        await facts.bulkAdd(ownFacts);
        await tx.table('meta').delete('builtinVersion');
      });
  }
}
