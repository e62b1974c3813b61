/** Which entities are marked on pages, how the marks look, and how soon the hover card opens. */
import type { MessageKey, Translate } from '../../lib/i18n/strings';
import type { MarkType } from '../../lib/matcher/spot';
import { HOVER_DELAY, MARK_STYLES, MARK_TYPES, parseSettings, type MarkStyle, type Settings } from '../../lib/settings';

const TYPE_KEYS: Record<MarkType, MessageKey> = { company: 'groupCompanies', country: 'groupCountries' };
const STYLE_KEYS: Record<MarkStyle, MessageKey> = { dotted: 'markStyleDotted', solid: 'markStyleSolid', background: 'markStyleBackground' };

export function MarksSection({ t, settings, update }: { t: Translate; settings: Settings; update(next: Settings): void }) {
  const toggle = (type: MarkType, on: boolean) =>
    update({ ...settings, markTypes: MARK_TYPES.filter((x) => (x === type ? on : settings.markTypes.includes(x))) });
  return (
    <section aria-labelledby="qv-marks">
      <h2 id="qv-marks">{t('marksSection')}</h2>
      <fieldset>
        <legend>{t('markTypes')}</legend>
        {MARK_TYPES.map((type) => (
          <label key={type} class="qv-choice">
            <input
              type="checkbox"
              checked={settings.markTypes.includes(type)}
              onChange={(e) => toggle(type, (e.target as HTMLInputElement).checked)}
            />{' '}
            {t(TYPE_KEYS[type])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('markStyle')}</legend>
        {MARK_STYLES.map((style) => (
          <label key={style} class={`qv-choice qv-look qv-look--${style}`}>
            <input
              type="radio"
              name="qv-mark-style"
              value={style}
              checked={settings.markStyle === style}
              onChange={() => update({ ...settings, markStyle: style })}
            />{' '}
            <span>{t(STYLE_KEYS[style])}</span>
          </label>
        ))}
      </fieldset>
      <label class="qv-choice">
        {t('hoverDelay')}{' '}
        <input
          type="number"
          min={HOVER_DELAY.min}
          max={HOVER_DELAY.max}
          step={50}
          value={settings.hoverDelayMs}
          // Clamped as storage reads it, so the field never holds a value the page would not use.
          onChange={(e) =>
            update({
              ...settings,
              hoverDelayMs: parseSettings({ hoverDelayMs: Number((e.target as HTMLInputElement).value) }).hoverDelayMs,
            })
          }
        />
      </label>
    </section>
  );
}
