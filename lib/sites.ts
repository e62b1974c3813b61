/**
 * What a "site" is, in one place: a host name without "www.", covering itself and every subdomain
 * (www., amp., m.). Switching a site off, muting a name on a site and the sites the reader adds
 * all mean this.
 */

/** The site a host belongs to, as the reader sees it: "www.handelsblatt.com" → "handelsblatt.com". */
export function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The site of a page address; the address itself when it does not parse (a row stored before addresses were checked). */
export function siteOfUrl(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return url;
  }
}

/** Whether `host` is on `site`: the site itself or one of its subdomains. */
export function onSite(host: string, site: string): boolean {
  const h = host.toLowerCase();
  return h === site || h.endsWith(`.${site}`);
}

/**
 * Every site `host` is on, most specific first: "news.example.com" → "news.example.com",
 * "example.com", "com". What a lookup by site (an index) needs instead of testing each row.
 */
export function sitesOf(host: string): string[] {
  const labels = siteOf(host).split('.');
  return labels.map((_, i) => labels.slice(i).join('.')).filter(Boolean);
}

/** Any host a page can have, loosely: letters, digits, dots and hyphens (also localhost, IPs). */
export function isHost(text: unknown): text is string {
  return typeof text === 'string' && /^[a-z0-9.-]{1,253}$/.test(text);
}

/** A domain name the reader can add as a site: labels of letters, digits and inner hyphens, a top-level name. */
export function isDomainName(text: string): boolean {
  return /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(text);
}

/**
 * The news sites the content script runs on by default. Each entry covers the site and all its
 * subdomains (www., amp., m.), so that host access is exactly this list and nothing more.
 */
export const DEFAULT_NEWS_SITES = [
  'handelsblatt.com',
  'wiwo.de',
  'faz.net',
  'sueddeutsche.de',
  'spiegel.de',
  'zeit.de',
  'welt.de',
  'tagesschau.de',
  'n-tv.de',
  'manager-magazin.de',
  'boersen-zeitung.de',
  'tagesspiegel.de',
  'heise.de',
  'nzz.ch',
  'derstandard.at',
  'diepresse.com',
  'orf.at',
  'reuters.com',
  'ft.com',
  'bloomberg.com',
  'wsj.com',
  'cnbc.com',
  'nikkei.com',
  'economist.com',
] as const;

/**
 * Match patterns for the manifest. `*.host` matches the bare host as well as its subdomains;
 * https only, since every site on the list serves https.
 */
export const DEFAULT_SITE_MATCHES: string[] = DEFAULT_NEWS_SITES.map((host) => `https://*.${host}/*`);
