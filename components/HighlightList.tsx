/**
 * Highlights in the popup: this page's (with the ones not found on the page marked as orphans),
 * each editable and deletable; export as a file or to the clipboard; import of Web Annotation JSON.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ExportedFile, ExportFormat } from '../lib/highlights/export';
import { COLOR_VALUES, type Highlight, type HighlightColor } from '../lib/highlights/model';
import type { HighlightImportResult, HighlightScope } from '../lib/highlights/store';
import { fill, type Translate } from '../lib/i18n/strings';
import { FilePicker } from './FilePicker';
import { HighlightEditor } from './HighlightEditor';
import { problemText } from '../lib/i18n/problem';

export interface HighlightApi {
  /** This page's highlights and which of them are placed; null where the extension does not run. */
  pageHighlights(): Promise<{ highlights: Highlight[]; anchored: Record<string, boolean>; url: string } | null>;
  editHighlight(edit: { id: string; color?: HighlightColor; note?: string; tags?: string[] }): Promise<Highlight>;
  deleteHighlight(id: string): Promise<unknown>;
  revealHighlight(id: string): Promise<unknown>;
  exportHighlights(format: ExportFormat, scope: HighlightScope): Promise<ExportedFile>;
  importHighlights(text: string): Promise<HighlightImportResult>;
  /** Saves a file to the reader's downloads. */
  download(file: ExportedFile): void;
  copy(text: string): Promise<void>;
}

const FORMATS: Array<[ExportFormat, 'exportMarkdown' | 'exportCsv' | 'exportJson']> = [
  ['markdown', 'exportMarkdown'],
  ['csv', 'exportCsv'],
  ['json', 'exportJson'],
];

export function ExportButtons({
  api,
  t,
  scope,
  label,
}: {
  api: Pick<HighlightApi, 'exportHighlights' | 'download'>;
  t: Translate;
  scope: HighlightScope;
  label: string;
}) {
  const [error, setError] = useState('');
  const run = (format: ExportFormat) =>
    api.exportHighlights(format, scope).then(
      (file) => api.download(file),
      (e) => setError(problemText(e, t)),
    );
  return (
    <div class="qv-export" role="group" aria-label={label}>
      <span class="qv-export__label">{label}:</span>
      {FORMATS.map(([format, key]) => (
        <button key={format} type="button" onClick={() => void run(format)}>
          {t(key)}
        </button>
      ))}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}

export function PageHighlightList({ api, t }: { api: HighlightApi; t: Translate }) {
  const [state, setState] = useState<Awaited<ReturnType<HighlightApi['pageHighlights']>> | 'loading'>('loading');
  const [editing, setEditing] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const load = () => api.pageHighlights().then(setState, () => setState(null));
  useEffect(() => void load(), [api]);
  if (state === 'loading' || state === null) return null;
  const { highlights, anchored, url } = state;
  const sorted = [...highlights].sort((a, b) => a.selectors.position.start - b.selectors.position.start);

  const replace = (h: Highlight) => setState({ ...state, highlights: highlights.map((x) => (x.id === h.id ? h : x)) });
  const copy = async () => {
    const file = await api.exportHighlights('markdown', { url });
    await api.copy(file.text);
    setStatus(t('copied'));
  };

  return (
    <section class="qv-highlights" aria-labelledby="qv-highlights-title">
      <h2 id="qv-highlights-title">{t('highlights')}</h2>
      {sorted.length === 0 && <p class="qv-empty">{t('highlightsEmpty')}</p>}
      <ul class="qv-highlights__list">
        {sorted.map((h) => (
          <li key={h.id} data-popup-highlight={h.id} class={anchored[h.id] ? '' : 'qv-highlight--orphan'}>
            {editing === h.id ? (
              <HighlightEditor
                highlight={h}
                t={t}
                onColor={(color) => void api.editHighlight({ id: h.id, color }).then(replace)}
                onSave={(edit) => api.editHighlight({ id: h.id, ...edit }).then(replace)}
                onDelete={() => void api.deleteHighlight(h.id).then(load)}
                onClose={() => setEditing(undefined)}
              />
            ) : (
              <>
                <blockquote style={{ borderLeftColor: COLOR_VALUES[h.color] }}>
                  {anchored[h.id] ? (
                    <button type="button" class="qv-link" onClick={() => void api.revealHighlight(h.id)}>
                      {h.selectors.quote.exact}
                    </button>
                  ) : (
                    h.selectors.quote.exact
                  )}
                </blockquote>
                {!anchored[h.id] && (
                  <p class="qv-orphan" title={t('orphanHint')}>
                    {t('orphan')}
                  </p>
                )}
                {h.note && <p class="qv-highlight__note">{h.note}</p>}
                {h.tags.length > 0 && <p class="qv-highlight__tags">{h.tags.map((tag) => `#${tag}`).join(' ')}</p>}
                <div class="qv-highlight__actions">
                  <button type="button" onClick={() => setEditing(h.id)}>
                    {t('edit')}
                  </button>
                  <button type="button" onClick={() => void api.deleteHighlight(h.id).then(load)}>
                    {t('delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {sorted.length > 0 && (
        <>
          <button type="button" onClick={() => void copy()}>
            {t('copyMarkdown')}
          </button>{' '}
          <span role="status">{status}</span>
          <ExportButtons api={api} t={t} scope={{ url }} label={t('exportHighlightsOfPage')} />
        </>
      )}
    </section>
  );
}

/** All highlights: export, and import of a Web Annotation file. */
export function AllHighlights({ api, t }: { api: HighlightApi; t: Translate }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const onText = async (text: string) => {
    try {
      setMessage({ ok: true, text: fill(t('highlightsImported'), { ...(await api.importHighlights(text)) }) });
    } catch (e) {
      setMessage({ ok: false, text: problemText(e, t) });
    }
  };
  return (
    <section class="qv-all-highlights">
      <ExportButtons api={api} t={t} scope={{}} label={t('exportHighlightsAll')} />
      <FilePicker
        class="qv-import"
        label={t('importHighlights')}
        accept=".json,.jsonld,application/json,application/ld+json"
        onText={onText}
      />
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
