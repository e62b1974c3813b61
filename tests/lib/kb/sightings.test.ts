import { describe, expect, it } from 'vitest';
import { clearSightings, coMentionsOf, recordSightings, sightingsOf } from '../../../lib/kb/sightings';
import { freshDb } from './helpers';

describe('sightings', () => {
  it('keeps one row per entity and page, updated on each visit, newest first', async () => {
    const db = freshDb();
    const url = 'https://www.handelsblatt.com/a.html';
    await recordSightings(db, { url: `${url}?utm_source=x`, title: 'A', entities: [{ id: 'Q17', count: 2 }] }, 1000);
    await recordSightings(
      db,
      {
        url,
        title: 'A (aktualisiert)',
        entities: [
          { id: 'Q17', count: 3 },
          { id: 'Q30', count: 1 },
        ],
      },
      2000,
    );
    await recordSightings(db, { url: 'https://www.faz.net/b.html', title: 'B', entities: [{ id: 'Q17', count: 1 }] }, 3000);
    const japan = await sightingsOf(db, 'Q17');
    expect(japan.map((s) => [s.url, s.title, s.count, s.seenAt])).toEqual([
      ['https://www.faz.net/b.html', 'B', 1, 3000],
      [url, 'A (aktualisiert)', 3, 2000],
    ]);
    expect(await coMentionsOf(db, 'Q17')).toEqual([{ id: 'Q30', pages: 1 }]);
    await recordSightings(
      db,
      {
        url: 'https://www.faz.net/b.html',
        title: 'B',
        entities: [
          { id: 'Q17', count: 1 },
          { id: 'Q30', count: 2 },
          { id: 'Q148', count: 1 },
        ],
      },
      4000,
    );
    expect(await coMentionsOf(db, 'Q17')).toEqual([
      { id: 'Q30', pages: 2 },
      { id: 'Q148', pages: 1 },
    ]);
    await clearSightings(db);
    expect(await sightingsOf(db, 'Q17')).toEqual([]);
  });

  it.each(['https://[odd', 'javascript:alert(1)', 'https://www.handelsblatt.com/a\n# b', 'about:blank', ''])(
    'records nothing for an address that is no web page: %j',
    async (url) => {
      const db = freshDb();
      await expect(recordSightings(db, { url, title: 'A', entities: [{ id: 'Q17', count: 1 }] })).rejects.toThrow(
        /url: must be an http\(s\) address/,
      );
      expect(await db.sightings.count()).toBe(0);
    },
  );
});
