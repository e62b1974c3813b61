/** The background's answers to `kb/*` messages, on top of the knowledge-base service. */
import type { MessageType } from '../../lib/protocol';
import { afterReady, type Handlers } from '../../lib/messaging';
import type { AppDB } from '../../lib/db';
import { deleteFact, exportKb, putFact } from '../../lib/kb/editing';
import { listMutes, muteName, unmute } from '../../lib/kb/mutes';
import { clearSightings, coMentionsOf, recordSightings, sightingsOf } from '../../lib/kb/sightings';
import type { KbService } from '../../lib/kb/service';
import { pageMapOf } from '../../lib/page-map/layout';

/** Spotting and the fill's status do not wait for the built-in data: they are answered beside these. */
export type KbMessage = Exclude<Extract<MessageType, `kb/${string}`>, 'kb/spot' | 'kb/spotCancel' | 'kb/status'>;

/** `ready` resolves once the built-in data is installed; every answer waits for it. */
export function kbHandlers(db: AppDB, kb: KbService, ready: Promise<unknown>): Handlers<KbMessage> {
  return afterReady<KbMessage>(ready, {
    'kb/entity': async ({ id }) => (await kb.entity(id)) ?? null,
    'kb/summaries': ({ ids }) => kb.summaries(ids),
    'kb/facts': ({ id }) => kb.facts(id),
    'kb/card': async ({ id, pageEntityIds }) => (await kb.card(id, pageEntityIds)) ?? null,
    'kb/search': ({ query, limit }) => kb.search(query, limit),
    'kb/pageMap': async ({ entities }) => pageMapOf(entities, await kb.connections(entities.map((e) => e.id))),
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
    // Writes to entities go through the service, which drops its search index and dictionary.
    'kb/addEntity': ({ entity }) => kb.addEntity(entity),
    'kb/deleteEntity': async ({ id }) => {
      await kb.deleteEntity(id);
      return null;
    },
    'kb/import': ({ format, text }) => kb.importFile(format, text),
    // Through the service, which drops what it keeps of the facts (cards, connections).
    'kb/putFact': ({ fact }) => kb.write((db) => putFact(db, fact)),
    'kb/deleteFact': async ({ id }) => {
      await kb.write((db) => deleteFact(db, id));
      return null;
    },
    'kb/export': ({ scope }) => exportKb(db, scope),
  });
}
