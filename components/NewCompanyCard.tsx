/**
 * The card of a company the text introduced itself ("Fensterbauer Meeth") and the knowledge base
 * lacks: it says so, and offers to add it, so that it is a known entity from the next page on.
 * Its strings are in both languages here until they move into the catalogue (lib/i18n) with the
 * rest of this card's work (issue #17).
 */
import { useState } from 'preact/hooks';
import type { UiLang } from '../lib/i18n/messages';

const TEXT = {
  de: { type: 'Unternehmen', note: 'Nicht in der Wissensbasis: der Text nennt es ein Unternehmen.', add: 'Zur Wissensbasis hinzufügen', added: 'Hinzugefügt. Ab dem nächsten Laden einer Seite wird es als bekanntes Unternehmen markiert.', failed: 'Nicht hinzugefügt: ' },
  en: { type: 'Company', note: 'Not in the knowledge base: the text calls it a company.', add: 'Add to knowledge base', added: 'Added. From the next page you load it is marked as a known company.', failed: 'Not added: ' },
} as const;

export function NewCompanyCard({ name, lang, onAdd }: { name: string; lang: UiLang; onAdd(): Promise<unknown> }) {
  const s = TEXT[lang];
  const [status, setStatus] = useState('');
  const add = () =>
    onAdd().then(
      () => setStatus(s.added),
      (e: unknown) => setStatus(s.failed + (e instanceof Error ? e.message : String(e))),
    );
  return (
    <div class="qv-card" data-card-entity={`new:${name}`}>
      <header class="qv-card__head">
        <strong class="qv-card__name">{name}</strong>
        <span class="qv-card__type">{s.type}</span>
      </header>
      <p class="qv-card__desc">{s.note}</p>
      <div class="qv-card__actions">
        {!status && (
          <button type="button" class="qv-card__more" onClick={() => void add()}>
            {s.add}
          </button>
        )}
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
