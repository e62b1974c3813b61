/**
 * Knowledge-base benchmark, run in Chromium's real IndexedDB: first-install fill time (Dexie, against
 * a bare IndexedDB write of the same records), search latency over the full data (against a naive
 * substring scan), and the database size.
 */
import Dexie from 'dexie';
import { installBuiltin, type BuiltinData } from '../../lib/kb/builtin';
import { AppDB } from '../../lib/db';
import builtin from '../../lib/kb/generated/builtin.json';
import { SearchIndex } from '../../lib/kb/search';
import { allEntities } from '../../lib/kb/store';
import { KbService } from '../../lib/kb/service';

const QUERIES = [
  'Siemens',
  'Deutsche Bank',
  'Turkei',
  'Nestle',
  'toyo',
  'Mitsubishi Corp',
  'Volkswagn',
  'sap',
  'Japan',
  'Chin',
  'Frankreich',
  'Microsft',
  'United States',
  'Vereinigte',
  'bank',
  'Samsung Electronics',
  'tsmc',
  'Rheinmetal',
  'Korea',
  'Allianz',
];
const ROUNDS = 25;
/** The card bench's entities (scripts/bench/card.ts): two countries with thousands of relations, companies. */
const CARD_IDS = ['Q17', 'Q30', 'Q2283', 'Q37156', 'Q53247', 'Q148', 'Q66048', 'slug:rapidus'];

/** The hover card's data: each card asked of a fresh service (nothing cached), then again of a warm one. */
async function cardTimes(db: AppDB): Promise<{ cold: number[]; warm: number[] }> {
  const noMatcher = () => Promise.reject(new Error('this bench does not spot'));
  const cold: number[] = [];
  const warm: number[] = [];
  for (let r = 0; r < 5; r++) {
    const kb = new KbService(db, noMatcher);
    for (const times of [cold, warm]) {
      for (const id of CARD_IDS) {
        const t = performance.now();
        await kb.card(id, CARD_IDS);
        times.push(performance.now() - t);
      }
    }
  }
  return { cold, warm };
}

async function rawFill(data: BuiltinData): Promise<number> {
  const t0 = performance.now();
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('raw-baseline', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('entities', { keyPath: 'id' });
      req.result.createObjectStore('facts', { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['entities', 'facts'], 'readwrite');
    for (const e of data.entities) tx.objectStore('entities').put(e);
    for (const f of data.facts) tx.objectStore('facts').put(f);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return performance.now() - t0;
}

/**
 * A reader's update from database version 2, which held a row per built-in record: the upgrade
 * that deletes those rows, then the packed fill. Paid once, at the update.
 */
async function upgradeFromV2(data: BuiltinData): Promise<{ upgradeMs: number; fillMs: number }> {
  const old = new Dexie('bench-v2');
  old.version(2).stores({
    entities: 'id, origin',
    facts: 'id, subject, object',
    sightings: '++id, entityId, url, seenAt',
    highlights: 'id, url, updatedAt, *entityIds',
    mutes: 'id, site',
    meta: 'key',
  });
  await old.table('entities').bulkPut(data.entities);
  await old.table('facts').bulkPut(data.facts);
  old.close();
  const t0 = performance.now();
  const db = new AppDB('bench-v2');
  await db.open();
  const upgradeMs = performance.now() - t0;
  const t1 = performance.now();
  await installBuiltin(db, data);
  const fillMs = performance.now() - t1;
  db.close();
  return { upgradeMs, fillMs };
}

(window as unknown as { bench(): Promise<unknown> }).bench = async () => {
  const data = builtin as BuiltinData;
  const before = (await navigator.storage.estimate()).usage ?? 0;
  const db = new AppDB('bench');
  // The background parses the shipped file before it fills: part of the first install's time.
  const shipped = JSON.stringify(data);
  const p0 = performance.now();
  JSON.parse(shipped);
  const parseMs = performance.now() - p0;
  const t0 = performance.now();
  await installBuiltin(db, data);
  const fillMs = performance.now() - t0;
  const after = (await navigator.storage.estimate()).usage ?? 0;
  const rawMs = await rawFill(data);

  const t1 = performance.now();
  const everything = await allEntities(db);
  const readAllMs = performance.now() - t1;
  const index = new SearchIndex(everything);
  const indexMs = performance.now() - t1 - readAllMs;
  const a0 = performance.now();
  index.search(QUERIES[0]!, 20);
  const coldMs = performance.now() - a0;
  const times: number[] = [];
  const naive: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const a = performance.now();
      index.search(q, 20);
      times.push(performance.now() - a);
      const b = performance.now();
      const ql = q.toLowerCase();
      data.entities.filter((e) => e.names.some((n) => n.text.toLowerCase().includes(ql))).slice(0, 20);
      naive.push(performance.now() - b);
    }
  }
  const cards = await cardTimes(db);
  const update = await upgradeFromV2(data);
  return {
    cards,
    update,
    entities: data.entities.length,
    facts: data.facts.length,
    parseMs,
    fillMs,
    rawMs,
    readAllMs,
    indexMs,
    coldMs,
    times,
    naive,
    bytes: after - before,
  };
};
