/** The background's answers to `hl/*` messages. */
import type { OfferedFile } from '../download';
import type { KbDB } from '../kb/db';
import { entityLabel } from '../kb/format';
import type { Lang } from '../kb/types';
import type { MessageType } from '../messages';
import type { Handlers } from '../messaging';
import { toHighlightsCsv, toMarkdown } from './export';
import { parseHighlightFile } from './import';
import type { Highlight } from './model';
import { createHighlight, deleteHighlight, editHighlight, highlightsForPage, importHighlights, listHighlights, type HighlightScope } from './store';
import { toAnnotationCollection } from './web-annotation';

export type HighlightMessage = Extract<MessageType, `hl/${string}`>;
export type ExportFormat = 'markdown' | 'csv' | 'json';

/** An export, ready to offer as a download. */
export type ExportedFile = OfferedFile;

const EXTENSIONS: Record<ExportFormat, [string, string]> = {
  markdown: ['md', 'text/markdown;charset=utf-8'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  json: ['jsonld', 'application/ld+json;charset=utf-8'],
};

function scopeName(scope: HighlightScope): string {
  if (scope.entityId) return `entity-${scope.entityId}`;
  if (scope.url) {
    try {
      const u = new URL(scope.url);
      return `page-${(u.hostname + u.pathname).replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80)}`;
    } catch {
      return 'page';
    }
  }
  return 'all';
}

export async function exportHighlights(db: KbDB, format: ExportFormat, scope: HighlightScope, lang: Lang): Promise<ExportedFile> {
  const highlights = await listHighlights(db, scope);
  const ids = [...new Set(highlights.flatMap((h) => h.entityIds))];
  const entities = await db.entities.bulkGet(ids);
  const names = new Map(ids.map((id, i) => [id, entities[i] ? entityLabel(entities[i]!, lang) : undefined]));
  const nameOf = (id: string) => names.get(id);
  const name = scopeName(scope);
  const heading = lang === 'de' ? 'Markierungen' : 'Highlights';
  const text =
    format === 'markdown' ? toMarkdown(highlights, nameOf, heading) :
    format === 'csv' ? toHighlightsCsv(highlights, nameOf) :
    toAnnotationCollection(sortForJson(highlights), `Querverweis: ${heading}`, name);
  const [ext, mime] = EXTENSIONS[format];
  return { filename: `querverweis-highlights-${name}.${ext}`, mime, text };
}

/** A stable order: same highlights, same file. */
const sortForJson = (hs: Highlight[]) => [...hs].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

export function highlightHandlers(db: KbDB): Handlers<HighlightMessage> {
  return {
    'hl/forPage': ({ urls }) => highlightsForPage(db, urls),
    'hl/list': (scope) => listHighlights(db, scope),
    'hl/create': ({ highlight }) => createHighlight(db, highlight),
    'hl/edit': (edit) => editHighlight(db, edit),
    'hl/delete': async ({ id }) => {
      await deleteHighlight(db, id);
      return null;
    },
    'hl/export': ({ format, url, entityId, lang }) => exportHighlights(db, format, { url, entityId }, lang),
    'hl/import': async ({ text }) => {
      const parsed = parseHighlightFile(text);
      return importHighlights(db, parsed.highlights, parsed.skipped.length);
    },
  };
}
