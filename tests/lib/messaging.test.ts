import { describe, expect, it } from 'vitest';
import { isEnvelope, type PageMessage } from '../../lib/protocol';
import { afterReady, createClient, createDispatcher, MessageError } from '../../lib/messaging';

const dispatcher = createDispatcher({
  'kb/search': ({ query }) => [{ id: query, type: 'country' as const, label: { de: query, en: query }, matched: query, score: 1 }],
  'kb/entity': () => {
    throw new Error('database closed');
  },
});
const send = createClient((msg) => dispatcher.dispatch(msg));

describe('messaging', () => {
  it('round-trips a typed request', async () => {
    expect((await send('kb/search', { query: 'Japan' }))[0]?.id).toBe('Japan');
  });

  it('turns a handler error into a rejected call with the message', async () => {
    await expect(send('kb/entity', { id: 'Q17' })).rejects.toThrow(MessageError);
    await expect(send('kb/entity', { id: 'Q17' })).rejects.toThrow('database closed');
    // The reason as the reader may read it; which request failed is a field, not a prefix.
    await expect(send('kb/entity', { id: 'Q17' })).rejects.toMatchObject({ message: 'database closed', type: 'kb/entity' });
  });

  it('keeps what the background answers and what a page answers apart (checked by tsc)', async () => {
    const toPage = createClient<PageMessage>(async () => ({ ok: true, value: [] }));
    const toBackground = createClient(async () => ({ ok: true, value: [] }));
    expect(await toPage('page/entities', {})).toEqual([]);
    expect(await toBackground('kb/mutes', {})).toEqual([]);
    // @ts-expect-error a tab's content script does not answer kb/*
    await toPage('kb/mutes', {});
    // @ts-expect-error the background does not answer page/*
    await toBackground('page/entities', {});
  });

  it('rejects malformed envelopes without calling a handler', async () => {
    expect(await dispatcher.dispatch({ type: 'kb/search', payload: { query: 42 } })).toEqual({ ok: false, error: 'invalid message' });
    expect(await dispatcher.dispatch('kb/search')).toEqual({ ok: false, error: 'invalid message' });
    expect(await dispatcher.dispatch({ type: '__proto__', payload: {} })).toEqual({ ok: false, error: 'invalid message' });
  });

  it('only accepts the types it handles', () => {
    expect(dispatcher.accepts({ type: 'kb/search' })).toBe(true);
    expect(dispatcher.accepts({ type: 'page/entities' })).toBe(false);
    expect(dispatcher.accepts(null)).toBe(false);
  });

  it('checks payload size', () => {
    expect(isEnvelope({ type: 'kb/search', payload: { query: 'x'.repeat(201) } })).toBe(false);
    expect(isEnvelope({ type: 'kb/card', payload: { id: 'Q17', pageEntityIds: ['Q1', 2] } })).toBe(false);
  });

  it('says why when the storage is full or the other side does not answer', async () => {
    const full = createDispatcher({
      'kb/mutes': () => {
        throw Object.assign(new Error('QuotaExceededError Transaction failed'), { name: 'QuotaExceededError' });
      },
    });
    await expect(createClient((msg) => full.dispatch(msg))('kb/mutes', {})).rejects.toMatchObject({ code: 'storage-full' });
    const gone = createClient(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await expect(gone('kb/mutes', {})).rejects.toMatchObject({ code: 'unreachable' });
    await expect(createClient(async () => undefined)('kb/mutes', {})).rejects.toMatchObject({ code: 'unreachable' });
    await expect(send('kb/entity', { id: 'Q17' })).rejects.toMatchObject({ code: undefined });
  });

  it('holds every answer until the data is ready', async () => {
    let open!: () => void;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const calls: string[] = [];
    const waiting = createDispatcher(
      afterReady<'kb/mutes'>(ready, {
        'kb/mutes': () => {
          calls.push('mutes');
          return [];
        },
      }),
    );
    const reply = waiting.dispatch({ type: 'kb/mutes', payload: {} });
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual([]);
    open();
    expect(await reply).toEqual({ ok: true, value: [] });
    expect(calls).toEqual(['mutes']);
  });
});
