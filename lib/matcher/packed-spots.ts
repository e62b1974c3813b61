/**
 * Spots as they travel from the background to a page: entity ids once, and per block a flat list of
 * numbers (start, end, id index, type). A 1 MB page's 17 000 spots are then a quarter of the JSON
 * one object per spot would be, and the page parses them on its own main thread.
 */
import type { MarkType, Spot } from './spot-types';

export interface PackedSpots {
  ids: string[];
  /** Per block: start, end, index into ids, type (0 company, 1 country), repeated. */
  blocks: number[][];
}

const TYPES: readonly MarkType[] = ['company', 'country'];

export function packSpots(blocks: readonly Spot[][]): PackedSpots {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const out = blocks.map((spots) => {
    const flat: number[] = [];
    for (const s of spots) {
      let i = index.get(s.entityId);
      if (i === undefined) index.set(s.entityId, (i = ids.push(s.entityId) - 1));
      flat.push(s.start, s.end, i, TYPES.indexOf(s.type));
    }
    return flat;
  });
  return { ids, blocks: out };
}

export function unpackSpots(packed: PackedSpots): Spot[][] {
  return packed.blocks.map((flat) => {
    const spots: Spot[] = [];
    for (let k = 0; k + 3 < flat.length; k += 4) {
      spots.push({ start: flat[k]!, end: flat[k + 1]!, entityId: packed.ids[flat[k + 2]!]!, type: TYPES[flat[k + 3]!]! });
    }
    return spots;
  });
}
