/**
 * Everything the reader made, in one file: settings, own entities and facts, highlights, muted
 * names and reading history. Restoring merges a backup back in, all or nothing: every record is
 * checked first, then one transaction writes them. "Delete all" removes the same things.
 */
import { isNonEmptyString } from './check';
import type { Highlight } from './highlights/model';
import { highlightProblem, highlightRecord } from './highlights/model';
import { importHighlights } from './highlights/store';
import { BUILTIN_FACT_PREFIX } from './kb/builtin';
import type { AppDB, MuteRow, Sighting } from './db';
import { readKb, writeBundle } from './kb/editing';
import { kbTables } from './kb/store';
import { isMuteSite, muteId } from './kb/mutes';
import { checkKbRecords, type KbBundle } from './kb/transfer/kb-json';
import { isWebUrl, Problems, readJsonObject, unknownFieldProblems, ValidationError, type Problem } from './kb/validate';
import { parseSettings, type Settings } from './settings';
import { shown } from './shown';

export const BACKUP_FORMAT = 'querverweis-backup';
export const BACKUP_VERSION = 1;

export type HistoryRow = Omit<Sighting, 'id'>;

export interface Backup {
  settings: Settings;
  knowledgeBase: KbBundle;
  highlights: Highlight[];
  mutes: MuteRow[];
  history: HistoryRow[];
}

