/**
 * A name muted "on this site" follows the same site as switching the site off: the host without
 * "www.", and every subdomain of it.
 */
import { describe, expect, it } from 'vitest';
import { installBuiltin } from '../../../lib/kb/builtin';
import { EVERYWHERE, muteName } from '../../../lib/kb/mutes';
import { DEFAULT_SETTINGS, siteEnabled, withSiteEnabled } from '../../../lib/settings';
import { freshDb, japan, microsoft, usa } from './helpers';
import { serviceWith, spottedTexts } from './service-helpers';

const data = { version: 'v1', entities: [japan, microsoft, usa], facts: [] };

async function dictionaryWith(mute: (db: ReturnType<typeof freshDb>) => Promise<unknown>) {
  const db = freshDb();
  await installBuiltin(db, data);
  await mute(db);
  const kb = serviceWith(db, data.entities);
  return async (host: string) => (await spottedTexts(kb, 'Microsoft wächst.', host)).includes('Microsoft');
}

describe('muting a name on a site', () => {
  it('covers the hosts that switching the site off covers', async () => {
    const marked = await dictionaryWith((db) => muteName(db, 'Microsoft', 'www.example.com'));
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'www.example.com', false);
    for (const host of ['www.example.com', 'example.com', 'news.example.com']) {
      expect(siteEnabled(off, host), host).toBe(false);
      expect(await marked(host), host).toBe(false);
    }
    for (const host of ['example.org', 'notexample.com']) {
      expect(siteEnabled(off, host), host).toBe(true);
      expect(await marked(host), host).toBe(true);
    }
  });

  it('stores the site as the reader sees it', async () => {
    const db = freshDb();
    expect((await muteName(db, 'Microsoft', 'WWW.Example.com')).site).toBe('example.com');
    expect((await muteName(db, 'Microsoft', EVERYWHERE)).site).toBe(EVERYWHERE);
  });

  it('still honours a mute stored with "www." before sites were one notion', async () => {
    const marked = await dictionaryWith((db) =>
      db.mutes.put({ id: 'www.example.com|microsoft', site: 'www.example.com', name: 'Microsoft', createdAt: 1 }),
    );
    expect(await marked('example.com')).toBe(false);
    expect(await marked('www.example.com')).toBe(false);
  });

  it('mutes everywhere', async () => {
    const marked = await dictionaryWith((db) => muteName(db, 'Microsoft', EVERYWHERE));
    expect(await marked('example.org')).toBe(false);
  });
});
