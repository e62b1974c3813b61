/**
 * The reader's data: reading history, the knowledge base's import and export, backup and
 * restore of everything, reset of the built-in data, and deleting everything (after a confirm).
 */
import { useState } from 'preact/hooks';
import type { RestoreResult } from '../../lib/backup';
import { fill, type MessageKey, type Translate } from '../../lib/i18n/strings';
import { problemText } from '../../lib/i18n/problem';
import type { ImportFormat, KbExportScope } from '../../lib/kb/editing';
import { MessageError } from '../../lib/messaging';
import type { Settings } from '../../lib/settings';
import { FilePicker } from '../FilePicker';

export interface DataApi {
  clearHistory(): Promise<unknown>;
  exportKb(scope: KbExportScope): Promise<string>;
  importKb(format: ImportFormat, text: string): Promise<{ entities: number; facts: number }>;
  resetBuiltin(): Promise<{ entities: number; facts: number }>;
  backup(): Promise<{ filename: string; text: string }>;
  restore(text: string): Promise<RestoreResult>;
  deleteAll(): Promise<unknown>;
  /** Offers text as a file to save. */
  download(name: string, text: string): void;
}

type Status = { ok: boolean; text: string };

export function DataSection({
  api,
  t,
  settings,
  update,
  changed,
}: {
  api: DataApi;
  t: Translate;
  settings: Settings;
  update(next: Settings): void;
  changed(): void;
}) {
  const [format, setFormat] = useState<ImportFormat>('kb-json');
  const [status, setStatus] = useState<Status | undefined>();
  const [confirming, setConfirming] = useState(false);

  /** Runs an action and reports it; a failure says why, with `failed` in front when nothing changed. */
  const report = async <T,>(run: () => Promise<T>, done: (value: T) => string, failed?: MessageKey) => {
    try {
      setStatus({ ok: true, text: done(await run()) });
      changed();
    } catch (e) {
      const reason = problemText(e, t);
      setStatus({ ok: false, text: failed && !(e instanceof MessageError && e.code) ? `${t(failed)} ${reason}` : reason });
    }
  };
  return (
    <>
      <section aria-labelledby="qv-history">
        <h2 id="qv-history">{t('history')}</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.recordHistory}
            onChange={(e) => update({ ...settings, recordHistory: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('recordHistory')}
        </label>{' '}
        <button
          type="button"
          onClick={() =>
            void report(
              () => api.clearHistory(),
              () => t('historyCleared'),
            )
          }
        >
          {t('clearHistory')}
        </button>
      </section>

      <section aria-labelledby="qv-kb">
        <h2 id="qv-kb">{t('knowledgeBase')}</h2>
        <p class="qv-row">
          <button
            type="button"
            onClick={() => void api.exportKb('own').then((text) => api.download('querverweis-eigene-daten.json', text))}
          >
            {t('exportOwn')}
          </button>
          <button
            type="button"
            onClick={() => void api.exportKb('all').then((text) => api.download('querverweis-wissensbasis.json', text))}
          >
            {t('exportAll')}
          </button>
          <button
            type="button"
            onClick={() =>
              void report(
                () => api.resetBuiltin(),
                (r) => fill(t('resetBuiltinDone'), { ...r }),
              )
            }
          >
            {t('resetBuiltin')}
          </button>
        </p>
        <p class="qv-row">
          <label>
            {t('importFormat')}{' '}
            <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ImportFormat)}>
              <option value="kb-json">Querverweis JSON</option>
              <option value="companies-csv">CSV</option>
              <option value="wikidata-json">Wikidata SPARQL JSON</option>
            </select>
          </label>
          <FilePicker
            label={t('importFile')}
            accept=".json,.csv,application/json,text/csv"
            onText={(text) =>
              report(
                () => api.importKb(format, text),
                (r) => fill(t('importDone'), { ...r }),
                'importFailed',
              )
            }
          />
        </p>
      </section>

      <section aria-labelledby="qv-data">
        <h2 id="qv-data">{t('yourData')}</h2>
        <p>{t('backupHint')}</p>
        <p class="qv-row">
          <button
            type="button"
            onClick={() =>
              void report(
                () => api.backup(),
                (file) => {
                  api.download(file.filename, file.text);
                  return file.filename;
                },
              )
            }
          >
            {t('backup')}
          </button>
          <FilePicker
            label={t('restore')}
            accept=".json,application/json"
            onText={(text) =>
              report(
                () => api.restore(text),
                (r) => fill(t('restored'), { ...r }),
                'restoreFailed',
              )
            }
          />
        </p>
        {!confirming ? (
          <button type="button" class="qv-danger" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        ) : (
          <div role="group" aria-labelledby="qv-delete-all" class="qv-confirm">
            <p id="qv-delete-all">{t('deleteAllConfirm')}</p>
            <button
              type="button"
              class="qv-danger"
              onClick={() => {
                setConfirming(false);
                void report(
                  () => api.deleteAll(),
                  () => t('deletedAll'),
                );
              }}
            >
              {t('deleteAllYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
      </section>
      <p role={status && !status.ok ? 'alert' : 'status'}>{status?.text}</p>
    </>
  );
}