export interface RestoreResult {
  entities: number;
  facts: number;
  highlights: number;
  mutes: number;
  history: number;
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const historyKey = (h: HistoryRow) => `${h.entityId}|${h.url}|${h.seenAt}`;

/** What a backup holds, read in one transaction so its parts agree with each other. */
export async function collectBackup(db: AppDB, settings: Settings): Promise<Backup> {
  return db.transaction('r', [...kbTables(db), db.highlights, db.mutes, db.sightings], async () => ({
    settings,
    knowledgeBase: await readKb(db, 'own'),
    // Known fields only: a record stored before unknown fields were refused does not carry them on.
    highlights: (await db.highlights.orderBy('id').toArray()).map(highlightRecord),
    mutes: (await db.mutes.orderBy('id').toArray()).map(muteRecord),
    history: (await db.sightings.toArray()).map(({ id: _, ...row }) => row).sort(byKey(historyKey)),
  }));
}

export function serializeBackup(backup: Backup, createdAt: Date): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: createdAt.toISOString(), ...backup }, null, 2)}\n`;
}

/**
 * Reads and checks a backup file.
 * @throws ValidationError naming the problems (part, record and field; at most MAX_PROBLEMS); nothing is returned then.
 */
export function parseBackup(text: string): Backup {
  const d = readJsonObject(text);
  const problems: Problem[] = [];
  if (d.format !== BACKUP_FORMAT) problems.push({ where: 'file', field: 'format', message: `must be "${BACKUP_FORMAT}"` });
  if (d.version !== BACKUP_VERSION)
    problems.push({ where: 'file', field: 'version', message: `version ${shown(d.version)} is not supported (this is ${BACKUP_VERSION})` });
  for (const part of ['highlights', 'mutes', 'history'] as const)
    if (!Array.isArray(d[part])) problems.push({ where: 'file', field: part, message: 'must be a list' });
  if (typeof d.settings !== 'object' || d.settings === null || Array.isArray(d.settings))
    problems.push({ where: 'file', field: 'settings', message: 'must be an object' });
  const kb = d.knowledgeBase as Record<string, unknown> | null | undefined;
  if (typeof kb !== 'object' || kb === null || Array.isArray(kb))
    problems.push({ where: 'file', field: 'knowledgeBase', message: 'must be an object' });
  if (problems.length) throw new ValidationError(problems);

  // From here on the records: the check stops after MAX_PROBLEMS of them.
  const found = new Problems();
  let knowledgeBase: KbBundle = { entities: [], facts: [] };
  const notLists = (['entities', 'facts'] as const).filter((part) => !Array.isArray(kb![part]));
  for (const part of notLists) found.push({ where: 'knowledgeBase', field: part, message: 'must be a list' });
  try {
    if (notLists.length === 0) knowledgeBase = checkKbRecords(kb!.entities as unknown[], kb!.facts as unknown[]);
  } catch (e) {
    found.absorb(e, 'knowledgeBase.');
  }
  knowledgeBase.entities.forEach(
    (e, i) =>
      e.origin === 'builtin' &&
      found.push({
        where: `knowledgeBase.entities[${i}]`,
        field: 'origin',
        message: 'a backup holds the reader’s records, not built-in ones',
      }),
  );
  knowledgeBase.facts.forEach((f, i) => {
    if (f.origin === 'builtin')
      found.push({
        where: `knowledgeBase.facts[${i}]`,
        field: 'origin',
        message: 'a backup holds the reader’s records, not built-in ones',
      });
    else if (f.id.startsWith(BUILTIN_FACT_PREFIX))
      found.push({ where: `knowledgeBase.facts[${i}]`, field: 'id', message: 'a built-in fact’s id; a backup holds the reader’s records' });
  });
  (d.highlights as unknown[]).forEach((h, i) => {
    const problem = highlightProblem(h);
    if (problem) found.push({ where: `highlights[${i}]`, field: '', message: problem });
  });
  (d.mutes as unknown[]).forEach((m, i) => found.push(...muteProblems(m, `mutes[${i}]`)));
  (d.history as unknown[]).forEach((h, i) => found.push(...historyProblems(h, `history[${i}]`)));
  found.check();
  return {
    settings: parseSettings(d.settings),
    knowledgeBase,
    highlights: (d.highlights as Highlight[]).map(highlightRecord),
    mutes: (d.mutes as MuteRow[]).map(muteRecord),
    history: (d.history as HistoryRow[]).map(({ entityId, url, title, seenAt, count }) => ({ entityId, url, title, seenAt, count })),
  };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const MUTE_KEYS = new Set(['id', 'site', 'name', 'createdAt']);
const HISTORY_KEYS = new Set(['entityId', 'url', 'title', 'seenAt', 'count']);
const muteRecord = ({ id, site, name, createdAt }: MuteRow): MuteRow => ({ id, site, name, createdAt });

function muteProblems(m: unknown, where: string): Problem[] {
  if (typeof m !== 'object' || m === null) return [{ where, field: '', message: 'must be an object' }];
  const x = m as Record<string, unknown>;
  const problems: Problem[] = unknownFieldProblems(x, MUTE_KEYS, where);
  if (!isNonEmptyString(x.name, 200)) problems.push({ where, field: 'name', message: 'must be text of 1 to 200 characters' });
  if (!isMuteSite(x.site)) problems.push({ where, field: 'site', message: 'must be a host name or "*"' });
  if (!isTime(x.createdAt)) problems.push({ where, field: 'createdAt', message: 'must be a time in milliseconds' });
  if (!problems.length && x.id !== muteId(x.site as string, x.name as string))
    problems.push({ where, field: 'id', message: `must be "${muteId(x.site as string, x.name as string)}"` });
  return problems;
}

function historyProblems(h: unknown, where: string): Problem[] {
  if (typeof h !== 'object' || h === null) return [{ where, field: '', message: 'must be an object' }];
  const x = h as Record<string, unknown>;
  const problems: Problem[] = unknownFieldProblems(x, HISTORY_KEYS, where);
  if (!isNonEmptyString(x.entityId, 200)) problems.push({ where, field: 'entityId', message: 'must be an entity id' });
  if (!isWebUrl(x.url, 4000)) problems.push({ where, field: 'url', message: 'must be an http(s) address' });
  if (typeof x.title !== 'string' || x.title.length > 2000)
    problems.push({ where, field: 'title', message: 'must be text of up to 2000 characters' });
  if (!isTime(x.seenAt)) problems.push({ where, field: 'seenAt', message: 'must be a time in milliseconds' });
  if (!Number.isInteger(x.count) || (x.count as number) < 1)
    problems.push({ where, field: 'count', message: 'must be a positive whole number' });
  return problems;
}

/**
 * Merges a checked backup into the database in one transaction: entities, facts and mutes by id,
 * highlights by id with the newer version winning, history rows not already there. Settings are
 * the caller's (they live in extension storage), written after this succeeds.
 */
export async function restoreBackup(db: AppDB, backup: Backup): Promise<RestoreResult> {
  return db.transaction('rw', [...kbTables(db), db.highlights, db.mutes, db.sightings], async () => {
    const kb = await writeBundle(db, backup.knowledgeBase);
    const highlights = await importHighlights(db, backup.highlights);
    await db.mutes.bulkPut(backup.mutes);
    const known = new Set((await db.sightings.toArray()).map(historyKey));
    const history = backup.history.filter((h) => !known.has(historyKey(h)));
    await db.sightings.bulkAdd(history);
    return {
      entities: kb.entities,
      facts: kb.facts,
      highlights: highlights.added + highlights.updated,
      mutes: backup.mutes.length,
      history: history.length,
    };
  });
}

/**
 * Removes everything the reader made; the built-in data stays (another table), and a built-in
 * entity an own one stood in for is read again.
 */
export async function deleteReaderData(db: AppDB): Promise<void> {
  await db.transaction('rw', [db.entities, db.facts, db.highlights, db.mutes, db.sightings], async () => {
    await db.entities.clear();
    await db.facts.clear();
    await db.highlights.clear();
    await db.mutes.clear();
    await db.sightings.clear();
  });
}
