import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, settingsIn, siteEnabled, withSiteEnabled } from '../../lib/settings';
import { siteOf, sitesOf } from '../../lib/sites';

describe('settings', () => {
  it('switches a site off and on, for the site and its subdomains', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'www.handelsblatt.com', false);
    expect(off.disabledSites).toEqual(['handelsblatt.com']);
    expect(siteEnabled(off, 'www.handelsblatt.com')).toBe(false);
    expect(siteEnabled(off, 'handelsblatt.com')).toBe(false);
    expect(siteEnabled(off, 'www.faz.net')).toBe(true);
    expect(siteEnabled(off, 'nothandelsblatt.com')).toBe(true);
    expect(siteEnabled(withSiteEnabled(off, 'handelsblatt.com', true), 'www.handelsblatt.com')).toBe(true);
  });

  it('reads malformed storage as defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ disabledSites: 'x' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ disabledSites: ['faz.net', 3] })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['faz.net'] });
    expect(parseSettings({ recordHistory: false }).recordHistory).toBe(false);
    expect(siteOf('WWW.FAZ.NET')).toBe('faz.net');
    expect(sitesOf('www.news.example.com')).toEqual(['news.example.com', 'example.com', 'com']);
  });

  it('keeps entity types, mark style and hover delay within what the UI offers', () => {
    expect(parseSettings({ markTypes: ['country', 'organisation', 7] }).markTypes).toEqual(['country']);
    expect(parseSettings({ markTypes: [] }).markTypes).toEqual([]);
    expect(parseSettings({ markStyle: 'blink' }).markStyle).toBe('dotted');
    expect(parseSettings({ markStyle: 'background' }).markStyle).toBe('background');
    expect(parseSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(100);
    expect(parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(1500);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(200);
    expect(parseSettings({ hoverDelayMs: 450.4 }).hoverDelayMs).toBe(450);
  });

  it('reads and writes them in a storage area under one key, tolerantly', async () => {
    const items: Record<string, unknown> = { [SETTINGS_KEY]: { markStyle: 'solid', hoverDelayMs: 'x' } };
    const store = settingsIn({
      get: async (key) => (key in items ? { [key]: items[key] } : {}),
      set: async (more) => void Object.assign(items, more),
      remove: async (key) => void delete items[key],
    });
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'solid' });
    await store.set({ ...DEFAULT_SETTINGS, recordHistory: false });
    expect(items[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, recordHistory: false });
    await store.clear();
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });
});
