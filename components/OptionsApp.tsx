/**
 * The options page: sites, marks, muted names, and the reader's data. Data comes through an
 * injected api, so the view runs in tests without a browser.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/strings';
import type { MuteRow } from '../lib/db';
import type { FillStatus } from '../lib/protocol';
import { FillProgress } from './FillProgress';
import type { Settings } from '../lib/settings';
import { DataSection, type DataApi } from './options/DataSection';
import { MarksSection } from './options/MarksSection';
import { SitesSection, type SitesApi } from './options/SitesSection';

export interface OptionsApi extends SitesApi, DataApi {
  settings(): Promise<Settings>;
  /** The first fill of the built-in data, while it runs. */
  fillStatus(): Promise<FillStatus>;
  saveSettings(settings: Settings): Promise<void>;
  mutes(): Promise<MuteRow[]>;
  unmute(id: string): Promise<unknown>;
}

export function OptionsApp({ api, t }: { api: OptionsApi; t: Translate }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [mutes, setMutes] = useState<MuteRow[]>([]);
  // Restore and delete-all change settings and mutes behind the view's back: read them again.
  const reload = () => {
    void api.settings().then(setSettings);
    void api.mutes().then(setMutes);
  };
  useEffect(reload, [api]);

  const update = (next: Settings) => {
    setSettings(next);
    void api.saveSettings(next);
  };

  if (!settings) return <p>{t('loading')}</p>;
  return (
    <main class="qv-options">
      <h1>{t('optionsTitle')}</h1>
      <FillProgress status={api.fillStatus} t={t} />
      <p>{t('optionsIntro')}</p>
      <SitesSection api={api} t={t} settings={settings} update={update} />
      <MarksSection t={t} settings={settings} update={update} />
      <section aria-labelledby="qv-mutes">
        <h2 id="qv-mutes">{t('mutedNames')}</h2>
        {mutes.length === 0 && <p>{t('noMutedNames')}</p>}
        <ul class="qv-mutes">
          {mutes.map((m) => (
            <li key={m.id}>
              {m.name} <small>({m.site === '*' ? t('everywhere') : m.site})</small>{' '}
              <button type="button" onClick={() => void api.unmute(m.id).then(() => setMutes((list) => list.filter((x) => x.id !== m.id)))}>
                {t('unmute')} <span class="qv-visually-hidden">{m.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <DataSection api={api} t={t} settings={settings} update={update} changed={reload} />
    </main>
  );
}
