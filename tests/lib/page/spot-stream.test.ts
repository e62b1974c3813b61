// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { Matcher } from '../../../lib/matcher/matcher';
import { SpotSession } from '../../../lib/matcher/spot-session';
import { MessageError } from '../../../lib/messaging';
import { annotate } from '../../../lib/page/annotate';
import { localSpotter } from '../../../lib/page/local-spotter';
import { MarkLayer } from '../../../lib/page/marks';
import { spotStream, type AskPart, type Spotter } from '../../../lib/page/spot-stream';
import { collectTextBlocks, readTextBlocksInParts } from '../../../lib/page/text-blocks';
import { TaskSlicer } from '../../../lib/task-slicer';
import { testPainter } from './painted';

const finder = Matcher.compile([
  { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
  { text: 'Siemens', entityId: 'Q81230', type: 'company', kind: 'canonical' },
  { text: 'Google', entityId: 'Q95', type: 'company', kind: 'canonical' },
] satisfies DictionaryEntry[]);
const now = () => Promise.resolve();
// The first paragraph's "Google" is marked by its part alone, and taken back at the end ("Google Ventures").
const PAGE =
  '<p>Google Ventures investiert.</p>' +
  Array.from({ length: 40 }, (_, i) => `<p>Absatz ${i}: Siemens <b>in</b> Japan.</p><div>Nur Text.<br>Japan</div>`).join('');

describe('reading a page in parts', () => {
  it('gives the blocks collectTextBlocks gives, with the first part holding the blocks asked for', async () => {
    document.body.innerHTML = PAGE;
    const parts: { texts: string[]; last: boolean }[] = [];
    await readTextBlocksInParts(document.body, new TaskSlicer(0, now), { chars: 100, firstBlocks: 30 }, (blocks, last) =>
      parts.push({ texts: blocks.map((b) => b.text), last }),
    );
    expect(parts.flatMap((p) => p.texts)).toEqual(collectTextBlocks(document.body).map((b) => b.text));
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]!.texts.length).toBeGreaterThanOrEqual(30);
    expect(parts.map((p) => p.last)).toEqual([...parts.slice(1).map(() => false), true]);
  });

  it('goes on reading after the page took away the node it was to read next', async () => {
    document.body.innerHTML =
      '<p>Alpha Japan</p><p>Beta</p><p id="y">Gamma Siemens</p><div>Delta <b>China</b><p>Zeta</p>Eta</div><p>Epsilon</p>';
    let removed = false;
    // The page's turn between two slices: it removes the paragraph after "Beta".
    const slicer = new TaskSlicer(0, async () => {
      if (!removed) document.getElementById('y')!.remove();
      removed = true;
    });
    const texts: string[] = [];
    await readTextBlocksInParts(document.body, slicer, { chars: 5, firstBlocks: 1 }, (blocks) => texts.push(...blocks.map((b) => b.text)));
    expect(removed).toBe(true);
    expect(texts).toEqual(['Alpha Japan', 'Beta', 'Delta China', 'Zeta', 'Eta', 'Epsilon']);
  });

  it('marks the same in small parts as in one', async () => {
    const marked = async (chars: number) => {
      document.body.innerHTML = PAGE;
      const paint = testPainter();
      const found = await annotate(document.body, localSpotter(finder), new MarkLayer(paint.painter), {
        yieldToPage: now,
        part: { chars, firstBlocks: 1 },
      });
      return { marks: paint.marks(), found };
    };
    const whole = await marked(1e9);
    expect(whole.marks).toHaveLength(121);
    expect(whole.marks[0]).toEqual(['Google Ventures', 'company']);
    expect(await marked(50)).toEqual(whole);
  });
});

