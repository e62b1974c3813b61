/**
 * The options page: sites, reading history, muted names and the knowledge base's import and
 * export. Data comes through an injected api, so the view runs in tests without a browser.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/messages';
import type { MuteRow } from '../lib/kb/db';
import type { ImportFormat } from '../lib/kb/editing';
import { DEFAULT_NEWS_SITES } from '../lib/sites';
import { siteEnabled, withSiteEnabled, type Settings } from '../lib/settings';
import { problemText } from '../lib/i18n/problem';
import { MessageError } from '../lib/messaging';

export interface OptionsApi {
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  clearHistory(): Promise<unknown>;
  mutes(): Promise<MuteRow[]>;
  unmute(id: string): Promise<unknown>;
  exportKb(scope: 'all' | 'own'): Promise<string>;
  importKb(format: ImportFormat, text: string): Promise<{ entities: number; facts: number }>;
  /** Offers text as a file to save. */
  download(name: string, text: string): void;
}

export function OptionsApp({ api, t }: { api: OptionsApi; t: Translate }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [mutes, setMutes] = useState<MuteRow[]>([]);
  const [status, setStatus] = useState('');
  const [format, setFormat] = useState<ImportFormat>('kb-json');

  useEffect(() => {
    void api.settings().then(setSettings);
    void api.mutes().then(setMutes);
  }, [api]);

  const update = async (next: Settings) => {
    setSettings(next);
    await api.saveSettings(next);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await api.importKb(format, await file.text());
      setStatus(t('importDone').replace('{entities}', String(result.entities)).replace('{facts}', String(result.facts)));
    } catch (e) {
      setStatus(e instanceof MessageError && e.code ? problemText(e, t) : `${t('importFailed')} ${problemText(e, t)}`);
    }
  };

  if (!settings) return <p>{t('loading')}</p>;
  return (
    <main class="qv-options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>

      <section aria-labelledby="qv-sites">
        <h2 id="qv-sites">{t('sites')}</h2>
        <ul class="qv-sites">
          {DEFAULT_NEWS_SITES.map((site) => (
            <li key={site}>
              <label>
                <input type="checkbox" checked={siteEnabled(settings, site)} onChange={(e) => void update(withSiteEnabled(settings, site, (e.target as HTMLInputElement).checked))} /> {site}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="qv-history">
        <h2 id="qv-history">{t('history')}</h2>
        <label>
          <input type="checkbox" checked={settings.recordHistory} onChange={(e) => void update({ ...settings, recordHistory: (e.target as HTMLInputElement).checked })} /> {t('recordHistory')}
        </label>{' '}
        <button type="button" onClick={() => void api.clearHistory().then(() => setStatus(t('historyCleared')))}>
          {t('clearHistory')}
        </button>
      </section>

      <section aria-labelledby="qv-mutes">
        <h2 id="qv-mutes">{t('mutedNames')}</h2>
        {mutes.length === 0 && <p>{t('noMutedNames')}</p>}
        <ul class="qv-mutes">
          {mutes.map((m) => (
            <li key={m.id}>
              {m.name} <small>({m.site === '*' ? t('everywhere') : m.site})</small>{' '}
              <button type="button" onClick={() => void api.unmute(m.id).then(() => setMutes((list) => list.filter((x) => x.id !== m.id)))}>
                {t('unmute')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="qv-kb">
        <h2 id="qv-kb">{t('knowledgeBase')}</h2>
        <button type="button" onClick={() => void api.exportKb('own').then((text) => api.download('querverweis-eigene-daten.json', text))}>
          {t('exportOwn')}
        </button>{' '}
        <button type="button" onClick={() => void api.exportKb('all').then((text) => api.download('querverweis-wissensbasis.json', text))}>
          {t('exportAll')}
        </button>
        <p>
          <label>
            {t('importFormat')}{' '}
            <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ImportFormat)}>
              <option value="kb-json">Querverweis JSON</option>
              <option value="companies-csv">CSV</option>
              <option value="wikidata-json">Wikidata SPARQL JSON</option>
            </select>
          </label>{' '}
          <label>
            {t('importFile')} <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])} />
          </label>
        </p>
      </section>
      <p role="status">{status}</p>
    </main>
  );
}
