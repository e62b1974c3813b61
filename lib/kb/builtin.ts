/**
 * Installs the built-in data set. The first install fills the database in one transaction; an
 * extension update replaces every built-in row and leaves what the reader added untouched.
 */
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

/** @returns true when rows were written, false when this version was already installed. */
export async function installBuiltin(db: AppDB, data: BuiltinData): Promise<boolean> {
  return db.transaction('rw', db.entities, db.facts, db.meta, async () => {
    const installed = await db.meta.get(BUILTIN_VERSION_KEY);
    if (installed?.value === data.version) return false;
    await db.entities.where('origin').equals('builtin').delete();
    await db.facts.where(':id').startsWith(BUILTIN_FACT_PREFIX).delete();
    // A fact marked built-in without the prefix was never shipped (older imports let a file plant one).
    await db.facts.filter((f) => f.origin === 'builtin').delete();
    // A reader's own entity wins over a built-in one with the same id.
    const own = new Set(await db.entities.where('origin').anyOf('user', 'import').primaryKeys());
    await db.entities.bulkPut(data.entities.filter((e) => !own.has(e.id)));
    await db.facts.bulkPut(data.facts);
    await db.meta.put({ key: BUILTIN_VERSION_KEY, value: data.version });
    return true;
  });
}

/** Writes the built-in rows again as shipped ("reset built-in data"); the reader's own rows stay. */
export async function reinstallBuiltin(db: AppDB, data: BuiltinData): Promise<{ entities: number; facts: number }> {
  return db.transaction('rw', db.entities, db.facts, db.meta, async () => {
    await db.meta.delete(BUILTIN_VERSION_KEY);
    await installBuiltin(db, data);
    return { entities: await db.entities.where('origin').equals('builtin').count(), facts: data.facts.length };
  });
}
