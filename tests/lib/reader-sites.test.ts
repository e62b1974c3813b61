import { describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  extraMatches,
  readerSites,
  siteFromInput,
  siteOrigins,
  syncReaderSites,
  type ScriptRegistry,
} from '../../lib/reader-sites';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites';

describe('reader sites', () => {
  it('reads a site from what the reader types or pastes', () => {
    expect(siteFromInput('https://www.Example.com/wirtschaft/artikel.html')).toBe('example.com');
    expect(siteFromInput('  news.example.co.uk ')).toBe('news.example.co.uk');
    expect(siteFromInput('www.tagesanzeiger.ch/')).toBe('tagesanzeiger.ch');
    for (const bad of ['', 'localhost', 'not a host', 'javascript:alert(1)', 'https://', '*.example.com', 'exa_mple.com', '1.2.3.4'])
      expect(siteFromInput(bad), bad).toBeUndefined();
    expect(siteOrigins('example.com')).toEqual(['https://*.example.com/*']);
  });

  it('tells the reader\'s sites and "all sites" from the granted origins', () => {
    const granted = [...DEFAULT_SITE_MATCHES, 'https://*.example.com/*', 'https://*.tagesanzeiger.ch/*'];
    expect(readerSites(granted)).toEqual({ allSites: false, sites: ['example.com', 'tagesanzeiger.ch'] });
    expect(readerSites([...granted, ...ALL_SITES]).allSites).toBe(true);
    expect(extraMatches(granted)).toEqual(['https://*.example.com/*', 'https://*.tagesanzeiger.ch/*']);
  });

  it('registers the content script for granted origins, once, and removes it when they go', async () => {
    let granted = [...DEFAULT_SITE_MATCHES];
    let registered: { matches: string[]; exclude: string[] } | undefined;
    let writes = 0;
    const registry: ScriptRegistry = {
      granted: async () => granted,
      registered: async () => registered?.matches,
      register: async (matches, exclude) => void ((registered = { matches, exclude }), writes++),
      unregister: async () => void ((registered = undefined), writes++),
    };
    expect(await syncReaderSites(registry)).toEqual([]);
    expect(registered).toBeUndefined();
    granted = [...granted, 'https://*.example.com/*'];
    await syncReaderSites(registry);
    expect(registered).toEqual({ matches: ['https://*.example.com/*'], exclude: DEFAULT_SITE_MATCHES });
    const before = writes;
    await syncReaderSites(registry);
    expect(writes).toBe(before);
    granted = [...granted, ...ALL_SITES];
    await syncReaderSites(registry);
    expect(registered?.matches).toEqual(['http://*/*', 'https://*.example.com/*', 'https://*/*']);
    granted = [...DEFAULT_SITE_MATCHES];
    await syncReaderSites(registry);
    expect(registered).toBeUndefined();
  });
});
