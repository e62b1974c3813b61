/** The background's answers to `kb/*` messages, on top of the knowledge-base service. */
import type { MessageType } from '../../lib/messages';
import { afterReady, type Handlers } from '../../lib/messaging';
import type { KbDB } from '../../lib/kb/db';
import { packDictionary } from '../../lib/kb/dictionary';
import { addEntity, deleteEntity, deleteFact, exportKb, importFile, putFact } from '../../lib/kb/editing';
import { listMutes, muteName, unmute } from '../../lib/kb/mutes';
import { clearSightings, coMentionsOf, recordSightings, sightingsOf } from '../../lib/kb/sightings';
import type { KbService } from '../../lib/kb/service';

export type KbMessage = Extract<MessageType, `kb/${string}`>;

/** `ready` resolves once the built-in data is installed; every answer waits for it. */
export function kbHandlers(db: KbDB, kb: KbService, ready: Promise<unknown>): Handlers<KbMessage> {
  return afterReady<KbMessage>(ready, {
    'kb/entity': async ({ id }) => (await kb.entity(id)) ?? null,
    'kb/facts': ({ id }) => kb.facts(id),
    'kb/card': async ({ id, pageEntityIds }) => (await kb.card(id, pageEntityIds)) ?? null,
    'kb/search': ({ query, limit }) => kb.search(query, limit),
    'kb/connections': ({ ids }) => kb.connections(ids),
    'kb/dictionary': async ({ site }) => packDictionary(await kb.getDictionary(site)),
    'kb/mute': ({ name, site }) => muteName(db, name, site),
    'kb/unmute': async ({ id }) => {
      await unmute(db, id);
      return null;
    },
    'kb/mutes': () => listMutes(db),
    'kb/recordSightings': async (visit) => {
      await recordSightings(db, visit);
      return null;
    },
    'kb/sightings': ({ entityId }) => sightingsOf(db, entityId),
    'kb/coMentions': ({ entityId }) => coMentionsOf(db, entityId),
    'kb/clearSightings': async () => {
      await clearSightings(db);
      return null;
    },
    // Writes to entities drop the search index and the dictionary, so the next search and page see them.
    'kb/addEntity': async ({ entity }) => {
      const added = await addEntity(db, entity);
      kb.invalidate();
      return added;
    },
    'kb/deleteEntity': async ({ id }) => {
      await deleteEntity(db, id);
      kb.invalidate();
      return null;
    },
    'kb/import': async ({ format, text }) => {
      const result = await importFile(db, format, text);
      kb.invalidate();
      return result;
    },
    'kb/putFact': ({ fact }) => putFact(db, fact),
    'kb/deleteFact': async ({ id }) => {
      await deleteFact(db, id);
      return null;
    },
    'kb/export': ({ scope }) => exportKb(db, scope),
  });
}
