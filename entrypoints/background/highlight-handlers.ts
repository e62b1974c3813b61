/** The background's answers to `hl/*` messages. */
import { exportHighlights } from '../../lib/highlights/export';
import { parseHighlightFile } from '../../lib/highlights/import';
import {
  createHighlight,
  deleteHighlight,
  editHighlight,
  highlightsForPage,
  importHighlights,
  listHighlights,
} from '../../lib/highlights/store';
import type { AppDB } from '../../lib/db';
import type { MessageType } from '../../lib/protocol';
import type { Handlers } from '../../lib/messaging';

export type HighlightMessage = Extract<MessageType, `hl/${string}`>;

export function highlightHandlers(db: AppDB): Handlers<HighlightMessage> {
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
