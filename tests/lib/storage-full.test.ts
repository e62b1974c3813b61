/**
 * A full storage quota: IndexedDB refuses a write with QuotaExceededError. The reader gets the
 * storage-full message, and the write's transaction leaves the database as it was. The quota is
 * simulated with a Dexie middleware that lets `allowed` writes through and refuses the rest,
 * as the browser does once the origin's quota is used up (the e2e test uses a real quota).
 */
import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { highlightHandlers } from '../../entrypoints/background/highlight-handlers';
import { toAnnotationCollection } from '../../lib/highlights/web-annotation';
import { translator } from '../../lib/i18n/strings';
import { problemText } from '../../lib/i18n/problem';
import type { AppDB } from '../../lib/db';
import { importFile } from '../../lib/kb/editing';
import { createClient, createDispatcher, MessageError } from '../../lib/messaging';
import { microsoft } from './kb/helpers';
import { dbWithSampleSet, sampleHighlight } from './highlights/sample';

/** Middleware applies from the next open: the database is closed, given it, and opened again. */
async function quotaAfter(db: AppDB, allowed: number): Promise<void> {
  let writes = 0;
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            ++writes > allowed ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  });
  await db.open();
}

const snapshot = async (db: AppDB) => ({
  highlights: await db.highlights.toArray(),
  entities: await db.entities.toArray(),
  facts: await db.facts.toArray(),
});

describe('a full storage quota', () => {
  it('refuses a new highlight with the storage-full message and keeps the others', async () => {
    const { db } = await dbWithSampleSet();
    const before = await snapshot(db);
    await quotaAfter(db, 0);
    const send = createClient((msg) => createDispatcher(highlightHandlers(db)).dispatch(msg));
    const error = await send('hl/create', { highlight: sampleHighlight() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('storage-full');
    expect(problemText(error, translator('de'))).toMatch(/^Nicht gespeichert: Der Browser hat keinen Speicherplatz mehr/);
    expect(problemText(error, translator('en'))).toMatch(/Everything saved before is kept/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing of a highlight import that runs out of space half-way', async () => {
    const { db } = await dbWithSampleSet();
    const before = await snapshot(db);
    const incoming = Array.from({ length: 40 }, () => sampleHighlight());
    const file = toAnnotationCollection(incoming, 'Test', 'all');
    await quotaAfter(db, 0);
    const send = createClient((msg) => createDispatcher(highlightHandlers(db)).dispatch(msg));
    await expect(send('hl/import', { text: file })).rejects.toMatchObject({ code: 'storage-full' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing of a knowledge-base import whose second write is refused', async () => {
    const { db } = await dbWithSampleSet();
    const before = await snapshot(db);
    await quotaAfter(db, 1); // the entities go in, the facts do not: the transaction takes the entities back
    const bundle = {
      format: 'querverweis-kb',
      version: 1,
      entities: [{ ...microsoft, id: 'user:test-ag', origin: 'user' }],
      facts: [{ id: 'user:f1', subject: 'user:test-ag', property: 'country', object: 'Q17', origin: 'user' }],
    };
    await expect(importFile(db, 'kb-json', JSON.stringify(bundle))).rejects.toSatisfy(
      (e: unknown) =>
        (e as { name?: string }).name === 'QuotaExceededError' || (e as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
