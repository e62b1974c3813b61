/**
 * Where the reader met an entity: one row per entity and page, with the page's title, the last time
 * it was seen there and how often it is mentioned. Recording can be switched off and cleared.
 */
import type { AppDB, Sighting } from '../db';
import { normalizeUrl } from '../url';
import { isWebUrl, ValidationError } from './validate';

export interface PageVisit {
  url: string;
  title: string;
  entities: Array<{ id: string; count: number }>;
}

/** Records a visit: updates the page's rows, adds new ones, in one transaction. */
export async function recordSightings(db: AppDB, visit: PageVisit, now = Date.now()): Promise<void> {
  // Only a page's http(s) address: the popup reads every stored one as a URL.
  if (!isWebUrl(visit.url)) throw new ValidationError([{ where: 'visit', field: 'url', message: 'must be an http(s) address' }]);
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
export async function sightingsOf(db: AppDB, entityId: string, limit = 50): Promise<Sighting[]> {
  const rows = await db.sightings.where('entityId').equals(entityId).toArray();
  return rows.sort((a, b) => b.seenAt - a.seenAt).slice(0, limit);
}

export async function clearSightings(db: AppDB): Promise<void> {
  await db.sightings.clear();
}

export interface CoMention {
  id: string;
  /** On how many of the entity's pages the other entity is named too. */
  pages: number;
}

/** The entities most often named on the same pages as `entityId`, from the reader's history. */
export async function coMentionsOf(db: AppDB, entityId: string, limit = 8): Promise<CoMention[]> {
  const urls = [...new Set((await db.sightings.where('entityId').equals(entityId).toArray()).map((s) => s.url))];
  if (urls.length === 0) return [];
  const counts = new Map<string, number>();
  for (const s of await db.sightings.where('url').anyOf(urls).toArray()) {
    if (s.entityId !== entityId) counts.set(s.entityId, (counts.get(s.entityId) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, pages]) => ({ id, pages }))
    .sort((a, b) => b.pages - a.pages || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
