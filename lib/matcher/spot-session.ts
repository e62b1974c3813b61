/**
 * One page spotted in parts, as its content script reads it (lib/page/annotate.ts): each part is
 * answered at once with what its own blocks tell, so the page paints the first parts while the
 * later ones are spotted; the last part is answered with the page's final spots, for its own
 * blocks and for every earlier block that the whole page's evidence changed.
 */
import type { Lang } from '../kb/types';
import type { MentionFinder } from './layered';
import { packSpots, type PackedSpots } from './packed-spots';
import { PageSpotter } from './spot';
import type { Spot } from './spot-types';

export interface SpotPartReply {
  /** The spots of the blocks just sent: provisional, or final with the last part. */
  spots: PackedSpots;
  /** With the last part: the earlier blocks whose final spots differ from what was sent for them. */
  changed?: { at: number[]; spots: PackedSpots };
}

export class SpotSession {
  private readonly page: PageSpotter;
  private finished = false;

  constructor(finder: MentionFinder, lang: Lang | undefined) {
    this.page = new PageSpotter(finder, lang);
  }

  part(blocks: readonly string[], last: boolean): SpotPartReply {
    if (this.finished) throw new Error('the page was spotted to its end already');
    const from = this.page.size;
    this.page.add(blocks);
    if (!last) return { spots: packSpots(this.page.provisional(from, blocks.length)) };
    this.finished = true;
    const final = this.page.finish();
    const at: number[] = [];
    // Every earlier block was answered by `provisional`: what changed is what differs from that.
    for (let i = 0; i < from; i++) if (!sameSpots(this.page.provisionalAt(i)!, final[i]!)) at.push(i);
    return {
      spots: packSpots(final.slice(from)),
      ...(at.length && { changed: { at, spots: packSpots(at.map((i) => final[i]!)) } }),
    };
  }
}

function sameSpots(a: readonly Spot[], b: readonly Spot[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.entityId !== y.entityId || x.type !== y.type) return false;
  }
  return true;
}
