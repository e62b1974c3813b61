/**
 * Installs the built-in data set: packed rows (store.ts), replaced as a whole at an extension update
 * that changed the data; the reader's own records are other tables and stay untouched.
 */
import type { AppDB } from '../db';
import { packBuiltin, packSummaries, SUMMARIES_KEY } from './store';
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

/** Packed rows per write while filling: a progress report every few thousand records. */
const CHUNK = 64;

/** How far a fill is: records written of all records to write. */
export type FillProgress = (done: number, total: number) => void;

/**
 * @param onProgress called after each chunk of rows (the fill is one transaction all the same: a
 *   worker stopped half-way leaves the old rows, never half of the new ones).
 * @returns true when rows were written, false when this version was already installed.
 */
export async function installBuiltin(db: AppDB, data: BuiltinData, onProgress?: FillProgress): Promise<boolean> {
  return db.transaction('rw', db.builtin, db.meta, async () => {
    if (await isInstalled(db, data.version)) return false;
    const rows = packBuiltin(data.entities, data.facts);
    await db.builtin.clear();
    const total = data.entities.length + data.facts.length;
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db.builtin.bulkPut(rows.slice(i, i + CHUNK));
      onProgress?.(Math.round((total * Math.min(i + CHUNK, rows.length)) / rows.length), total);
    }
    await db.meta.put({ key: SUMMARIES_KEY, value: packSummaries(data.entities) });
    await db.meta.put({ key: BUILTIN_VERSION_KEY, value: data.version });
    return true;
  });
}

/** Writes the built-in rows again as shipped ("reset built-in data"); the reader's own rows stay. */
export async function reinstallBuiltin(db: AppDB, data: BuiltinData): Promise<{ entities: number; facts: number }> {
  return db.transaction('rw', db.entities, db.builtin, db.meta, async () => {
    await db.meta.delete(BUILTIN_VERSION_KEY);
    await installBuiltin(db, data);
    // The built-in entities in use: those no own entity stands in for.
    const own = new Set(await db.entities.toCollection().primaryKeys());
    return { entities: data.entities.filter((e) => !own.has(e.id)).length, facts: data.facts.length };
  });
}
