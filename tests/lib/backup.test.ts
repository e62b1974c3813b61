import { describe, expect, it, vi } from 'vitest';
import { collectBackup, parseBackup, restoreBackup } from '../../lib/backup';
import { dataHandlers } from '../../entrypoints/background/data-handlers';
import { createHighlight } from '../../lib/highlights/store';
import { installBuiltin, type BuiltinData } from '../../lib/kb/builtin';
import type { AppDB } from '../../lib/db';
import { addEntity, putFact } from '../../lib/kb/editing';
import { muteName } from '../../lib/kb/mutes';
import { recordSightings } from '../../lib/kb/sightings';
import { createClient, createDispatcher } from '../../lib/messaging';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from '../../lib/settings';
import { sampleHighlight } from './highlights/sample';
import { allEntities, allFacts, getEntity } from '../../lib/kb/store';
import { capital, freshDb, japan, microsoft, storedFact, usa } from './kb/helpers';
import { serviceWith } from './kb/service-helpers';

const BUILTIN: BuiltinData = { version: 'v1', entities: [japan, microsoft, usa], facts: [capital] };

async function readerWithData(builtin: () => BuiltinData = () => BUILTIN) {
  const db = freshDb();
  await installBuiltin(db, BUILTIN);
  const own = await addEntity(db, { type: 'company', name: 'Rapidus', countryId: 'Q17' });
  await putFact(db, { subject: own.id, property: 'founded', value: '2022' });
  // An own record with a built-in id stands in for the built-in one.
  await db.entities.put({ ...microsoft, label: { de: 'Microsoft (eigene)', en: 'Microsoft (own)' }, origin: 'user' });
  await createHighlight(db, sampleHighlight({ entityIds: ['Q17'] }));
  await createHighlight(db, sampleHighlight({ note: 'zweite', tags: ['chips'] }));
  await muteName(db, 'Linde', 'handelsblatt.com');
  await recordSightings(db, { url: 'https://www.handelsblatt.com/a', title: 'A', entities: [{ id: 'Q17', count: 2 }] }, 1000);
  let settings: Settings = { ...DEFAULT_SETTINGS, markStyle: 'solid', hoverDelayMs: 400, disabledSites: ['faz.net'] };
  const store: SettingsStore = {
    get: async () => settings,
    set: async (s) => void (settings = s),
    clear: async () => void (settings = DEFAULT_SETTINGS),
  };
  const send = createClient((msg) =>
    createDispatcher(
      dataHandlers(
        db,
        serviceWith(db, builtin().entities),
        async () => builtin(),
        store,
        Promise.resolve(),
        () => new Date(Date.UTC(2026, 10, 22)),
      ),
    ).dispatch(msg),
  );
  return { db, send, settings: () => settings };
}

const everything = async (db: AppDB) => ({
  entities: await allEntities(db),
  facts: await allFacts(db),
  highlights: await db.highlights.orderBy('id').toArray(),
  mutes: await db.mutes.toArray(),
  history: (await db.sightings.toArray()).map(({ id: _, ...row }) => row),
});

