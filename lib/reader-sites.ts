/**
 * Sites the reader adds beyond the default news list, and "all sites". The browser's granted
 * optional host permissions are the one record of them: a granted origin is a site the content
 * script runs on, registered at run time (scripting.registerContentScripts); revoking the
 * permission (here or in the browser's own settings) removes it.
 */
import { DEFAULT_SITE_MATCHES, isDomainName, siteOf } from './sites';

export const READER_SITES_SCRIPT_ID = 'querverweis-reader-sites';
export const ALL_SITES = ['https://*/*', 'http://*/*'];

/** "https://www.example.com/wirtschaft" or "Example.com" → "example.com"; undefined if not a host name. */
export function siteFromInput(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = new URL(text).hostname;
  } catch {
    return undefined;
  }
  text = siteOf(text.replace(/\/.*$/, '')).replace(/\.$/, '');
  return isDomainName(text) ? text : undefined;
}

/** The permission a site needs: https on the site and all its subdomains. */
export function siteOrigins(site: string): string[] {
  return [`https://*.${site}/*`];
}

/** What the granted origins mean for the options page. */
export function readerSites(granted: readonly string[]): { allSites: boolean; sites: string[] } {
  const defaults = new Set(DEFAULT_SITE_MATCHES);
  const sites = granted
    .filter((o) => !defaults.has(o))
    .map((o) => /^https:\/\/\*\.([^/]+)\/\*$/.exec(o)?.[1])
    .filter((s): s is string => !!s && isDomainName(s));
  return { allSites: ALL_SITES.every((o) => granted.includes(o)), sites: [...new Set(sites)].sort() };
}

/** The content script's extra matches: granted web origins beyond the manifest's own. */
export function extraMatches(granted: readonly string[]): string[] {
  const defaults = new Set(DEFAULT_SITE_MATCHES);
  return [...new Set(granted.filter((o) => /^https?:\/\//.test(o) && !defaults.has(o)))].sort();
}

/** The parts of the browser's scripting and permissions APIs this needs (a fake in tests). */
export interface ScriptRegistry {
  granted(): Promise<string[]>;
  registered(): Promise<string[] | undefined>;
  register(matches: string[], excludeMatches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/**
 * Makes the registered content script follow the granted origins. The default sites are
 * excluded, so that with "all sites" a news page still gets the script once, from the manifest.
 */
export async function syncReaderSites(registry: ScriptRegistry): Promise<string[]> {
  const matches = extraMatches(await registry.granted());
  const current = await registry.registered();
  if (current && current.join('\n') === matches.join('\n')) return matches;
  if (current) await registry.unregister();
  if (matches.length) await registry.register(matches, DEFAULT_SITE_MATCHES);
  return matches;
}
