import { describe, expect, it, vi } from 'vitest';
import { installBuiltin } from '../../../lib/kb/builtin';
import { allEntities, allFacts } from '../../../lib/kb/store';
import { unpackSpots } from '../../../lib/matcher/packed-spots';
import { capital, freshDb, hq, invests, japan, microsoft, usa } from './helpers';
import { serviceWith, spottedTexts } from './service-helpers';

const data = { version: 'v1', entities: [japan, microsoft, usa], facts: [invests, hq, capital] };

describe('installBuiltin', () => {
  it('fills the database once per version', async () => {
    const db = freshDb();
    expect(await installBuiltin(db, data)).toBe(true);
    expect(await installBuiltin(db, data)).toBe(false);
    expect(await allEntities(db)).toHaveLength(3);
    expect(await allFacts(db)).toHaveLength(3);
    // Packed: a row per bucket of ids, none in the tables of the reader's own records.
    expect(await db.builtin.count()).toBeLessThanOrEqual(6);
    expect(await db.entities.count()).toBe(0);
  });

  it('replaces built-in rows on update and keeps what the reader added', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    await db.entities.put({ ...microsoft, id: 'slug:mine', label: { de: 'Meine AG', en: 'Meine AG' }, origin: 'user' });
    await db.facts.put({ id: 'u:1', subject: 'Q17', property: 'note', value: 'mine', origin: 'user' });
    await installBuiltin(db, { version: 'v2', entities: [japan], facts: [capital] });
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['Q17', 'slug:mine']);
    expect((await allFacts(db)).map((f) => f.id)).toEqual(['b:Q17:capital:0', 'u:1']);
  });
});

describe('KbService', () => {
  it('shows a relation from both ends', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    const onJapan = await kb.facts('Q17');
    expect(onJapan.find((f) => f.property === 'investsIn')).toMatchObject({
      direction: 'in',
      subject: 'Q2283',
      otherLabel: { en: 'Microsoft' },
    });
    const onMicrosoft = await kb.facts('Q2283');
    expect(onMicrosoft.find((f) => f.property === 'investsIn')).toMatchObject({ direction: 'out', otherLabel: { en: 'Japan' } });
  });

  it("labels with the reader's own entity where it stands in for a built-in one, after the write", async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    expect((await kb.summaries(['Q2283', 'nope'])).map((e) => e?.label.en)).toEqual(['Microsoft', undefined]);
    await kb.write((db) => db.entities.put({ ...microsoft, label: { de: 'MS (eigene)', en: 'MS (own)' }, origin: 'user' }));
    expect((await kb.summaries(['Q2283']))[0]?.label.en).toBe('MS (own)');
    expect((await kb.facts('Q17')).find((f) => f.property === 'investsIn')?.otherLabel?.en).toBe('MS (own)');
  });

  it('reads the labels again after a read that failed', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    vi.spyOn(db.meta, 'get').mockRejectedValueOnce(new Error('transient'));
    await expect(kb.summaries(['Q17'])).rejects.toThrow(/transient/);
    expect((await kb.summaries(['Q17']))[0]?.label.en).toBe('Japan');
  });

  it('keeps no label read before a write that came meanwhile', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    const get = db.meta.get.bind(db.meta);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    vi.spyOn(db.meta, 'get').mockImplementationOnce((async (key: string) => {
      await gate;
      return get(key);
    }) as never);
    const before = kb.summaries(['Q2283']);
    await kb.write((db) => db.entities.put({ ...microsoft, label: { de: 'MS', en: 'MS' }, origin: 'user' }));
    open();
    await before;
    expect((await kb.summaries(['Q2283']))[0]?.label.en).toBe('MS');
  });

  it('builds a card with the relations to entities on the same page', async () => {
    const db = freshDb();
    await installBuiltin(db, { ...data, entities: data.entities.map((e) => (e.id === 'Q30' ? { ...e, flag: '🇺🇸' } : e)) });
    const kb = serviceWith(db, data.entities);
    const card = await kb.card('Q2283', ['Q17']);
    expect(card?.relations.map((f) => f.property)).toEqual(['investsIn']);
    expect(card?.keyFacts.map((f) => f.property)).toEqual(['headquarteredIn']);
    // A company's card shows its headquarters country's flag (the sample's Microsoft is in the United States).
    expect(card?.flag).toBe('🇺🇸');
    const city = { id: 'b:Q2283:city:0', subject: 'Q2283', property: 'city', value: 'Redmond', origin: 'builtin' } as const;
    await kb.write((db) => installBuiltin(db, { ...data, version: 'v2', facts: [...data.facts, city] }));
    const withCity = await kb.card('Q2283', ['Q17']);
    expect(withCity?.keyFacts.map((f) => [f.property, f.valueText?.de])).toEqual([['city', 'Redmond, Vereinigte Staaten']]);
    const alone = await kb.card('Q2283', []);
    expect(alone?.relations).toEqual([]);
    expect(await kb.card('nope', [])).toBeUndefined();
  });

  it("spots with the built-in artefact and the reader's own entities, made again after its own writes", async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    expect(await spottedTexts(kb, 'Japans Firmen, Microsofts Cloud und die USA.')).toEqual(['Japans', 'Microsofts', 'USA']);
    // The reader's own entity is marked from the next page on, once it is written through the service.
    await db.entities.put({
      id: 'slug:hidden',
      type: 'company',
      label: { de: 'Quorix', en: 'Quorix' },
      names: [{ text: 'Quorix', kind: 'canonical' }],
      origin: 'user',
    });
    expect(await spottedTexts(kb, 'Quorix wächst.')).toEqual([]);
    await kb.write(async () => undefined);
    expect(await spottedTexts(kb, 'Quorix wächst.')).toEqual(['Quorix']);
    await kb.addEntity({ type: 'company', name: 'Beispiel AG' });
    expect(await spottedTexts(kb, 'Die Beispiel AG und Microsoft.')).toEqual(['Beispiel AG', 'Microsoft']);
    expect((await kb.search('Beispiel')).length).toBeGreaterThan(0);
  });

  it("lets the reader's own longer name win over a built-in one inside it", async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    await kb.addEntity({ type: 'company', name: 'Microsoft Japan' });
    const reply = await kb.spot({ session: 'test', part: 0, blocks: ['Microsoft Japan meldet Gewinne.'], last: true, lang: 'de' });
    const [spots] = unpackSpots(reply.spots);
    expect(spots!.map((s) => [s.start, s.end, s.type])).toEqual([[0, 15, 'company']]);
  });
});

