/** What spotting hands to the page: its own module, so that the spotting stages can share it without a circle. */
import type { EntityType } from '../kb/types';

export type MarkType = Exclude<EntityType, 'organisation'>;

/** A mention to mark: [start, end) in the block's text. */
export interface Spot {
  start: number;
  end: number;
  entityId: string;
  type: MarkType;
}
