/**
 * The hover card: name, type, description, key facts, and this entity's connections to the other
 * entities on the page. Pure view: data comes through props, and all text is rendered as text.
 */
import type { CardData } from '../lib/kb/card';
import { entityLabel, factLabel, formatValue } from '../lib/kb/format';
import type { FactView } from '../lib/kb/types';
import type { Translate, UiLang } from '../lib/i18n/strings';
import { RelationLine } from './RelationLine';
import { DerivedGroupLine } from './DerivedGroups';
import { groupDerived } from '../lib/kb/relations';
import { EntityNotes, MetTimeline } from './ReaderTrail';
import type { Highlight } from '../lib/highlights/model';
import type { Sighting } from '../lib/db';

export interface HoverCardProps {
  card: CardData | null | 'loading';
  lang: UiLang;
  t: Translate;
  onDetails?: (id: string) => void;
  /** "Wrong entity" / "don't mark this name": on this site or everywhere. */
  onMute?: (scope: 'site' | 'everywhere') => void;
  /** The reader's highlights that mention the entity, from every article. */
  notes?: readonly Highlight[];
  /** Where the reader met the entity before. */
  seen?: readonly Sighting[];
}

const TYPE_KEY = { company: 'typeCompany', country: 'typeCountry', organisation: 'typeOrganisation' } as const;

export function HoverCard({ card, lang, t, onDetails, onMute, notes = [], seen = [] }: HoverCardProps) {
  if (card === 'loading') return <div class="qv-card qv-card--loading">{t('loading')}</div>;
  if (!card) return null;
  const { entity, keyFacts, relations } = card;
  const name = entityLabel(entity, lang);
  const { typed, groups } = groupDerived(relations, entity.id);
  return (
    <div class="qv-card" data-card-entity={entity.id}>
      <header class="qv-card__head">
        {(card.flag ?? entity.flag) && (
          <span class="qv-card__flag" aria-hidden="true">
            {card.flag ?? entity.flag}
          </span>
        )}
        <strong class="qv-card__name">{name}</strong>
        <span class="qv-card__type">{t(TYPE_KEY[entity.type])}</span>
      </header>
      {entity.description?.[lang] && <p class="qv-card__desc">{entity.description[lang]}</p>}
      {keyFacts.length > 0 && (
        <dl class="qv-card__facts">
          {keyFacts.map((f) => (
            <FactRow key={f.id} fact={f} lang={lang} />
          ))}
        </dl>
      )}
      {relations.length > 0 && (
        <section class="qv-card__relations">
          <h3>{t('relationsOnPage')}</h3>
          <ul>
            {typed.map((f) => (
              <li key={`${f.id}:${f.direction}`}>
                <RelationLine fact={f} self={name} lang={lang} />
              </li>
            ))}
            {groups.map((g) => (
              <li key={`${g.property}:${g.value}`}>
                <DerivedGroupLine group={g} lang={lang} t={t} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <EntityNotes notes={notes} name={name} lang={lang} t={t} max={2} />
      <MetTimeline seen={seen} lang={lang} t={t} max={3} />
      {(onDetails || onMute) && (
        <footer class="qv-card__actions">
          {onDetails && (
            <button type="button" class="qv-card__more" onClick={() => onDetails(entity.id)}>
              {t('openDetails')}
            </button>
          )}
          {onMute && (
            <>
              <button type="button" class="qv-card__mute" onClick={() => onMute('site')}>
                {t('muteHere')}
              </button>
              <button type="button" class="qv-card__mute" onClick={() => onMute('everywhere')}>
                {t('muteEverywhere')}
              </button>
            </>
          )}
        </footer>
      )}
    </div>
  );
}

function FactRow({ fact, lang }: { fact: FactView; lang: UiLang }) {
  const value = fact.object ? (fact.otherLabel?.[lang] ?? fact.object) : formatValue(fact, lang);
  return (
    <>
      <dt>{factLabel(fact, lang)}</dt>
      <dd>{value}</dd>
    </>
  );
}
