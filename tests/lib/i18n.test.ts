import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, translator, uiLangOf } from '../../lib/i18n/messages';

describe('UI strings', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES.de).sort()).toEqual(en);
    for (const lang of ['en', 'de'] as const) for (const key of en) expect(MESSAGES[lang][key as keyof typeof MESSAGES.en].trim(), `${lang}.${key}`).not.toBe('');
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
});
