/**
 * Installs the built-in data set. The first install fills the database in one transaction; an
 * extension update replaces every built-in row and leaves what the reader added untouched.
 */
import type { Table } from 'dexie';
import type { AppDB } from '../db';
import type { Entity, Fact } from './types';

export interface BuiltinData {
  /** Content hash of the data set, so an unchanged update costs nothing. */
  version: string;
  entities: Entity[];
  facts: Fact[];
}

const BUILTIN_VERSION_KEY = 'builtinVersion';
/** Built-in facts, and only they, have ids starting with this (see scripts/kb/shared.ts). */
export const BUILTIN_FACT_PREFIX = 'b:';

/** Whether this version of the built-in data is installed (then its file need not even be read). */
export async function isInstalled(db: AppDB, version: string): Promise<boolean> {
  return (await db.meta.get(BUILTIN_VERSION_KEY))?.value === version;
}

/** Rows per write while filling: small enough to report progress often, large enough to cost nothing. */
const CHUNK = 5000;

/** How far a fill is: rows written of all rows to write. */
export type FillProgress = (done: number, total: number) => void;

/**
 * @param onProgress called after each chunk of rows (the fill is one transaction all the same: a
 *   worker stopped half-way leaves the old rows, never half of the new ones).
 * @returns true when rows were written, false when this version was already installed.
 */
export async function installBuiltin(db: AppDB, data: BuiltinData, onProgress?: FillProgress): Promise<boolean> {
  return db.transaction('rw', db.entities, db.facts, db.meta, async () => {
    if (await isInstalled(db, data.version)) return false;
    await db.entities.where('origin').equals('builtin').delete();
    await db.facts.where(':id').startsWith(BUILTIN_FACT_PREFIX).delete();
    // A fact marked built-in without the prefix was never shipped (older imports let a file plant one).
    await db.facts.filter((f) => f.origin === 'builtin').delete();
    // A reader's own entity wins over a built-in one with the same id.
    const own = new Set(await db.entities.where('origin').anyOf('user', 'import').primaryKeys());
    const entities = data.entities.filter((e) => !own.has(e.id));
    const total = entities.length + data.facts.length;
    let done = 0;
    const report = (n: number) => onProgress?.((done += n), total);
    await putInChunks(db.entities, entities, report);
    await putInChunks(db.facts, data.facts, report);
    await db.meta.put({ key: BUILTIN_VERSION_KEY, value: data.version });
    return true;
  });
}

async function putInChunks<T>(table: Table<T>, rows: readonly T[], report: (n: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await table.bulkPut(chunk);
    report(chunk.length);
  }
}

/** Writes the built-in rows again as shipped ("reset built-in data"); the reader's own rows stay. */
export async function reinstallBuiltin(db: AppDB, data: BuiltinData): Promise<{ entities: number; facts: number }> {
  return db.transaction('rw', db.entities, db.facts, db.meta, async () => {
    await db.meta.delete(BUILTIN_VERSION_KEY);
    await installBuiltin(db, data);
    return { entities: await db.entities.where('origin').equals('builtin').count(), facts: data.facts.length };
  });
}
