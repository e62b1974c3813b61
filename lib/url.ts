/**
 * Page addresses as the reader means them: without the fragment and without tracking parameters,
 * so the same article read from a newsletter and from the front page is one page.
 */

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|wt_mc|wt_zmc|ref|ref_src|cmpid|ito|xtor|icid)$/i;

export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  return u.toString();
}