describe('backup, restore, delete all', () => {
  it('backs up what the reader made, deletes it, and restores it to the same state', async () => {
    const { db, send, settings } = await readerWithData();
    const before = await everything(db);
    const beforeSettings = settings();
    const { filename, text } = await send('data/backup', {});
    expect(filename).toBe('querverweis-backup-2026-11-22.json');
    const backup = parseBackup(text);
    expect(backup.knowledgeBase.entities.map((e) => e.id).sort()).toEqual(['Q2283', 'user:rapidus']);
    expect(backup.highlights).toHaveLength(2);
    expect(backup.settings).toEqual(beforeSettings);

    await send('data/deleteAll', {});
    expect(await db.highlights.count()).toBe(0);
    expect(await db.mutes.count()).toBe(0);
    expect(await db.sightings.count()).toBe(0);
    expect(await getEntity(db, 'user:rapidus')).toBeUndefined();
    // The built-in Microsoft is back in place of the reader's deleted version; built-in facts stay.
    expect((await getEntity(db, 'Q2283'))?.origin).toBe('builtin');
    expect(await storedFact(db, capital.id)).toEqual(capital);
    expect(settings()).toEqual(DEFAULT_SETTINGS);

    expect(await send('data/restore', { text })).toEqual({ entities: 2, facts: 1, highlights: 2, mutes: 1, history: 1 });
    expect(await everything(db)).toEqual(before);
    expect(settings()).toEqual(beforeSettings);
    // Restoring twice adds nothing new.
    expect(await send('data/restore', { text })).toMatchObject({ highlights: 0, history: 0 });
    expect(await everything(db)).toEqual(before);
    // And the next backup is the same file.
    expect((await send('data/backup', {})).text).toBe(text);
  });

  it('refuses a damaged backup whole, naming the record, and changes nothing', async () => {
    const { db, send } = await readerWithData();
    const { text } = await send('data/backup', {});
    await send('data/deleteAll', {});
    const empty = await everything(db);
    const doc = JSON.parse(text);
    doc.highlights[1].color = 'red';
    doc.history[0].url = 'javascript:alert(1)';
    await expect(send('data/restore', { text: JSON.stringify(doc) })).rejects.toThrow(/highlights\[1\].*color[\s\S]*history\[0\], url/);
    doc.highlights[1].color = 'yellow';
    doc.history[0].url = 'https://www.handelsblatt.com/a';
    doc.knowledgeBase.facts[0].subject = 'user:nobody';
    await expect(send('data/restore', { text: JSON.stringify(doc) })).rejects.toThrow(/no entity "user:nobody"/);
    await expect(send('data/restore', { text: '{"format":"querverweis-kb"}' })).rejects.toThrow(
      /file, format: must be "querverweis-backup"/,
    );
    await expect(send('data/restore', { text: 'not json' })).rejects.toThrow(/not JSON/);
    const notLists = { ...doc, knowledgeBase: { entities: {}, facts: [] }, mutes: [{ ...doc.mutes[0], site: 'not a host' }] };
    await expect(send('data/restore', { text: JSON.stringify(notLists) })).rejects.toThrow(
      /knowledgeBase, entities: must be a list[\s\S]*mutes\[0\], site/,
    );
    const builtinInBackup = { ...doc, knowledgeBase: { entities: [japan], facts: [] } };
    await expect(send('data/restore', { text: JSON.stringify(builtinInBackup) })).rejects.toThrow(/not built-in ones/);
    const builtinFact = {
      ...doc,
      knowledgeBase: { entities: [], facts: [{ id: 'u:planted', subject: 'Q17', property: 'capital', value: 'Kyoto', origin: 'builtin' }] },
    };
    await expect(send('data/restore', { text: JSON.stringify(builtinFact) })).rejects.toThrow(
      /knowledgeBase\.facts\[0\], origin: a backup holds the reader’s records/,
    );
    const builtinId = { ...doc, knowledgeBase: { entities: [], facts: [{ ...capital, value: 'Kyoto', origin: 'user' }] } };
    await expect(send('data/restore', { text: JSON.stringify(builtinId) })).rejects.toThrow(
      /knowledgeBase\.facts\[0\], id: a built-in fact’s id/,
    );
    expect(await everything(db)).toEqual(empty);
  });

  it.each(['https://[odd', 'https://www.handelsblatt.com/a\n# b', 'ftp://example.com/a', 'https:nothing'])(
    'refuses a history or highlight address that does not parse as http(s): %j',
    async (url) => {
      const { db, send } = await readerWithData();
      const doc = JSON.parse((await send('data/backup', {})).text);
      await send('data/deleteAll', {});
      const empty = await everything(db);
      doc.history[0].url = url;
      doc.highlights[0].url = url;
      await expect(send('data/restore', { text: JSON.stringify(doc) })).rejects.toThrow(
        /highlights\[0\]: url must be an http\(s\) address[\s\S]*history\[0\], url: must be an http\(s\) address/,
      );
      expect(await everything(db)).toEqual(empty);
    },
  );

  it('keeps unknown fields out of backups and refuses them in a restore', async () => {
    const { db, send } = await readerWithData();
    const [stored] = await db.highlights.toArray();
    await db.highlights.put({ ...stored!, junk: 'x'.repeat(1000) } as never);
    const { text } = await send('data/backup', {});
    expect(text).not.toContain('junk');
    const doc = JSON.parse(text);
    await send('data/deleteAll', {});
    const empty = await everything(db);
    for (const [part, index] of [
      ['highlights', 0],
      ['mutes', 0],
      ['history', 0],
    ] as const) {
      const bad = structuredClone(doc);
      bad[part][index].junk = 1;
      await expect(send('data/restore', { text: JSON.stringify(bad) }), part).rejects.toThrow(/unknown field/);
    }
    const badSource = structuredClone(doc);
    badSource.knowledgeBase.facts[0].source = { label: 'Handelsblatt', junk: 'x' };
    await expect(send('data/restore', { text: JSON.stringify(badSource) })).rejects.toThrow(/source\.junk: unknown field/);
    expect(await everything(db)).toEqual(empty);
  });

  it('delete all is one transaction: a failure half-way changes nothing', async () => {
    const { db, send, settings } = await readerWithData();
    const before = await everything(db);
    const beforeSettings = settings();
    // The last table it clears fails: the entities and facts cleared before it come back.
    vi.spyOn(db.sightings, 'clear').mockRejectedValueOnce(new Error('service worker stopped'));
    await expect(send('data/deleteAll', {})).rejects.toThrow(/service worker stopped/);
    expect(await everything(db)).toEqual(before);
    expect(settings()).toEqual(beforeSettings);
    expect((await getEntity(db, 'Q2283'))?.origin).toBe('user');
  });

  it('reset and restore are one transaction each: a failure changes nothing', async () => {
    const { db, send } = await readerWithData(() => ({ ...BUILTIN, version: 'v2', facts: [{ ...capital, value: 'Kyoto' }] }));
    const before = await everything(db);
    // The last write of a reset fails: the built-in rows it cleared and wrote are as before.
    vi.spyOn(db.meta, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(send('data/resetBuiltin', {})).rejects.toThrow(/disk full/);
    expect(await everything(db)).toEqual(before);
    expect((await db.meta.get('builtinVersion'))?.value).toBe('v1');
    const backup = parseBackup((await send('data/backup', {})).text);
    await send('data/deleteAll', {});
    const empty = await everything(db);
    // The knowledge base is written first; a highlight that fails afterwards undoes it.
    const failing = { ...backup, highlights: [...backup.highlights, { ...backup.highlights[0]!, id: 'not-an-id' }] };
    await expect(restoreBackup(db, failing)).rejects.toThrow(/Invalid highlight/);
    expect(await everything(db)).toEqual(empty);
  });

  it("resets the built-in data and leaves the reader's own", async () => {
    const { db, send } = await readerWithData();
    // Damaged built-in rows (the reader cannot change them; a broken disk can).
    await db.builtin.clear();
    expect(await getEntity(db, 'Q30')).toBeUndefined();
    expect(await send('data/resetBuiltin', {})).toEqual({ entities: 2, facts: 1 });
    expect(await storedFact(db, capital.id)).toEqual(capital);
    expect(await getEntity(db, 'Q30')).toEqual(usa);
    expect((await getEntity(db, 'Q2283'))?.origin).toBe('user');
    expect(await getEntity(db, 'user:rapidus')).toBeDefined();
    const backup = await collectBackup(db, DEFAULT_SETTINGS);
    expect(backup.highlights).toHaveLength(2);
  });
});
