/** The background's answers to `data/*` messages: backup, restore, delete all, reset built-in data. */
import { collectBackup, deleteReaderData, parseBackup, restoreBackup, serializeBackup } from '../../lib/backup';
import { type BuiltinData } from '../../lib/kb/builtin';
import type { AppDB } from '../../lib/db';
import type { KbService } from '../../lib/kb/service';
import type { MessageType } from '../../lib/protocol';
import { afterReady, type Handlers } from '../../lib/messaging';
import type { SettingsStore } from '../../lib/settings';

export type DataMessage = Extract<MessageType, `data/${string}`>;

/** `ready` resolves once the built-in data is installed; every answer waits for it. */
export function dataHandlers(
  db: AppDB,
  kb: KbService,
  builtin: () => Promise<BuiltinData>,
  settings: SettingsStore,
  ready: Promise<unknown>,
  now = () => new Date(),
): Handlers<DataMessage> {
  return afterReady<DataMessage>(ready, {
    'data/backup': async () => {
      const at = now();
      return {
        filename: `querverweis-backup-${at.toISOString().slice(0, 10)}.json`,
        text: serializeBackup(await collectBackup(db, await settings.get()), at),
      };
    },
    'data/restore': async ({ text }) => {
      const backup = parseBackup(text);
      const result = await kb.write((db) => restoreBackup(db, backup));
      await settings.set(backup.settings);
      return result;
    },
    'data/deleteAll': async () => {
      // Built-in records are not the reader's data and stay (their own table); a built-in entity
      // that the reader's own one stood in for is read again once that one is gone.
      await kb.write((db) => deleteReaderData(db));
      // Settings live in extension storage, outside the database: cleared once the data is gone.
      await settings.clear();
      return null;
    },
    'data/resetBuiltin': async () => kb.reinstallBuiltin(await builtin()),
  });
}
