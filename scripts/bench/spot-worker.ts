/**
 * The benchmark's stand-in for the background: a worker that reads the build's matcher artefact and
 * answers the parts of a page's text with packed spots, over JSON strings as extension messaging
 * carries them.
 */
import type { Lang } from '../../lib/kb/types';
import { readArtefact } from '../../lib/matcher/artefact';
import { LayeredFinder } from '../../lib/matcher/layered';
import { SpotSession } from '../../lib/matcher/spot-session';
import type { SpotPart } from '../../lib/protocol';

const finder = fetch('/matcher.bin')
  .then((r) => r.arrayBuffer())
  .then((bytes) => new LayeredFinder([readArtefact(bytes)]));
const sessions = new Map<string, SpotSession>();
// One part after the other, as the background's session queue has them.
let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (e: MessageEvent<string>) => {
  queue = queue.then(async () => {
    const { id, part } = JSON.parse(e.data) as { id: number; part: SpotPart & { lang?: Lang } };
    if (part.part === 0) sessions.set(part.session, new SpotSession(await finder, part.lang));
    const reply = sessions.get(part.session)!.part(part.blocks, part.last);
    if (part.last) sessions.delete(part.session);
    (self as unknown as Worker).postMessage(JSON.stringify({ id, reply }));
  });
};
