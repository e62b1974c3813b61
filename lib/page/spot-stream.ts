/**
 * The page's side of spotting in parts (lib/matcher/spot-session.ts): numbers the parts of one
 * reading of the page and unpacks the replies. When the background lost the session (its service
 * worker stopped in between), the later parts paint nothing and the last sends everything read
 * again as one new session, whose reply then covers every block.
 */
import type { Lang } from '../kb/types';
import { MessageError } from '../messaging';
import { unpackSpots } from '../matcher/packed-spots';
import type { SpotPartReply } from '../matcher/spot-session';
import type { Spot } from '../matcher/spot-types';
import type { SpotPart } from '../protocol';

/** Spots to paint: they replace what each block they name had. */
export interface SpotUpdate {
  /** The spots of the blocks from this index in the page on, one list per block. */
  from: number;
  spots: Spot[][];
  /** Earlier blocks whose spots changed, by index in the page. */
  changed: ReadonlyMap<number, Spot[]>;
}

/** One reading of a page, sent in parts in reading order; the last part's update is final. */
export interface SpotStream {
  next(blocks: readonly string[], last: boolean): Promise<SpotUpdate>;
  /** The page is not read to its end (the pass was stopped): the background may forget it now. */
  cancel(): void;
}

/** Starts a stream for a page in `lang` (detected by the page: undefined when unknown). */
export type Spotter = (lang: Lang | undefined) => SpotStream;

export type AskPart = (part: Omit<SpotPart, 'lang' | 'site'>) => Promise<SpotPartReply>;

/** 128 random bits. Not randomUUID: it exists only in secure contexts, and a news page may be plain http. */
function newSessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface StreamOptions {
  newId?: () => string;
  /** Tells the background that a session ends without its last part. */
  cancel?: (session: string) => void;
}

export function spotStream(ask: AskPart, { newId = newSessionId, cancel }: StreamOptions = {}): SpotStream {
  const session = newId();
  let ended = false;
  const read: string[] = [];
  let part = 0;
  let lost = false;
  /** The earlier parts, settled: the last part's answer counts only if none of them was lost. */
  const earlier: Promise<unknown>[] = [];
  const resendAll = async () => updateOf(0, await ask({ session: newId(), part: 0, blocks: [...read], last: true }));
  const isLoss = (e: unknown, n: number) =>
    n > 0 && e instanceof MessageError && (e.code === 'spot-session-lost' || e.code === 'unreachable');
  return {
    cancel() {
      if (part > 0 && !ended && !lost) cancel?.(session);
      ended = true;
    },
    async next(blocks, last) {
      if (last) ended = true;
      const from = read.length;
      for (const text of blocks) read.push(text);
      const n = part++;
      const nothing = () => ({ from, spots: blocks.map(() => []), changed: new Map() });
      if (lost) return last ? resendAll() : nothing();
      const reply = ask({ session, part: n, blocks: [...blocks], last });
      earlier.push(
        reply.catch((e: unknown) => {
          if (isLoss(e, n)) lost = true;
        }),
      );
      try {
        const update = updateOf(from, await reply);
        if (!last) return update;
        // A part whose answer was lost after the background had it leaves its blocks unpainted, and
        // the last answer names only the blocks that changed: then everything is asked again.
        await Promise.all(earlier);
        return lost ? resendAll() : update;
      } catch (e) {
        // Part 0 has nothing to recover: its failure is the page's failure to be spotted.
        if (!isLoss(e, n)) throw e;
        lost = true;
        return last ? resendAll() : nothing();
      }
    },
  };
}

function updateOf(from: number, reply: SpotPartReply): SpotUpdate {
  const changed = new Map<number, Spot[]>();
  if (reply.changed) {
    const spots = unpackSpots(reply.changed.spots);
    reply.changed.at.forEach((index, i) => changed.set(index, spots[i]!));
  }
  return { from, spots: unpackSpots(reply.spots), changed };
}
