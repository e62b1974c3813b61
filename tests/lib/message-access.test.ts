import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES, guardedListener, senderKind, type SenderInfo } from '../../lib/message-access';
import { PAYLOAD_CHECKS, type MessageType, type Reply } from '../../lib/protocol';
import { createDispatcher, type Handlers } from '../../lib/messaging';
import { sampleHighlight } from './highlights/sample';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const ARTICLE = 'https://www.handelsblatt.com/politik/international/handel-japan-zoelle/100000001.html';
const contentScript: SenderInfo = { id: ID, url: `${ARTICLE}#kommentare`, tab: { id: 7 } };
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
/** The extension's own frame inside the article's tab: an extension page, although it has a tab. */
const extensionFrame: SenderInfo = { id: ID, url: `${ORIGIN}popup.html?entity=Q17`, tab: { id: 7 } };

const stored = { own: sampleHighlight(), foreign: sampleHighlight({ url: 'https://www.faz.net/aktuell/wirtschaft/artikel.html' }) };

/** A background whose every handler only notes that it ran, behind the same guard the background uses. */
function background() {
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(PAYLOAD_CHECKS).map((type) => [type, () => (ran.push(type), null)]),
  ) as unknown as Handlers<MessageType>;
  const listener = guardedListener(createDispatcher(handlers), {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    lookups: { highlightUrl: async (id) => Object.values(stored).find((h) => h.id === id)?.url },
  });
  const ask = (sender: SenderInfo, type: MessageType, payload: unknown) =>
    listener({ type, payload }, sender) as Promise<Reply> | undefined;
  return { ran, ask };
}

const valid: Partial<Record<MessageType, unknown>> = {
  'data/backup': {},
  'data/restore': { text: '{}' },
  'data/deleteAll': {},
  'data/resetBuiltin': {},
  'hl/export': { format: 'json', lang: 'de' },
  'hl/import': { text: '[]' },
  'hl/list': {},
  'kb/import': { format: 'kb-json', text: '{}' },
  'kb/export': { scope: 'all' },
  'kb/sightings': { entityId: 'Q17' },
  'kb/coMentions': { entityId: 'Q17' },
  'kb/clearSightings': {},
  'kb/mutes': {},
  'kb/unmute': { id: 'x|y' },
  'kb/addEntity': { entity: { type: 'company', name: 'X' } },
  'kb/deleteEntity': { id: 'user:x' },
  'kb/putFact': { fact: { subject: 'Q17', property: 'note', value: 'x' } },
  'kb/deleteFact': { id: 'u:1' },
  'kb/search': { query: 'Japan' },
  'kb/entity': { id: 'Q17' },
  'kb/facts': { id: 'Q17' },
  'kb/pageMap': { entities: [{ id: 'Q17', type: 'country', count: 1 }] },
};

