/** An entity's details: description, facts, and relations in both directions as links. */
import { useEffect, useState } from 'preact/hooks';
import type { Translate, UiLang } from '../lib/i18n/strings';
import { entityLabel, factLabel, formatValue, localeOf, otherEnd } from '../lib/kb/format';
import type { Sighting } from '../lib/db';
import type { Entity, FactView } from '../lib/kb/types';
import { OwnFacts } from './OwnFacts';
import { FactDetail } from './FactDetail';
import { EntityNotes } from './ReaderTrail';
import type { Highlight } from '../lib/highlights/model';
import { countText } from '../lib/i18n/plural';
import { rankRelations } from '../lib/kb/relations';
import { ExportButtons } from './HighlightList';
import type { PopupApi } from './popup-api';
import { siteOfUrl } from '../lib/sites';

export interface EntityDetailsProps {
  api: Pick<
    PopupApi,
    'entity' | 'facts' | 'sightings' | 'notes' | 'coMentions' | 'putFact' | 'deleteFact' | 'exportHighlights' | 'download'
  >;
  id: string;
  lang: UiLang;
  t: Translate;
  onBack(): void;
  onOpen(id: string): void;
}

export function EntityDetails({ api, id, lang, t, onBack, onOpen }: EntityDetailsProps) {
  const [entity, setEntity] = useState<Entity | null | undefined>(undefined);
  const [facts, setFacts] = useState<FactView[]>([]);
  const [seen, setSeen] = useState<Sighting[]>([]);
  const [together, setTogether] = useState<Awaited<ReturnType<PopupApi['coMentions']>>>([]);
  const [notes, setNotes] = useState<Highlight[]>([]);
  useEffect(() => {
    void api.entity(id).then(setEntity);
    void api.facts(id).then(setFacts);
    void api.sightings(id).then(setSeen, () => setSeen([]));
    void api.coMentions(id).then(setTogether, () => setTogether([]));
    void api.notes(id).then(setNotes, () => setNotes([]));
  }, [api, id]);

  // Escape goes back, as the Back button does.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onBack();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);

  if (entity === undefined) return <p>{t('loading')}</p>;
  const literal = facts.filter((f) => !f.object && f.origin === 'builtin');
  const relations = rankRelations(facts.filter((f) => f.object));
  return (
    <article class="qv-details" data-details-entity={id}>
      <button type="button" class="qv-back" onClick={onBack}>
        ← {t('back')}
      </button>
      <h1>
        {entity?.flag && <span aria-hidden="true">{entity.flag} </span>}
        {entity ? entityLabel(entity, lang) : id}
      </h1>
      {entity?.description?.[lang] && <p>{entity.description[lang]}</p>}
      {literal.length > 0 && (
        <section>
          <h2>{t('facts')}</h2>
          <dl class="qv-facts">
            {literal.map((f) => (
              <div key={f.id} class="qv-fact">
                <dt>{factLabel(f, lang)}</dt>
                <dd>
                  {formatValue(f, lang)} <FactDetail fact={f} lang={lang} withValue={false} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {relations.length > 0 && (
        <section>
          <h2>{t('relations')}</h2>
          <ul class="qv-relations">
            {relations.slice(0, SHOWN_RELATIONS).map((f) => (
              <RelationItem key={`${f.id}:${f.direction}`} fact={f} lang={lang} onOpen={onOpen} />
            ))}
          </ul>
          {relations.length > SHOWN_RELATIONS && (
            // A country is the seat of hundreds of companies: the rest folds away, the telling ones stay on top.
            <details class="qv-relations__more">
              <summary>{countText(t, lang, relations.length - SHOWN_RELATIONS, 'connectionCount')}</summary>
              <ul class="qv-relations__rest">
                {relations.slice(SHOWN_RELATIONS).map((f) => (
                  <RelationItem key={`${f.id}:${f.direction}`} fact={f} lang={lang} onOpen={onOpen} />
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      <OwnFacts
        subject={id}
        facts={facts}
        lang={lang}
        t={t}
        save={(f) => api.putFact(f)}
        remove={(factId) => api.deleteFact(factId)}
        changed={() => void api.facts(id).then(setFacts)}
      />
      {together.length > 0 && (
        <section>
          <h2>{t('oftenTogether')}</h2>
          <ul class="qv-together">
            {together.map((c) => (
              <li key={c.id}>
                <button type="button" class="qv-link" onClick={() => onOpen(c.id)}>
                  {c.label?.[lang] ?? c.id}
                </button>{' '}
                <small>{countText(t, lang, c.pages, 'pageCount')}</small>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EntityNotes notes={notes} name={entity ? entityLabel(entity, lang) : id} lang={lang} t={t} max={10} />
      {seen.length > 0 && (
        <section>
          <h2>{t('seenIn')}</h2>
          <ul class="qv-seen">
            {seen.map((s) => (
              <li key={s.id}>
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title || s.url}
                </a>{' '}
                <small>
                  {siteOfUrl(s.url)}, {new Date(s.seenAt).toLocaleDateString(localeOf(lang))}
                </small>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ExportButtons api={api} t={t} scope={{ entityId: id }} label={t('exportHighlightsOfEntity')} />
    </article>
  );
}

/** How many relations the details list before folding the rest away. */
const SHOWN_RELATIONS = 20;

function RelationItem({ fact: f, lang, onOpen }: { fact: FactView; lang: UiLang; onOpen(id: string): void }) {
  return (
    <li>
      {factLabel(f, lang)}{' '}
      <button type="button" class="qv-link" onClick={() => onOpen(otherEnd(f)!)}>
        {f.otherLabel?.[lang] ?? otherEnd(f)}
      </button>{' '}
      <FactDetail fact={f} lang={lang} />
    </li>
  );
}
