/**
 * The benchmark's stand-in for the background: a worker that reads the build's matcher artefact and
 * answers text blocks with packed spots, over JSON strings as extension messaging carries them.
 */
import type { Lang } from '../../lib/kb/types';
import { readArtefact } from '../../lib/matcher/artefact';
import { LayeredFinder } from '../../lib/matcher/layered';
import { packSpots } from '../../lib/matcher/packed-spots';
import { spotBlocks } from '../../lib/matcher/spot';

const finder = fetch('/matcher.bin')
  .then((r) => r.arrayBuffer())
  .then((bytes) => new LayeredFinder([readArtefact(bytes)]));

self.onmessage = async (e: MessageEvent<string>) => {
  const { id, blocks, lang } = JSON.parse(e.data) as { id: number; blocks: string[]; lang?: Lang };
  const spots = packSpots(spotBlocks(await finder, blocks, lang));
  (self as unknown as Worker).postMessage(JSON.stringify({ id, spots }));
};
