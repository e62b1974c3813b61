/**
 * What the reader has of an entity: their highlights and notes that mention it, from every
 * article, and where they met it, newest first. Shown on the hover card and in the details.
 */
import type { Sighting } from '../lib/db';
import type { Highlight } from '../lib/highlights/model';
import type { Translate, UiLang } from '../lib/i18n/strings';
import { countText } from '../lib/i18n/plural';
import { siteOfUrl } from '../lib/sites';
import { localeOf } from '../lib/kb/format';

const shortDate = (ms: number, lang: UiLang) =>
  new Date(ms).toLocaleDateString(localeOf(lang), { day: 'numeric', month: 'short', year: 'numeric' });

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function EntityNotes({
  notes,
  name,
  lang,
  t,
  max,
}: {
  notes: readonly Highlight[];
  name: string;
  lang: UiLang;
  t: Translate;
  max: number;
}) {
  if (notes.length === 0) return null;
  const newest = [...notes].sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section class="qv-notes" aria-label={t('yourNotes').replace('{name}', name)}>
      <h3>
        {t('yourNotes').replace('{name}', name)} <span class="qv-count">{countText(t, lang, notes.length, 'noteCount')}</span>
      </h3>
      <ul>
        {newest.slice(0, max).map((h) => (
          <li key={h.id} class="qv-note">
            <q class="qv-note__quote">{clip(h.selectors.quote.exact, 90)}</q>
            {h.note && <span class="qv-note__text">{clip(h.note, 140)}</span>}
            <small class="qv-note__where">
              {siteOfUrl(h.url)} · {shortDate(h.updatedAt, lang)}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MetTimeline({ seen, lang, t, max }: { seen: readonly Sighting[]; lang: UiLang; t: Translate; max: number }) {
  if (seen.length === 0) return null;
  const newest = [...seen].sort((a, b) => b.seenAt - a.seenAt).slice(0, max);
  return (
    <section class="qv-timeline" aria-label={t('metTimeline')}>
      <h3>
        {t('metTimeline')} <span class="qv-count">{countText(t, lang, seen.length, 'pageCount')}</span>
      </h3>
      <ol>
        {newest.map((s) => (
          <li key={s.id ?? `${s.url}:${s.seenAt}`} class="qv-timeline__item">
            <time dateTime={new Date(s.seenAt).toISOString()}>{shortDate(s.seenAt, lang)}</time>{' '}
            <a href={s.url} target="_blank" rel="noreferrer">
              {clip(s.title || s.url, 60)}
            </a>{' '}
            <small>{siteOfUrl(s.url)}</small>
          </li>
        ))}
      </ol>
    </section>
  );
}
