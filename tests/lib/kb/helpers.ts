/** Test helpers: a fresh in-memory knowledge base per test, and small sample records. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '../../../lib/db';
import { allFacts } from '../../../lib/kb/store';
import type { Entity, Fact } from '../../../lib/kb/types';

/** A fact as the knowledge base reads it, built-in or own. */
export const storedFact = async (db: AppDB, id: string): Promise<Fact | undefined> => (await allFacts(db)).find((f) => f.id === id);

let n = 0;
export function freshDb(): AppDB {
  return new AppDB(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export const japan: Entity = {
  id: 'Q17',
  type: 'country',
  label: { de: 'Japan', en: 'Japan' },
  names: [
    { text: 'Japan', kind: 'canonical' },
    { text: 'japanisch', kind: 'adjective', lang: 'de' },
  ],
  flag: '🇯🇵',
  origin: 'builtin',
};
export const microsoft: Entity = {
  id: 'Q2283',
  type: 'company',
  label: { de: 'Microsoft', en: 'Microsoft' },
  names: [{ text: 'Microsoft', kind: 'canonical' }],
  countryId: 'Q30',
  origin: 'builtin',
};
export const usa: Entity = {
  id: 'Q30',
  type: 'country',
  label: { de: 'Vereinigte Staaten', en: 'United States' },
  names: [{ text: 'USA', kind: 'acronym', matchCase: true }],
  origin: 'builtin',
};
export const invests: Fact = {
  id: 'b:Q2283:investsIn:0',
  subject: 'Q2283',
  property: 'investsIn',
  object: 'Q17',
  value: 2.9,
  unit: 'bn USD',
  asOf: '2024',
  source: { label: 'Handelsblatt' },
  origin: 'builtin',
};
export const hq: Fact = {
  id: 'b:Q2283:headquarteredIn:0',
  subject: 'Q2283',
  property: 'headquarteredIn',
  object: 'Q30',
  origin: 'builtin',
};
export const capital: Fact = {
  id: 'b:Q17:capital:0',
  subject: 'Q17',
  property: 'capital',
  value: 'Tokyo',
  valueText: { de: 'Tokio', en: 'Tokyo' },
  origin: 'builtin',
};
