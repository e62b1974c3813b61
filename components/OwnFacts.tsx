/** The reader's own facts about an entity: listed with edit and delete, and a form to add one. */
import { useState } from 'preact/hooks';
import type { Translate, UiLang } from '../lib/i18n/strings';
import { factLabel, formatValue } from '../lib/kb/format';
import type { Fact, FactView } from '../lib/kb/types';
import { problemText } from '../lib/i18n/problem';

export interface OwnFactsProps {
  subject: string;
  facts: FactView[];
  lang: UiLang;
  t: Translate;
  save(fact: { id?: string; subject: string; property: string; value: string }): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  /** Called after a change, to reload the facts. */
  changed(): void;
}

export function OwnFacts({ subject, facts, lang, t, save, remove, changed }: OwnFactsProps) {
  const own = facts.filter((f) => f.origin !== 'builtin' && f.direction === 'out' && !f.object);
  const [editing, setEditing] = useState<Fact | null>(null);
  const [property, setProperty] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState('');

  const startEdit = (f: Fact) => {
    setEditing(f);
    setProperty(f.property);
    setValue(String(f.value ?? ''));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await save({ ...(editing ? { id: editing.id } : {}), subject, property: property.trim(), value: value.trim() });
      setEditing(null);
      setProperty('');
      setValue('');
      setError('');
      changed();
    } catch (err) {
      setError(problemText(err, t));
    }
  };

  return (
    <section class="qv-own">
      <h2>{t('ownFacts')}</h2>
      {own.length > 0 && (
        <ul>
          {own.map((f) => (
            <li key={f.id} data-fact={f.id}>
              {factLabel(f, lang)}: {formatValue(f, lang)}{' '}
              <button type="button" class="qv-link" onClick={() => startEdit(f)}>
                {t('edit')}
              </button>{' '}
              <button type="button" class="qv-link" onClick={() => void remove(f.id).then(changed)}>
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="qv-own__form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('property')}{' '}
          <input
            value={property}
            required
            maxLength={64}
            pattern="[A-Za-z][A-Za-z0-9]*"
            onInput={(e) => setProperty((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('value')} <input value={value} required maxLength={1000} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{editing ? t('save') : t('addFact')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
