/**
 * Page addresses as the reader means them: without the fragment and without tracking parameters,
 * so the same article read from a newsletter and from the front page is one page.
 */

const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|wt_mc|wt_zmc|ref|ref_src|cmpid|ito|xtor|icid)$/i;

export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  // forEach, not keys(): in a Firefox content script the iterator of a page's URL object does not
  // spread (Xray wrappers), and `[...keys()]` throws there.
  const keys: string[] = [];
  u.searchParams.forEach((_, key) => keys.push(key));
  for (const key of keys) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  return u.toString();
}

/**
 * The addresses a page's highlights are stored under: its canonical link (the article's one
 * address, also when reached through a teaser or an AMP page) and its own address, normalised.
 * A canonical link to another host is ignored: a page must not file highlights under a site it is not.
 */
export function pageAddresses(href: string, canonicalHref: string | undefined): { primary: string; all: string[] } {
  const own = normalizeUrl(href);
  let canonical: string | undefined;
  try {
    if (canonicalHref && new URL(canonicalHref).host === new URL(own).host) canonical = normalizeUrl(canonicalHref);
  } catch {
    canonical = undefined;
  }
  const primary = canonical ?? own;
  return { primary, all: [...new Set([primary, own])] };
}