describe('who may send which message', () => {
  it('tells extension pages from content scripts by the URL, not by the tab', () => {
    expect(senderKind(popup, ORIGIN)).toBe('extension-page');
    expect(senderKind(extensionFrame, ORIGIN)).toBe('extension-page');
    expect(senderKind(contentScript, ORIGIN)).toBe('content-script');
    expect(senderKind({ id: ID, tab: { id: 7 } }, ORIGIN)).toBe('none');
    expect(senderKind({ id: ID, url: ARTICLE }, ORIGIN)).toBe('none');
    // A frame of a web-accessible page with a dynamic URL has a per-session origin; only the extension's
    // own pages have an extension URL at all (the listener has checked sender.id), so it is one of them.
    expect(senderKind({ id: ID, url: 'chrome-extension://0ae3347c-9510-476e-8324-a82c0df84d46/card.html#x', tab: { id: 1 } }, ORIGIN)).toBe(
      'extension-page',
    );
    // A web page's address that merely mentions the scheme is not.
    expect(senderKind({ id: ID, url: `https://evil.example/chrome-extension://${ID}/`, tab: { id: 1 } }, ORIGIN)).toBe('content-script');
  });

  it('the content script may send only the page messages; nothing else is listed', () => {
    expect(Object.keys(CONTENT_SCRIPT_MESSAGES).sort()).toEqual([
      'hl/create',
      'hl/delete',
      'hl/edit',
      'hl/forPage',
      'kb/card',
      'kb/mute',
      'kb/recordSightings',
      'kb/spot',
      'kb/spotCancel',
      'ui/showEntity',
    ]);
  });

  it.each(Object.keys(valid) as MessageType[])('refuses %s from a content script and runs no handler', async (type) => {
    const { ran, ask } = background();
    const reply = await ask(contentScript, type, valid[type]);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/not allowed from a web page/) });
    expect(ran).toEqual([]);
  });

  it('answers every message from an extension page, also from its frame inside a tab', async () => {
    const { ran, ask } = background();
    for (const type of ['data/backup', 'data/deleteAll', 'hl/export', 'kb/import'] as const) {
      expect(await ask(popup, type, valid[type])).toEqual({ ok: true, value: null });
      expect(await ask(extensionFrame, type, valid[type])).toEqual({ ok: true, value: null });
    }
    expect(ran).toHaveLength(8);
  });

  it("lets a content script read and write only its own site's highlights", async () => {
    const { ran, ask } = background();
    const canonical = 'https://www.handelsblatt.com/100000001.html';
    expect(await ask(contentScript, 'hl/forPage', { urls: [ARTICLE, canonical] })).toMatchObject({ ok: true });
    expect(
      await ask(contentScript, 'hl/forPage', { urls: [ARTICLE, 'https://www.faz.net/aktuell/wirtschaft/artikel.html'] }),
    ).toMatchObject({ ok: false, error: /not allowed/ });
    expect(await ask(contentScript, 'hl/forPage', { urls: ['http://www.handelsblatt.com/x'] })).toMatchObject({ ok: false });
    expect(await ask(contentScript, 'hl/create', { highlight: sampleHighlight() })).toMatchObject({ ok: true });
    expect(await ask(contentScript, 'hl/create', { highlight: sampleHighlight({ url: 'https://www.faz.net/a' }) })).toMatchObject({
      ok: false,
      error: /not allowed/,
    });
    expect(await ask(contentScript, 'hl/edit', { id: stored.own.id, note: 'x' })).toMatchObject({ ok: true });
    expect(await ask(contentScript, 'hl/edit', { id: stored.foreign.id, note: 'x' })).toMatchObject({ ok: false, error: /not allowed/ });
    expect(await ask(contentScript, 'hl/delete', { id: stored.foreign.id })).toMatchObject({ ok: false, error: /not allowed/ });
    expect(await ask(contentScript, 'hl/delete', { id: stored.own.id })).toMatchObject({ ok: true });
    expect(ran).toEqual(['hl/forPage', 'hl/create', 'hl/edit', 'hl/delete']);
  });

  it("records sightings only for the content script's own page, and marks and cards as before", async () => {
    const { ran, ask } = background();
    const visit = (url: string) => ({ url, title: 'T', entities: [{ id: 'Q17', count: 1 }] });
    expect(await ask(contentScript, 'kb/recordSightings', visit(ARTICLE))).toMatchObject({ ok: true });
    expect(await ask(contentScript, 'kb/recordSightings', visit('https://www.faz.net/a'))).toMatchObject({ ok: false });
    const part = { session: 's1', part: 0, last: true };
    expect(await ask(contentScript, 'kb/spot', { ...part, blocks: ['Japan'], site: 'www.handelsblatt.com' })).toMatchObject({ ok: true });
    // Another site's mutes would tell the page what the reader muted there.
    expect(await ask(contentScript, 'kb/spot', { ...part, blocks: ['Japan'], site: 'www.faz.net' })).toMatchObject({
      ok: false,
      error: /not allowed/,
    });
    expect(await ask(contentScript, 'kb/spot', { ...part, blocks: [42] })).toMatchObject({ ok: false });
    expect(await ask(contentScript, 'kb/spot', { ...part, part: -1, blocks: ['Japan'] })).toMatchObject({ ok: false });
    expect(await ask(contentScript, 'kb/spot', { blocks: ['Japan'] })).toMatchObject({ ok: false });
    expect(await ask(contentScript, 'kb/card', { id: 'Q17', pageEntityIds: [] })).toMatchObject({ ok: true });
    expect(await ask(contentScript, 'kb/mute', { name: 'Linde', site: 'handelsblatt.com' })).toMatchObject({ ok: true });
    expect(await ask(contentScript, 'ui/showEntity', { id: 'Q17' })).toMatchObject({ ok: true });
    expect(ran).toEqual(['kb/recordSightings', 'kb/spot', 'kb/card', 'kb/mute', 'ui/showEntity']);
  });

  it("leaves other extensions' messages unanswered and refuses a sender it cannot place", async () => {
    const { ran, ask } = background();
    expect(ask({ ...popup, id: 'another-extension' }, 'data/backup', {})).toBeUndefined();
    expect(await ask({ id: ID }, 'data/backup', {})).toMatchObject({ ok: false });
    expect(await ask(contentScript, 'hl/forPage', { urls: 'not a list' })).toMatchObject({ ok: false });
    expect(ran).toEqual([]);
  });
});
