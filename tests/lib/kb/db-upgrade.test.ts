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
import { capital, japan, microsoft } from './helpers';

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

describe('schema upgrades', () => {
  it('opens a version 2 database with its data intact', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v2', { indexedDB, IDBKeyRange });
    old.version(2).stores(V2);
    await old.table('entities').bulkPut([japan, { ...microsoft, origin: 'user' }]);
    old.close();
    const db = new AppDB('upgrade-v2', { indexedDB, IDBKeyRange });
    expect(await db.entities.where('origin').equals('user').primaryKeys()).toEqual(['Q2283']);
    expect(await db.entities.count()).toBe(2);
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
    expect(await db.entities.count()).toBe(2);
    expect((await db.entities.get('Q2283'))?.origin).toBe('user');
    expect(await db.facts.where('subject').equals('Q17').count()).toBe(1);
    expect(await db.sightings.where('entityId').equals('Q17').count()).toBe(1);
    expect(await db.highlights.where('entityIds').equals('Q17').toArray()).toEqual([highlight]);
    expect(await db.mutes.where('site').equals('handelsblatt.com').count()).toBe(1);
    // The upgrade to version 2 dropped the entities' type index.
    expect([...db.backendDB().transaction('entities').objectStore('entities').indexNames]).toEqual(['origin']);
    db.close();
  });
});
