/**
 * The news sites the content script runs on by default. Each entry covers the site and all its
 * subdomains (www., amp., m.), so that host access is exactly this list and nothing more.
 */
export const DEFAULT_NEWS_SITES = [
  'handelsblatt.com', 'wiwo.de', 'faz.net', 'sueddeutsche.de', 'spiegel.de', 'zeit.de', 'welt.de',
  'tagesschau.de', 'n-tv.de', 'manager-magazin.de', 'boersen-zeitung.de', 'tagesspiegel.de', 'heise.de',
  'nzz.ch', 'derstandard.at', 'diepresse.com', 'orf.at', 'reuters.com', 'ft.com', 'bloomberg.com',
  'wsj.com', 'cnbc.com', 'nikkei.com', 'economist.com',
] as const;

/**
 * Match patterns for the manifest. `*.host` matches the bare host as well as its subdomains;
 * https only, since every site on the list serves https.
 */
export const DEFAULT_SITE_MATCHES: string[] = DEFAULT_NEWS_SITES.map((host) => `https://*.${host}/*`);
