/**
 * Typed sending and dispatching over any transport. The entrypoints plug in
 * `browser.runtime.sendMessage` or `browser.tabs.sendMessage`; tests plug in a function call.
 */
import { isEnvelope, type MessageType, type Reply, type Request, type Response } from './messages';

export type Handlers<T extends MessageType = MessageType> = {
  [K in T]: (payload: Request<K>) => Promise<Response<K>> | Response<K>;
};

/**
 * A dispatcher answers an envelope with a Reply. Unknown types and bad payloads get an error
 * reply; a handler's exception becomes an error reply with its message, never an unhandled rejection.
 */
export function createDispatcher<T extends MessageType>(handlers: Handlers<T>) {
  const table = handlers as Partial<Record<MessageType, (payload: unknown) => unknown>>;
  return {
    /** Whether this dispatcher answers `msg`: a message for another part is left to its listener. */
    accepts(msg: unknown): boolean {
      const type = (msg as { type?: unknown } | null)?.type;
      return typeof type === 'string' && Object.hasOwn(table, type);
    },
    async dispatch(msg: unknown): Promise<Reply> {
      if (!isEnvelope(msg)) return { ok: false, error: 'invalid message' };
      const handler = table[msg.type];
      if (!handler) return { ok: false, error: `no handler for ${msg.type}` };
      try {
        return { ok: true, value: (await handler(msg.payload)) as Response<MessageType> };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

export class MessageError extends Error {}

/** A typed client over a transport that delivers an envelope and returns the reply. */
export function createClient(transport: (msg: unknown) => Promise<unknown>) {
  return async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
    const reply = (await transport({ type, payload })) as Reply<T> | undefined;
    if (!reply) throw new MessageError(`no reply to ${type}`);
    if (!reply.ok) throw new MessageError(`${type}: ${reply.error}`);
    return reply.value;
  };
}
