import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTranslator, fill, MESSAGES, translator, uiLangOf, uiStrings } from '../../lib/i18n/strings';

describe('UI strings', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES.de).sort()).toEqual(en);
    for (const lang of ['en', 'de'] as const)
      for (const key of en) expect(MESSAGES[lang][key as keyof typeof MESSAGES.en].trim(), `${lang}.${key}`).not.toBe('');
  });

  it('is written to _locales for browser.i18n with the same keys', () => {
    for (const lang of ['en', 'de']) {
      const file = `public/_locales/${lang}/messages.json`;
      expect(existsSync(file), `${file} (npm run generate)`).toBe(true);
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(json).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    }
  });

  it('picks German for any German locale and English otherwise', () => {
    expect(uiLangOf('de-AT')).toBe('de');
    expect(uiLangOf('en-US')).toBe('en');
    expect(uiLangOf('fr')).toBe('en');
    expect(translator('de')('thisPage')).toBe('Auf dieser Seite');
  });

  it("fits the stores: name and description within Chrome's limits (45 and 132 characters)", () => {
    for (const lang of ['en', 'de'] as const) {
      expect(MESSAGES[lang].extName.length).toBeLessThanOrEqual(45);
      expect(MESSAGES[lang].extDescription.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it("reads strings from the browser's catalogue, English where it has none", () => {
    const catalogue: Record<string, string> = { '@@ui_locale': 'de', thisPage: 'Auf dieser Seite' };
    const { lang, t } = uiStrings({ getMessage: (key) => catalogue[key] ?? '' });
    expect(lang).toBe('de');
    expect(t('thisPage')).toBe('Auf dieser Seite');
    expect(t('close')).toBe('Close');
    expect(catalogTranslator(() => '')('save')).toBe('Save');
    expect(fill('Imported {entities} and {facts}, not {other}.', { entities: 2, facts: 0 })).toBe('Imported 2 and 0, not {other}.');
  });
});
