/**
 * Schema upgrades: each released schema version has a sample written with that version's raw
 * IndexedDB layout; opening it with today's AppDB must keep every record. Add a case for each new
 * version(n) in lib/db.ts.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../lib/db';
import { sampleHighlight } from '../highlights/sample';
import { installBuiltin, isInstalled } from '../../../lib/kb/builtin';
import { allEntities, getEntity } from '../../../lib/kb/store';
import { capital, japan, microsoft, storedFact } from './helpers';

const highlight = sampleHighlight({ entityIds: ['Q17'] });

const V1 = {
  entities: 'id, type, origin',
  facts: 'id, subject, object',
  sightings: '++id, entityId, url, seenAt',
  highlights: 'id, url, updatedAt, *entityIds',
  mutes: 'id, site',
  meta: 'key',
};

const V2 = { ...V1, entities: 'id, origin' };

const V3 = { ...V2, builtin: 'key' };

describe('schema upgrades', () => {
  it('opens a version 3 database with its data intact', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v3', { indexedDB, IDBKeyRange });
    old.version(3).stores(V3);
    await old.table('entities').put({ ...microsoft, origin: 'user' });
    await old.table('builtin').put({ key: 7, entities: JSON.stringify([japan]), facts: '[]' });
    old.close();
    const db = new AppDB('upgrade-v3', { indexedDB, IDBKeyRange });
    expect(await db.entities.count()).toBe(1);
    expect(await db.builtin.get(7)).toMatchObject({ entities: JSON.stringify([japan]) });
    db.close();
  });

  it("moves a version 2 database's built-in rows out, keeps the reader's own, and has the data installed again", async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v2', { indexedDB, IDBKeyRange });
    old.version(2).stores(V2);
    await old.table('entities').bulkPut([japan, { ...microsoft, origin: 'user' }]);
    const own = { id: 'u:1', subject: 'Q17', property: 'note', value: 'mine', origin: 'user' };
    // Planted by an import before imports checked origins: never shipped, so it goes too.
    const planted = { id: 'u:planted', subject: 'Q17', property: 'capital', value: 'Kyoto', origin: 'builtin' };
    // An imported fact's id may sort before the built-in "b:" ones.
    const imported = { id: 'a:1', subject: 'Q17', property: 'note', value: 'imported', origin: 'import' };
    await old.table('facts').bulkPut([capital, own, planted, imported]);
    await old.table('meta').put({ key: 'builtinVersion', value: 'v1' });
    old.close();
    const db = new AppDB('upgrade-v2', { indexedDB, IDBKeyRange });
    expect(await db.entities.toArray()).toEqual([{ ...microsoft, origin: 'user' }]);
    expect(await db.facts.toArray()).toEqual([imported, own]);
    expect(await isInstalled(db, 'v1')).toBe(false);
    await installBuiltin(db, { version: 'v1', entities: [japan, microsoft], facts: [capital] });
    expect((await allEntities(db)).map((e) => [e.id, e.origin])).toEqual([
      ['Q17', 'builtin'],
      ['Q2283', 'user'],
    ]);
    expect(await storedFact(db, capital.id)).toEqual(capital);
    expect(await storedFact(db, planted.id)).toBeUndefined();
    db.close();
  });

  it('opens a version 1 database with its data intact', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v1', { indexedDB, IDBKeyRange });
    old.version(1).stores(V1);
    await old.table('entities').bulkPut([japan, { ...microsoft, origin: 'user' }]);
    await old.table('facts').put(capital);
    await old.table('sightings').add({ entityId: 'Q17', url: 'https://www.handelsblatt.com/a', title: 'A', seenAt: 1, count: 2 });
    await old.table('highlights').put(highlight);
    await old.table('mutes').put({ id: 'handelsblatt.com|linde', site: 'handelsblatt.com', name: 'Linde', createdAt: 1 });
    old.close();

    const db = new AppDB('upgrade-v1', { indexedDB, IDBKeyRange });
    // The built-in rows went with version 3 (the background installs them packed again).
    expect(await db.entities.count()).toBe(1);
    expect((await getEntity(db, 'Q2283'))?.origin).toBe('user');
    expect(await db.facts.count()).toBe(0);
    expect(await db.sightings.where('entityId').equals('Q17').count()).toBe(1);
    expect(await db.highlights.where('entityIds').equals('Q17').toArray()).toEqual([highlight]);
    expect(await db.mutes.where('site').equals('handelsblatt.com').count()).toBe(1);
    // The upgrade to version 2 dropped the entities' type index.
    expect([...db.backendDB().transaction('entities').objectStore('entities').indexNames]).toEqual(['origin']);
    db.close();
  });
});
