/**
 * The card of a company the text introduced itself ("Fensterbauer Meeth") and the knowledge base
 * lacks: it says so, and offers to add it, so that it is a known entity from the next page on.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/strings';

export function NewCompanyCard({ name, t, onAdd }: { name: string; t: Translate; onAdd(): Promise<unknown> }) {
  const [status, setStatus] = useState('');
  const add = () =>
    onAdd().then(
      () => setStatus(t('addedToKb')),
      (e: unknown) => setStatus(t('notAdded') + (e instanceof Error ? e.message : String(e))),
    );
  return (
    <div class="qv-card" data-card-entity={`new:${name}`}>
      <header class="qv-card__head">
        <strong class="qv-card__name">{name}</strong>
        <span class="qv-card__type">{t('typeCompany')}</span>
      </header>
      <p class="qv-card__desc">{t('notInKb')}</p>
      <div class="qv-card__actions">
        {!status && (
          <button type="button" class="qv-card__more" onClick={() => void add()}>
            {t('addToKb')}
          </button>
        )}
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
