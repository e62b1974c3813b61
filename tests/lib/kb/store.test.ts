import { describe, expect, it } from 'vitest';
import { installBuiltin } from '../../../lib/kb/builtin';
import {
  allEntities,
  allFacts,
  BUCKETS,
  bucketOf,
  builtinFactsById,
  builtinSummaries,
  factsAbout,
  factsOfSubjects,
  getEntities,
  packBuiltin,
} from '../../../lib/kb/store';
import type { Entity, Fact } from '../../../lib/kb/types';
import { capital, freshDb, hq, invests, japan, microsoft, usa } from './helpers';

const data = { version: 'v1', entities: [japan, microsoft, usa], facts: [invests, hq, capital] };

/** Many companies related to each other, so that relations cross buckets. */
function manyCompanies(n: number): { entities: Entity[]; facts: Fact[] } {
  const entities = Array.from({ length: n }, (_, i): Entity => ({ ...microsoft, id: `slug:c${i}`, origin: 'builtin' }));
  const facts = entities.map((e, i): Fact => ({
    id: `b:${e.id}:supplies:0`,
    subject: e.id,
    property: 'supplies',
    object: `slug:c${(i * 7 + 3) % n}`,
    origin: 'builtin',
  }));
  return { entities, facts };
}

describe('the packed built-in records', () => {
  it('spreads ids over the buckets', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < 40 * BUCKETS; i++) counts.set(bucketOf(`slug:c${i}`), (counts.get(bucketOf(`slug:c${i}`)) ?? 0) + 1);
    expect(counts.size).toBe(BUCKETS);
    expect(Math.max(...counts.values())).toBeLessThan(80);
  });

  it('packs a relation into both ends’ buckets, and reads every record once', async () => {
    const { entities, facts } = manyCompanies(3000);
    const rows = packBuiltin(entities, facts);
    const packed = rows.reduce((n, r) => n + (JSON.parse(r.facts) as Fact[]).length, 0);
    const crossing = facts.filter((f) => bucketOf(f.subject) !== bucketOf(f.object!)).length;
    expect(packed).toBe(facts.length + crossing);
    const db = freshDb();
    await installBuiltin(db, { version: 'v1', entities, facts });
    expect(await db.builtin.count()).toBe(rows.length);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(entities.map((e) => e.id).sort());
    expect((await allFacts(db)).map((f) => f.id)).toEqual(facts.map((f) => f.id).sort());
    // Both directions of a relation whose ends are in different buckets.
    const f = facts.find((x) => bucketOf(x.subject) !== bucketOf(x.object!))!;
    expect((await factsAbout(db, f.subject)).out).toEqual([f]);
    expect((await factsAbout(db, f.object!)).incoming).toContainEqual(f);
  });

  it("reads the reader's own records over the built-in ones", async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const own = { ...microsoft, label: { de: 'Meine', en: 'Mine' }, origin: 'user' as const };
    await db.entities.put(own);
    const note: Fact = { id: 'u:1', subject: 'Q2283', property: 'note', object: 'Q17', origin: 'user' };
    await db.facts.put(note);
    expect(await getEntities(db, ['Q30', 'Q2283', 'nope'])).toEqual([usa, own, undefined]);
    expect((await allEntities(db)).map((e) => e.label.en)).toEqual(['Japan', 'Mine', 'United States']);
    expect((await factsAbout(db, 'Q2283')).out.map((f) => f.id)).toEqual([hq.id, invests.id, 'u:1']);
    expect((await factsAbout(db, 'Q17')).incoming.map((f) => f.id)).toEqual([invests.id, 'u:1']);
    expect((await factsOfSubjects(db, ['Q17', 'Q2283'])).map((f) => f.id)).toEqual([capital.id, hq.id, invests.id, 'u:1']);
    expect([...(await builtinFactsById(db, [capital, { id: 'b:Q17:nope:0', subject: 'Q17' }])).keys()]).toEqual([capital.id]);
  });

  it('keeps every built-in entity’s label in one row, for relations that name thousands', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const summaries = await builtinSummaries(db);
    expect(summaries.get('Q17')).toEqual({ id: 'Q17', type: 'country', label: japan.label, flag: '🇯🇵' });
    expect(summaries.get('Q2283')).toEqual({ id: 'Q2283', type: 'company', label: microsoft.label });
    expect(summaries.size).toBe(3);
  });
});
