/**
 * Where the reader met an entity: one row per entity and page, with the page's title, the last time
 * it was seen there and how often it is mentioned. Recording can be switched off and cleared.
 */
import type { KbDB, Sighting } from './db';
import { normalizeUrl } from '../url';

export interface PageVisit {
  url: string;
  title: string;
  entities: Array<{ id: string; count: number }>;
}

/** Records a visit: updates the page's rows, adds new ones, in one transaction. */
export async function recordSightings(db: KbDB, visit: PageVisit, now = Date.now()): Promise<void> {
  const url = normalizeUrl(visit.url);
  const title = visit.title.slice(0, 300);
  await db.transaction('rw', db.sightings, async () => {
    const existing = new Map((await db.sightings.where('url').equals(url).toArray()).map((s) => [s.entityId, s]));
    await db.sightings.bulkPut(
      visit.entities.map(({ id, count }): Sighting => ({ ...existing.get(id), entityId: id, url, title, seenAt: now, count })),
    );
  });
}

/** The pages where the reader met `entityId`, most recent first. */
export async function sightingsOf(db: KbDB, entityId: string, limit = 50): Promise<Sighting[]> {
  const rows = await db.sightings.where('entityId').equals(entityId).toArray();
  return rows.sort((a, b) => b.seenAt - a.seenAt).slice(0, limit);
}

export async function clearSightings(db: KbDB): Promise<void> {
  await db.sightings.clear();
}