describe('connections among the entities of a page', () => {
  it('lists each relation among them once, specific before generic', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    expect((await kb.connections(['Q17', 'Q2283', 'Q30'])).map((f) => `${f.subject} ${f.property} ${f.object}`)).toEqual([
      'Q2283 investsIn Q17',
      'Q2283 headquarteredIn Q30',
    ]);
    expect(await kb.connections(['Q17'])).toEqual([]);
  });

  it('keeps the facts it read until a write, and then reads them again', async () => {
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    const relations = async () => (await kb.connections(['Q17', 'Q2283'])).map((f) => `${f.subject} ${f.property} ${f.object}`);
    expect(await relations()).toEqual(['Q2283 investsIn Q17']);
    await kb.write((db) => db.facts.put({ id: 'u:2', subject: 'Q17', property: 'supplies', object: 'Q2283', origin: 'user' }));
    expect(await relations()).toEqual(['Q17 supplies Q2283', 'Q2283 investsIn Q17']);
  });
});

describe('muted names', () => {
  it('leaves muted names and their forms unmarked, per site or everywhere', async () => {
    const { muteName, unmute, EVERYWHERE } = await import('../../../lib/kb/mutes');
    const db = freshDb();
    await installBuiltin(db, data);
    const kb = serviceWith(db, data.entities);
    const texts = (site?: string) => spottedTexts(kb, 'Microsoft und Microsofts Japan, Japans', site);
    const row = await muteName(db, 'Microsoft', 'www.handelsblatt.com');
    expect(await texts('www.handelsblatt.com')).not.toContain('Microsofts');
    expect(await texts('www.handelsblatt.com')).not.toContain('Microsoft');
    expect(await texts('www.faz.net')).toContain('Microsoft');
    await muteName(db, 'japan', EVERYWHERE);
    expect(await texts('www.faz.net')).not.toContain('Japans');
    await unmute(db, row.id);
    expect(await texts('www.handelsblatt.com')).toContain('Microsoft');
    await expect(muteName(db, 'x', 'not a host')).rejects.toThrow(/not a host name/);
  });
});
