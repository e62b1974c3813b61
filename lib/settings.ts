/**
 * The reader's settings, kept in extension storage (not in the knowledge base, so content scripts
 * can read them directly). Plain functions over a plain object, and one store over a storage area
 * that every part of the extension reads and writes them through.
 */
import type { MarkType } from './matcher/spot';
import { onSite, siteOf } from './sites';

export const SETTINGS_KEY = 'settings';

export const MARK_TYPES: readonly MarkType[] = ['company', 'country'];
export const MARK_STYLES = ['dotted', 'solid', 'background'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];
/** The hover card's dwell, in ms: shorter opens by accident, longer feels broken. */
export const HOVER_DELAY = { min: 100, max: 1500, default: 200 } as const;

export interface Settings {
  /** Sites (lib/sites.ts: host names without "www.", with their subdomains) where nothing is marked. */
  disabledSites: string[];
  /** Whether pages the reader reads are remembered for "seen in". */
  recordHistory: boolean;
  /** Which kinds of entity are marked. */
  markTypes: MarkType[];
  markStyle: MarkStyle;
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  recordHistory: true,
  markTypes: [...MARK_TYPES],
  markStyle: 'dotted',
  hoverDelayMs: HOVER_DELAY.default,
};

/** Settings from storage, tolerant of missing or malformed values (each falls back to its default). */
export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : undefined);
  const delay = typeof v.hoverDelayMs === 'number' && Number.isFinite(v.hoverDelayMs) ? Math.round(v.hoverDelayMs) : HOVER_DELAY.default;
  return {
    disabledSites: strings(v.disabledSites) ?? [],
    recordHistory: v.recordHistory !== false,
    markTypes: strings(v.markTypes)?.filter((t): t is MarkType => MARK_TYPES.includes(t as MarkType)) ?? [...MARK_TYPES],
    markStyle: MARK_STYLES.includes(v.markStyle as MarkStyle) ? (v.markStyle as MarkStyle) : 'dotted',
    hoverDelayMs: Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, delay)),
  };
}

/** Where the settings live: a storage area in the extension, a variable in tests. */
export interface SettingsStore {
  get(): Promise<Settings>;
  set(settings: Settings): Promise<void>;
  clear(): Promise<void>;
}

/** The part of a WebExtension storage area (browser.storage.local) the settings need. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The settings in a storage area, under SETTINGS_KEY, read tolerantly. */
export function settingsIn(area: StorageArea): SettingsStore {
  return {
    get: async () => parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]),
    set: (settings) => area.set({ [SETTINGS_KEY]: settings }),
    clear: () => area.remove(SETTINGS_KEY),
  };
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.some((site) => onSite(host, site));
}

export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const site = siteOf(host);
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
