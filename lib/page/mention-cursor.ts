/**
 * The keyboard's way through the page's mentions: the next or previous mark in reading order from
 * the one it stands on (or, at first, from the top of the viewport), wrapping around at the ends.
 */
import type { Mark, MarkLayer } from './marks';

export const STEPS = ['next', 'previous'] as const;
export type Step = (typeof STEPS)[number];

export class MentionCursor {
  private current: Mark | undefined;

  constructor(private readonly marks: MarkLayer) {}

  /** The mark it stands on, while that mark is still on the page. */
  get at(): Mark | undefined {
    return this.current && this.marks.inOrder().includes(this.current) ? this.current : undefined;
  }

  reset(): void {
    this.current = undefined;
  }

  /** Moves one mention on; `fromTop(mark)` says whether a mark lies below the viewport's top. */
  step(direction: Step, belowTop: (mark: Mark) => boolean = () => true): { mark: Mark; index: number; total: number } | undefined {
    const order = this.marks.inOrder();
    if (order.length === 0) return undefined;
    let i = this.at ? order.indexOf(this.at) : -1;
    if (i < 0) {
      // Start where the reader is reading: the first mention below the top of the viewport.
      const first = order.findIndex(belowTop);
      const start = first < 0 ? order.length : first;
      i = direction === 'next' ? start : start - 1;
    } else {
      i += direction === 'next' ? 1 : -1;
    }
    i = ((i % order.length) + order.length) % order.length;
    this.current = order[i]!;
    return { mark: this.current, index: i, total: order.length };
  }
}
