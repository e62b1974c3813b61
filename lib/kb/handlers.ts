/** The background's answers to `kb/*` messages, on top of the knowledge-base service. */
import type { MessageType } from '../messages';
import type { Handlers } from '../messaging';
import type { KbDB } from './db';
import { addEntity, deleteEntity, deleteFact, exportKb, importFile, putFact } from './editing';
import { listMutes, muteName, unmute } from './mutes';
import { clearSightings, coMentionsOf, recordSightings, sightingsOf } from './sightings';
import type { KbService } from './service';

export type KbMessage = Extract<MessageType, `kb/${string}`>;

/** `ready` resolves once the built-in data is installed; every answer waits for it. */
export function kbHandlers(db: KbDB, kb: KbService, ready: Promise<unknown>): Handlers<KbMessage> {
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
    'kb/connections': whenReady(({ ids }) => kb.connections(ids)),
    'kb/dictionary': whenReady(({ site }) => kb.getDictionary(site)),
    'kb/mute': whenReady(({ name, site }) => muteName(db, name, site)),
    'kb/unmute': whenReady(async ({ id }) => {
      await unmute(db, id);
      return null;
    }),
    'kb/mutes': whenReady(() => listMutes(db)),
    'kb/recordSightings': whenReady(async (visit) => {
      await recordSightings(db, visit);
      return null;
    }),
    'kb/sightings': whenReady(({ entityId }) => sightingsOf(db, entityId)),
    'kb/coMentions': whenReady(({ entityId }) => coMentionsOf(db, entityId)),
    'kb/clearSightings': whenReady(async () => {
      await clearSightings(db);
      return null;
    }),
    // Writes to entities drop the search index and the dictionary, so the next search and page see them.
    'kb/addEntity': whenReady(async ({ entity }) => {
      const added = await addEntity(db, entity);
      kb.invalidate();
      return added;
    }),
    'kb/deleteEntity': whenReady(async ({ id }) => {
      await deleteEntity(db, id);
      kb.invalidate();
      return null;
    }),
    'kb/import': whenReady(async ({ format, text }) => {
      const result = await importFile(db, format, text);
      kb.invalidate();
      return result;
    }),
    'kb/putFact': whenReady(({ fact }) => putFact(db, fact)),
    'kb/deleteFact': whenReady(async ({ id }) => {
      await deleteFact(db, id);
      return null;
    }),
    'kb/export': whenReady(({ scope }) => exportKb(db, scope)),
  };
}
