/** Highlights in the extension's database: written only through here, each write checked. */
import type { AppDB } from '../db';
import { cleanTags, highlightProblem, highlightRecord, type Highlight, type HighlightEdit } from './model';

export class HighlightError extends Error {}

/** Which highlights: all, one page's, or those holding one entity. */
export interface HighlightScope {
  url?: string;
  entityId?: string;
}

export interface HighlightImportResult {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** The highlight as it is stored: checked (unknown fields refused), then rebuilt from its known fields. */
function checked(h: Highlight): Highlight {
  const problem = highlightProblem(h);
  if (problem) throw new HighlightError(`Invalid highlight: ${problem}`);
  return highlightRecord(h);
}

const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export async function highlightsForPage(db: AppDB, urls: readonly string[]): Promise<Highlight[]> {
  return db.highlights
    .where('url')
    .anyOf([...new Set(urls)])
    .toArray();
}

export async function listHighlights(db: AppDB, scope: HighlightScope = {}): Promise<Highlight[]> {
  if (scope.url) return highlightsForPage(db, [scope.url]);
  if (scope.entityId) return db.highlights.where('entityIds').equals(scope.entityId).toArray();
  return db.highlights.toArray();
}

export async function createHighlight(db: AppDB, h: Highlight): Promise<Highlight> {
  const clean = checked({
    ...h,
    ...(isTextList(h.tags) ? { tags: cleanTags(h.tags) } : {}),
    ...(isTextList(h.entityIds) ? { entityIds: [...new Set(h.entityIds)] } : {}),
  });
  await db.transaction('rw', db.highlights, async () => {
    if (await db.highlights.get(clean.id)) throw new HighlightError(`A highlight with id ${clean.id} exists already.`);
    await db.highlights.add(clean);
  });
  return clean;
}

export async function editHighlight(db: AppDB, edit: HighlightEdit, now = Date.now()): Promise<Highlight> {
  return db.transaction('rw', db.highlights, async () => {
    const old = await db.highlights.get(edit.id);
    if (!old) throw new HighlightError('This highlight no longer exists.');
    // Rebuilt from the known fields: an older record's unknown ones are not written back.
    const next = checked({
      ...highlightRecord(old),
      ...(edit.color !== undefined ? { color: edit.color } : {}),
      ...(edit.note !== undefined ? { note: edit.note } : {}),
      ...(edit.tags !== undefined ? { tags: cleanTags(edit.tags) } : {}),
      updatedAt: Math.max(now, old.updatedAt),
    });
    await db.highlights.put(next);
    return next;
  });
}

export async function deleteHighlight(db: AppDB, id: string): Promise<void> {
  await db.highlights.delete(id);
}

/**
 * Merges imported highlights by id in one transaction: new ids are added, a known id takes the
 * imported version only when that is newer. Every record is checked before anything is written.
 */
export async function importHighlights(db: AppDB, incoming: readonly Highlight[], skipped = 0): Promise<HighlightImportResult> {
  const records = incoming.map(checked);
  const result: HighlightImportResult = { added: 0, updated: 0, unchanged: 0, skipped };
  await db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.bulkGet(records.map((h) => h.id));
    const writes: Highlight[] = [];
    records.forEach((h, i) => {
      const old = existing[i];
      if (!old) result.added++;
      else if (h.updatedAt > old.updatedAt) result.updated++;
      else return void result.unchanged++;
      writes.push(h);
    });
    await db.highlights.bulkPut(writes);
  });
  return result;
}
