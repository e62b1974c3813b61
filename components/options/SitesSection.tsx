/**
 * Where Querverweis runs: the news sites it ships with (each can be switched off), sites the reader
 * adds, and every site. Adding asks the browser for that site's permission; the browser's grants
 * are the record, so a site revoked in the browser's settings disappears here too.
 */
import { useEffect, useState } from 'preact/hooks';
import { fill, type Translate } from '../../lib/i18n/strings';
import { ALL_SITES, siteFromInput, siteOrigins } from '../../lib/reader-sites';
import { siteEnabled, withSiteEnabled, type Settings } from '../../lib/settings';
import { DEFAULT_NEWS_SITES } from '../../lib/sites';

export interface SitesApi {
  /** The reader's granted sites and whether every site is granted. */
  readerSites(): Promise<{ allSites: boolean; sites: string[] }>;
  /** Asks the browser (a prompt); must run straight from the click. */
  grant(origins: string[]): Promise<boolean>;
  revoke(origins: string[]): Promise<void>;
}

export function SitesSection({
  api,
  t,
  settings,
  update,
}: {
  api: SitesApi;
  t: Translate;
  settings: Settings;
  update(next: Settings): void;
}) {
  const [granted, setGranted] = useState<{ allSites: boolean; sites: string[] }>({ allSites: false, sites: [] });
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  const refresh = () => void api.readerSites().then(setGranted);
  useEffect(refresh, [api]);

  const siteSwitch = (site: string) => (
    <label>
      <input
        type="checkbox"
        checked={siteEnabled(settings, site)}
        onChange={(e) => update(withSiteEnabled(settings, site, (e.target as HTMLInputElement).checked))}
      />{' '}
      {site}
    </label>
  );
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteFromInput(input);
    if (!site) return setStatus(t('siteInvalid'));
    // No await before the request: the browser only asks while the click is being handled.
    void api.grant(siteOrigins(site)).then((ok) => {
      setStatus(fill(t(ok ? 'siteAdded' : 'siteNotGranted'), { site }));
      if (ok) setInput('');
      refresh();
    });
  };
  const setAll = (on: boolean) => {
    const done = on ? api.grant(ALL_SITES) : api.revoke(ALL_SITES);
    void done.then(refresh);
  };

  return (
    <section aria-labelledby="qv-sites">
      <h2 id="qv-sites">{t('sites')}</h2>
      <h3>{t('sitesNews')}</h3>
      <ul class="qv-sites">
        {DEFAULT_NEWS_SITES.map((site) => (
          <li key={site}>{siteSwitch(site)}</li>
        ))}
      </ul>
      <h3>{t('sitesOwn')}</h3>
      {granted.sites.length === 0 && <p>{t('sitesOwnEmpty')}</p>}
      <ul class="qv-sites qv-sites--own">
        {granted.sites.map((site) => (
          <li key={site}>
            {siteSwitch(site)}{' '}
            <button type="button" onClick={() => void api.revoke(siteOrigins(site)).then(refresh)}>
              {t('siteRemove')} <span class="qv-visually-hidden">{site}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="qv-row" onSubmit={add}>
        <label>
          {t('siteAddLabel')}{' '}
          <input type="text" inputMode="url" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">{t('siteAdd')}</button>
      </form>
      <p>
        <label>
          <input type="checkbox" checked={granted.allSites} onChange={(e) => setAll((e.target as HTMLInputElement).checked)} />{' '}
          {t('allSites')}
        </label>
        <br />
        <small>{t('allSitesHint')}</small>
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
