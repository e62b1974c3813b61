/** Colour, note and tags of one highlight, with delete. Used on the page and in the popup. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { COLOR_VALUES, HIGHLIGHT_COLORS, LIMITS, parseTagInput, type Highlight, type HighlightColor } from '../lib/highlights/model';
import type { MessageKey, Translate } from '../lib/i18n/strings';
import { problemText } from '../lib/i18n/problem';

const COLOR_KEYS: Record<HighlightColor, MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
};

export interface HighlightEditorProps {
  highlight: Highlight;
  t: Translate;
  onColor(color: HighlightColor): void;
  onSave(edit: { note: string; tags: string[] }): Promise<unknown> | void;
  onDelete(): void;
  onClose?: () => void;
  /** Focus the note field on open (the page's editor; not in lists). */
  autoFocus?: boolean;
}

export function HighlightEditor({ highlight, t, onColor, onSave, onDelete, onClose, autoFocus }: HighlightEditorProps) {
  const [note, setNote] = useState(highlight.note);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const [status, setStatus] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await onSave({ note, tags: parseTagInput(tags) });
      setStatus(t('saved'));
    } catch (err) {
      setStatus(problemText(err, t));
    }
  };
  return (
    <form class="qv-hl-editor" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onClose?.()}>
      <blockquote class="qv-hl-editor__quote">{highlight.selectors.quote.exact}</blockquote>
      <fieldset class="qv-hl-editor__colors">
        <legend>{t('highlightColor')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            class="qv-hl-swatch"
            aria-label={t(COLOR_KEYS[c])}
            aria-pressed={highlight.color === c}
            style={{ background: COLOR_VALUES[c] }}
            onClick={() => onColor(c)}
          />
        ))}
      </fieldset>
      <label>
        {t('highlightNote')}
        <textarea ref={noteRef} rows={3} maxLength={LIMITS.note} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('highlightTags')}
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="qv-hl-editor__actions">
        <button type="submit">{t('save')}</button>
        <button type="button" class="qv-hl-editor__delete" onClick={onDelete}>
          {t('delete')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        )}
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
