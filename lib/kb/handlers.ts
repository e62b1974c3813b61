/** The background's answers to `kb/*` messages, on top of the knowledge-base service. */
import type { Handlers } from '../messaging';
import type { KbService } from './service';

export type KbMessage = 'kb/entity' | 'kb/facts' | 'kb/card' | 'kb/search' | 'kb/dictionary';

/** `ready` resolves once the built-in data is installed; every answer waits for it. */
export function kbHandlers(kb: KbService, ready: Promise<unknown>): Handlers<KbMessage> {
  const whenReady =
    <A, R>(answer: (payload: A) => Promise<R>) =>
    async (payload: A): Promise<R> => {
      await ready;
      return answer(payload);
    };
  return {
    'kb/entity': whenReady(async ({ id }) => (await kb.entity(id)) ?? null),
    'kb/facts': whenReady(({ id }) => kb.facts(id)),
    'kb/card': whenReady(async ({ id, pageEntityIds }) => (await kb.card(id, pageEntityIds)) ?? null),
    'kb/search': whenReady(({ query, limit }) => kb.search(query, limit)),
    'kb/dictionary': whenReady(() => kb.getDictionary()),
  };
}
