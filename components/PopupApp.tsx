/**
 * The popup: this page's entities, a search over the whole knowledge base, and an entity's details.
 * Data comes from an injected api, so the component runs in tests without a browser.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate, UiLang } from '../lib/i18n/strings';
import type { PageEntity } from '../lib/protocol';
import type { EntitySummary, SearchHit } from '../lib/kb/types';
import { EntityDetails } from './EntityDetails';
import { FillProgress } from './FillProgress';
import { AllHighlights, PageHighlightList } from './HighlightList';
import type { PopupApi } from './popup-api';
import { pageEntitiesFile, pageEntityRows } from '../lib/page-entities-export';
import { RelationLine } from './RelationLine';
import { PageMap } from './PageMap';
import type { PageMapData } from '../lib/page-map/layout';
import { DerivedGroupLine } from './DerivedGroups';
import { siteOf } from '../lib/sites';

/** This page's entities come in these groups, in this order. */
const GROUPS = [
  { type: 'company', title: 'groupCompanies' },
  { type: 'country', title: 'groupCountries' },
] as const;

/** The name the search matched, when the result is listed under another one ("Deutsche Post → DHL Group"). */
function shownAs(hit: SearchHit): string | undefined {
  const m = hit.matched.toLowerCase();
  return m === hit.label.de.toLowerCase() || m === hit.label.en.toLowerCase() ? undefined : hit.matched;
}

export interface PopupAppProps {
  api: PopupApi;
  lang: UiLang;
  t: Translate;
  /** An entity to show at once (the hover card's "Details"). */
  initialEntity?: string;
}

