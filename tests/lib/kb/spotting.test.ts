/** The background's side of spotting in parts: sessions per reading of a page. */
import { describe, expect, it } from 'vitest';
import { installBuiltin } from '../../../lib/kb/builtin';
import { unpackSpots } from '../../../lib/matcher/packed-spots';
import { SpottingService, type SessionLimits } from '../../../lib/kb/spotting';
import { Matcher } from '../../../lib/matcher/matcher';
import { ProblemError } from '../../../lib/protocol';
import { freshDb, japan, microsoft, usa } from './helpers';
import { serviceWith } from './service-helpers';

async function service() {
  const db = freshDb();
  const data = { version: 'v1', entities: [japan, microsoft, usa], facts: [] };
  await installBuiltin(db, data);
  return serviceWith(db, data.entities);
}

const part = (session: string, n: number, blocks: string[], last: boolean) => ({ session, part: n, blocks, last, lang: 'de' as const });
const texts = (blocks: string[], spots: ReturnType<typeof unpackSpots>) =>
  spots.map((list, i) => list.map((s) => blocks[i]!.slice(s.start, s.end)));

describe('spotting a page in parts', () => {
  it('answers each part of a session in order', async () => {
    const kb = await service();
    const first = kb.spot(part('a', 0, ['Japan wächst.'], false));
    const second = kb.spot(part('a', 1, ['Microsoft in Japan.'], true));
    expect(texts(['Japan wächst.'], unpackSpots((await first).spots))).toEqual([['Japan']]);
    expect(texts(['Microsoft in Japan.'], unpackSpots((await second).spots))).toEqual([['Microsoft', 'Japan']]);
  });

  it('says the session is lost when a later part meets none: after the last part, out of order, or never opened', async () => {
    const kb = await service();
    const lost = { code: 'spot-session-lost' };
    await expect(kb.spot(part('never', 1, ['Japan'], true))).rejects.toMatchObject(lost);
    await kb.spot(part('done', 0, ['Japan'], true));
    await expect(kb.spot(part('done', 1, ['Japan'], true))).rejects.toMatchObject(lost);
    await kb.spot(part('skip', 0, ['Japan'], false));
    await expect(kb.spot(part('skip', 2, ['Japan'], true))).rejects.toBeInstanceOf(ProblemError);
    // A refused part ends the session: the page starts again.
    await expect(kb.spot(part('skip', 1, ['Japan'], true))).rejects.toMatchObject(lost);
  });

  it('forgets a session the page cancelled', async () => {
    const kb = await service();
    await kb.spot(part('stopped', 0, ['Japan'], false));
    kb.cancelSpot('stopped');
    await expect(kb.spot(part('stopped', 1, ['Japan'], true))).rejects.toMatchObject({ code: 'spot-session-lost' });
  });

  it('forgets the oldest session when too many pages are being read', async () => {
    const kb = await service();
    for (let i = 0; i < 33; i++) await kb.spot(part(`tab${i}`, 0, ['Japan'], false));
    await expect(kb.spot(part('tab0', 1, ['Japan'], true))).rejects.toMatchObject({ code: 'spot-session-lost' });
    expect((await kb.spot(part('tab32', 1, ['Japan'], true))).spots.blocks).toHaveLength(1);
  });

  it('forgets pages that stopped sending, and the oldest when the open ones hold too much text', async () => {
    const matcher = Matcher.compile([{ text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' }]);
    const limits: SessionLimits = { ms: 60_000, sessions: 32, sessionChars: 1_000, openChars: 100 };
    const spotting = (l: SessionLimits) => new SpottingService(freshDb(), async () => matcher, l);
    const text = 'Japan '.repeat(10);
    const lost = { code: 'spot-session-lost' };

    const budget = spotting(limits);
    await budget.spot(part('a', 0, [text], false));
    await budget.spot(part('b', 0, [text], false));
    await expect(budget.spot(part('a', 1, [text], true))).rejects.toMatchObject(lost);
    expect((await budget.spot(part('b', 1, ['Japan'], true))).spots.blocks).toHaveLength(1);

    const stale = spotting({ ...limits, ms: -1, openChars: 1e6 });
    await stale.spot(part('a', 0, ['Japan'], false));
    await stale.spot(part('b', 0, ['Japan'], false));
    await expect(stale.spot(part('a', 1, ['Japan'], true))).rejects.toMatchObject(lost);

    await expect(spotting(limits).spot(part('big', 0, ['Japan '.repeat(200)], true))).rejects.toThrow(/too much text/);
  });
});
