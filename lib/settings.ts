/**
 * The reader's settings, kept in extension storage (not in the knowledge base, so content scripts
 * can read them directly). Plain functions over a plain object; the entrypoints do the storage I/O.
 */

export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** Sites (host names without "www.") where nothing is marked. */
  disabledSites: string[];
  /** Whether pages the reader reads are remembered for "seen in". */
  recordHistory: boolean;
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], recordHistory: true };

/** Settings from storage, tolerant of missing or malformed values (they fall back to defaults). */
export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Settings>;
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [];
  return { disabledSites: sites, recordHistory: v.recordHistory !== false };
}

/** The site a host belongs to, as the reader sees it: "www.handelsblatt.com" → "handelsblatt.com". */
export function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export function siteEnabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return !settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}

export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const site = siteOf(host);
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