export function PopupApp({ api, lang, t, initialEntity }: PopupAppProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [page, setPage] = useState<PageEntity[] | null | 'loading'>('loading');
  const [labels, setLabels] = useState<Record<string, EntitySummary>>({});
  // Entities opened one after another (following relations); the last is shown, Back pops it.
  const [trail, setTrail] = useState<string[]>(initialEntity ? [initialEntity] : []);
  const [active, setActive] = useState(0);
  const open = (id: string) => setTrail((t) => [...t, id]);
  const back = () => setTrail((t) => t.slice(0, -1));
  const [site, setSite] = useState<Awaited<ReturnType<PopupApi['siteStatus']>>>(null);
  // Null until the page's relations are read: the map is drawn once, with its lines.
  const [map, setMap] = useState<PageMapData | null>(null);
  // The relations in words come a frame after the map: a busy page has a hundred of them, and the
  // map is what the reader looks at first.
  const [listed, setListed] = useState<PageMapData | null>(null);
  useEffect(() => setListed(map), [map]);

  const loadPage = () =>
    api.pageEntities().then(
      async (list) => {
        setPage(list);
        setMap(null);
        const ids = (list ?? []).map((e) => e.id);
        // Labels and relations at once: the map waits for both.
        const [entities, map] = await Promise.all([api.summaries(ids), list && list.length > 1 ? api.pageMap(list) : null]);
        setLabels(Object.fromEntries(entities.flatMap((e) => (e ? [[e.id, e]] : []))));
        setMap(map);
      },
      () => setPage(null),
    );

  useEffect(() => {
    void loadPage();
    api.siteStatus().then(setSite, () => setSite(null));
  }, [api]);

  const toggleSite = async (enabled: boolean) => {
    if (!site) return;
    setSite({ ...site, enabled });
    await api.setSiteEnabled(site.host, enabled);
    void loadPage();
  };

  useEffect(() => {
    let stale = false;
    setActive(0);
    if (!query.trim()) setHits([]);
    else void api.search(query).then((h) => !stale && setHits(h));
    return () => {
      stale = true;
    };
  }, [api, query]);

  const selected = trail[trail.length - 1];
  if (selected) return <EntityDetails api={api} id={selected} lang={lang} t={t} onBack={back} onOpen={open} />;

  // The search field drives the result list: arrows move through it, Enter opens one, Escape clears.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      open(hits[active]!.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  return (
    <main class="qv-popup">
      <FillProgress status={api.fillStatus} t={t} onDone={() => void loadPage()} />
      <input
        type="search"
        class="qv-search"
        // ARIA 1.2 combobox on a search field (Preact's types ask for `list` with that role; there is no datalist).
        role="combobox"
        list={undefined}
        aria-label={t('searchLabel')}
        aria-autocomplete="list"
        aria-expanded={query.trim() !== '' && hits.length > 0}
        // The list exists only while there is a query; pointing at it otherwise names nothing.
        aria-controls={query.trim() ? 'qv-results' : undefined}
        aria-activedescendant={hits[active] ? `qv-hit-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        autoFocus
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {site && (
        <label class="qv-site">
          <input type="checkbox" checked={site.enabled} onChange={(e) => void toggleSite((e.target as HTMLInputElement).checked)} />{' '}
          {t('siteSwitch')} <span class="qv-site__host">{siteOf(site.host)}</span>
        </label>
      )}
      {query.trim() ? (
        <>
          {hits.length === 0 && <p class="qv-empty">{t('noResults')}</p>}
          <ul class="qv-results" id="qv-results" role="listbox" aria-label={t('searchLabel')}>
            {hits.map((h, i) => (
              <li
                key={h.id}
                id={`qv-hit-${i}`}
                role="option"
                aria-selected={i === active}
                class={`qv-item${i === active ? ' qv-item--active' : ''}`}
                onClick={() => open(h.id)}
              >
                {(h.flag ?? h.countryFlag) && <span aria-hidden="true">{h.flag ?? h.countryFlag} </span>}
                <span class="qv-item__name">
                  {shownAs(h) && <span class="qv-item__matched">{shownAs(h)} → </span>}
                  {h.label[lang]}
                </span>
                <span class="qv-item__type">
                  {t(h.type === 'company' ? 'typeCompany' : h.type === 'country' ? 'typeCountry' : 'typeOrganisation')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <section class="qv-page" aria-labelledby="qv-page-title">
          <h2 id="qv-page-title">{t('thisPage')}</h2>
          {page === 'loading' && <p>{t('loading')}</p>}
          {page === null && <p>{t('thisPageUnavailable')}</p>}
          {Array.isArray(page) && page.length === 0 && <p>{t('thisPageEmpty')}</p>}
          {Array.isArray(page) &&
            GROUPS.map(({ type, title }) => {
              const members = page.filter((e) => e.type === type).sort((a, b) => b.count - a.count);
              if (members.length === 0) return null;
              return (
                <section key={type} class="qv-group" aria-label={t(title)}>
                  <h3>{t(title)}</h3>
                  <ul class="qv-page__list">
                    {members.map((e) => (
                      <li key={e.id} data-page-entity={e.id}>
                        <button
                          type="button"
                          class="qv-item"
                          onClick={() => {
                            void api.reveal(e.id).catch(() => undefined);
                            open(e.id);
                          }}
                        >
                          <span class="qv-item__name">{labels[e.id]?.label[lang] ?? (e.id.startsWith('new:') ? e.id.slice(4) : e.id)}</span>
                          <span class="qv-item__count" title={t('mentions')}>
                            {e.count}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          {Array.isArray(page) && page.length > 0 && site && (
            <div class="qv-export" role="group" aria-label={t('exportPageEntities')}>
              <span class="qv-export__label">{t('exportPageEntities')}:</span>
              {(['csv', 'json'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  onClick={() => {
                    const rows = pageEntityRows(page, labels, lang);
                    const text = pageEntitiesFile(rows, format, { url: site.url, title: site.title });
                    api.download({
                      filename: `querverweis-entities-${site.host}.${format}`,
                      mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
                      text,
                    });
                  }}
                >
                  {format.toUpperCase()}
                </button>
              ))}
            </div>
          )}
          {Array.isArray(page) && map && (
            <PageMap
              entities={page}
              labels={labels}
              map={map}
              lang={lang}
              t={t}
              onChoose={(id) => {
                void api.reveal(id).catch(() => undefined);
                open(id);
              }}
            />
          )}
          {listed && listed.typed.length + listed.groups.length > 0 && (
            <>
              <h2>{t('relationsOnPage')}</h2>
              <ul class="qv-connections">
                {listed.typed.map((f) => (
                  <li key={f.id}>
                    <RelationLine fact={f} self={labels[f.subject]?.label[lang] ?? f.subject} lang={lang} />
                  </li>
                ))}
                {listed.groups.map((g) => (
                  <li key={`${g.property}:${g.value}`}>
                    <DerivedGroupLine group={g} lang={lang} t={t} labelOf={(id) => labels[id]?.label} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {!query.trim() && (
        <>
          <PageHighlightList api={api} t={t} />
          <AllHighlights api={api} t={t} />
        </>
      )}
    </main>
  );
}