describe('annotating in parts', () => {
  it('leaves no provisional mark when a part fails for good', async () => {
    document.body.innerHTML = PAGE;
    const local = localSpotter(finder);
    const spotter: Spotter = (lang) => {
      const stream = local(lang);
      let n = 0;
      return {
        next: (blocks, last) => (n++ === 2 ? Promise.reject(new Error('too much text')) : stream.next(blocks, last)),
        cancel: () => stream.cancel(),
      };
    };
    const paint = testPainter();
    const layer = new MarkLayer(paint.painter);
    await expect(annotate(document.body, spotter, layer, { yieldToPage: now, part: { chars: 50, firstBlocks: 1 } })).rejects.toThrow(
      /too much/,
    );
    expect(layer.size).toBe(0);
    expect(paint.marks()).toEqual([]);
  });

  it('sends no more parts once aborted', async () => {
    document.body.innerHTML = PAGE;
    const controller = new AbortController();
    const sent: boolean[] = [];
    let cancelled = 0;
    const local = localSpotter(finder);
    const spotter: Spotter = (lang) => {
      const stream = local(lang);
      return {
        next: (blocks, last) => {
          sent.push(last);
          controller.abort();
          return stream.next(blocks, last);
        },
        cancel: () => cancelled++,
      };
    };
    const paint = testPainter();
    await annotate(document.body, spotter, new MarkLayer(paint.painter), {
      yieldToPage: now,
      signal: controller.signal,
      part: { chars: 50, firstBlocks: 1 },
    });
    expect(sent).toEqual([false]);
    // The background is told that the page's session ends here.
    expect(cancelled).toBe(1);
    expect(paint.marks()).toEqual([]);
  });
});

describe('spotStream', () => {
  it('cancels a session that was opened and not finished, and only such a one', async () => {
    const session = new SpotSession(finder, 'de');
    const cancelled: string[] = [];
    const ask: AskPart = async (p) => session.part(p.blocks, p.last);
    const options = { newId: () => 's1', cancel: (id: string) => void cancelled.push(id) };
    spotStream(ask, options).cancel();
    const open = spotStream(ask, options);
    await open.next(['Japan'], false);
    open.cancel();
    open.cancel();
    const finished = spotStream(ask, options);
    await finished.next(['Japan'], true);
    finished.cancel();
    expect(cancelled).toEqual(['s1']);
  });

  it('sends everything again as a new session when the background lost the one it had', async () => {
    const asked: { session: string; part: number; blocks: string[] }[] = [];
    let session = new SpotSession(finder, 'de');
    const ask: AskPart = async (p) => {
      asked.push({ session: p.session, part: p.part, blocks: p.blocks });
      if (p.part === 0) session = new SpotSession(finder, 'de');
      // The service worker restarted after the first part.
      else if (p.session === 's1') throw new MessageError('this page was not being spotted', 'spot-session-lost', 'kb/spot');
      return session.part(p.blocks, p.last);
    };
    let ids = 0;
    const stream = spotStream(ask, { newId: () => `s${++ids}` });
    expect((await stream.next(['Japan'], false)).spots).toHaveLength(1);
    // The part the background lost paints nothing; the last brings every block.
    expect(await stream.next(['Siemens'], false)).toEqual({ from: 1, spots: [[]], changed: new Map() });
    const last = await stream.next(['Japan und Siemens'], true);
    expect(last.from).toBe(0);
    expect(last.spots.map((s) => s.map((x) => x.entityId))).toEqual([['Q17'], ['Q81230'], ['Q17', 'Q81230']]);
    expect(asked.map((a) => `${a.session}/${a.part}`)).toEqual(['s1/0', 's1/1', 's2/0']);
    expect(asked.at(-1)!.blocks).toEqual(['Japan', 'Siemens', 'Japan und Siemens']);
  });

  it('asks again when an answer was lost after the background had the part, though the last answer came', async () => {
    const session = new SpotSession(finder, 'de');
    const fresh = new SpotSession(finder, 'de');
    let parts = 0;
    const ask: AskPart = async (p) => {
      if (p.session !== 's1') return fresh.part(p.blocks, p.last);
      const reply = session.part(p.blocks, p.last);
      // The background spotted part 1, but its answer never came back.
      if (parts++ === 1) throw new MessageError('the message port closed', 'unreachable', 'kb/spot');
      return reply;
    };
    let ids = 0;
    const stream = spotStream(ask, { newId: () => `s${++ids}` });
    const updates = await Promise.all([stream.next(['Japan'], false), stream.next(['Japan'], false), stream.next(['Japan'], true)]);
    const last = updates[2]!;
    expect(last.from).toBe(0);
    expect(last.spots.map((s) => s.length)).toEqual([1, 1, 1]);
  });

  it('makes its session ids without randomUUID, which a plain http page lacks', async () => {
    const ids: string[] = [];
    const session = new SpotSession(finder, 'de');
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      for (let i = 0; i < 2; i++)
        await spotStream(async (p) => {
          ids.push(p.session);
          return session.part(p.blocks, false);
        }).next(['Japan'], false);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('fails when the first part fails: nothing could be spotted', async () => {
    const stream = spotStream(async () => {
      throw new MessageError('no background', 'unreachable', 'kb/spot');
    });
    await expect(stream.next(['Japan'], true)).rejects.toThrow(/no background/);
  });
});
