/**
 * Names the reader does not want marked ("wrong entity", "don't mark this name"), on one site or
 * everywhere: the one mute rule. A site is what lib/sites.ts says (no "www.", subdomains
 * included), the same as switching a site off. Stored in the database; the dictionary a page gets
 * leaves them out.
 */
import type { AppDB, MuteRow } from '../db';
import { isHost, siteOf, sitesOf } from '../sites';
import { ValidationError } from './validate';

/** The site value that means every site. */
export const EVERYWHERE = '*';

/** A site a name can be muted on: a host name, or EVERYWHERE. */
export function isMuteSite(site: unknown): site is string {
  return site === EVERYWHERE || isHost(site);
}

export function muteId(site: string, name: string): string {
  return `${site}|${name.trim().toLowerCase()}`;
}

export async function muteName(db: AppDB, name: string, site: string): Promise<MuteRow> {
  const text = name.trim();
  if (!text || text.length > 200)
    throw new ValidationError([{ where: 'mute', field: 'name', message: 'must be text of 1 to 200 characters' }]);
  const where = site === EVERYWHERE ? site : siteOf(site);
  if (!isMuteSite(where)) throw new ValidationError([{ where: 'mute', field: 'site', message: `"${site}" is not a host name` }]);
  const row: MuteRow = { id: muteId(where, text), site: where, name: text, createdAt: Date.now() };
  await db.mutes.put(row);
  return row;
}

export async function unmute(db: AppDB, id: string): Promise<void> {
  await db.mutes.delete(id);
}

export function listMutes(db: AppDB): Promise<MuteRow[]> {
  return db.mutes.toArray();
}

/**
 * The lower-case names muted for a page on `host`: everywhere, or on any site the host is on.
 * Rows stored before sites were normalised may still carry "www.": those are looked up too.
 */
export async function mutedOn(db: AppDB, host: string | undefined): Promise<Set<string>> {
  const sites = host ? sitesOf(host).flatMap((s) => [s, `www.${s}`]) : [];
  const rows = await db.mutes
    .where('site')
    .anyOf([EVERYWHERE, ...sites])
    .toArray();
  return new Set(rows.map((r) => r.name.toLowerCase()));
}
