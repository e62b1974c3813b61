/**
 * Names the reader does not want marked ("wrong entity", "don't mark this name"), on one site or
 * everywhere. Stored in the knowledge base; the dictionary a page gets leaves them out.
 */
import type { AppDB, MuteRow } from '../db';
import { ValidationError } from './validate';

/** The site value that means every site. */
export const EVERYWHERE = '*';

const HOST = /^[a-z0-9.-]{1,253}$/;

/** A site a name can be muted on: a host name, or EVERYWHERE. */
export function isMuteSite(site: unknown): site is string {
  return site === EVERYWHERE || (typeof site === 'string' && HOST.test(site));
}

export function muteId(site: string, name: string): string {
  return `${site}|${name.trim().toLowerCase()}`;
}

export async function muteName(db: AppDB, name: string, site: string): Promise<MuteRow> {
  const text = name.trim();
  if (!text || text.length > 200) throw new ValidationError([{ where: 'mute', field: 'name', message: 'must be text of 1 to 200 characters' }]);
  if (!isMuteSite(site)) throw new ValidationError([{ where: 'mute', field: 'site', message: `"${site}" is not a host name` }]);
  const row: MuteRow = { id: muteId(site, text), site, name: text, createdAt: Date.now() };
  await db.mutes.put(row);
  return row;
}

export async function unmute(db: AppDB, id: string): Promise<void> {
  await db.mutes.delete(id);
}

export function listMutes(db: AppDB): Promise<MuteRow[]> {
  return db.mutes.toArray();
}

/** The lower-case names muted on `site` (a host name) or everywhere. */
export async function mutedOn(db: AppDB, site: string | undefined): Promise<Set<string>> {
  const rows = await db.mutes.where('site').anyOf(site ? [EVERYWHERE, site] : [EVERYWHERE]).toArray();
  return new Set(rows.map((r) => r.name.toLowerCase()));
}
