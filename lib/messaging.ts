/**
 * Typed sending and dispatching over any transport. The entrypoints plug in
 * `browser.runtime.sendMessage` or `browser.tabs.sendMessage`; tests plug in a function call.
 */
import {
  isEnvelope,
  ProblemError,
  type BackgroundMessage,
  type MessageType,
  type ProblemCode,
  type Reply,
  type Request,
  type Response,
} from './protocol';

export type Handlers<T extends MessageType = MessageType> = {
  [K in T]: (payload: Request<K>) => Promise<Response<K>> | Response<K>;
};

/**
 * Whether `e` is the browser refusing a write for lack of space. IndexedDB raises a DOMException
 * named QuotaExceededError; Dexie wraps it in its own error of that name (the original in `inner`).
 */
export function isStorageFull(e: unknown): boolean {
  const named = (x: unknown) => (x as { name?: unknown } | null)?.name === 'QuotaExceededError';
  return named(e) || named((e as { inner?: unknown } | null)?.inner);
}

const problemCode = (e: unknown): ProblemCode | undefined =>
  isStorageFull(e) ? 'storage-full' : e instanceof ProblemError ? e.code : undefined;

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
        const code = problemCode(e);
        return { ok: false, error: e instanceof Error ? e.message : String(e), ...(code && { code }) };
      }
    },
  };
}

/**
 * The same handlers, each answering only once `ready` has resolved (in the background: the
 * built-in data installed), so no request reads a half-filled database.
 */
export function afterReady<T extends MessageType>(ready: Promise<unknown>, handlers: Handlers<T>): Handlers<T> {
  const table = handlers as Record<string, (payload: unknown) => unknown>;
  const waiting: Record<string, (payload: unknown) => Promise<unknown>> = {};
  for (const [type, answer] of Object.entries(table)) {
    waiting[type] = async (payload) => {
      await ready;
      return answer(payload);
    };
  }
  return waiting as unknown as Handlers<T>;
}

/**
 * A request that failed: `message` is the other side's reason as the reader may read it, `type`
 * the request it answers. `code` says why when the reader needs to know: the storage is full, or
 * the other side did not answer at all (`unreachable`: a stopped or restarting service worker, a
 * tab without the content script), in which case nothing was done there.
 */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: ProblemCode | 'unreachable',
    readonly type?: MessageType,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * A typed client over a transport that delivers an envelope and returns the reply. `M` is the
 * side it talks to: the background (the default) or, as `createClient<PageMessage>`, a tab's
 * content script; naming a message the other side answers does not compile.
 */
export function createClient<M extends MessageType = BackgroundMessage>(transport: (msg: unknown) => Promise<unknown>) {
  return async function send<T extends M>(type: T, payload: Request<T>): Promise<Response<T>> {
    let reply: Reply<T> | undefined;
    try {
      reply = (await transport({ type, payload })) as Reply<T> | undefined;
    } catch (e) {
      throw new MessageError(e instanceof Error ? e.message : String(e), 'unreachable', type);
    }
    if (!reply) throw new MessageError(`no reply to ${type}`, 'unreachable', type);
    if (!reply.ok) throw new MessageError(reply.error, reply.code, type);
    return reply.value;
  };
}
