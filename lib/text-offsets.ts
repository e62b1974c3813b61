/** Offsets into text joined from several nodes, and back to the node that holds one. */

/**
 * The node holding a text offset, given the nodes' start offsets in ascending order. `atEnd`
 * prefers the end of a node to the start of the next one, for the end of a range.
 */
export function locateOffset<T extends { length: number }>(
  nodes: readonly T[],
  starts: readonly number[],
  offset: number,
  atEnd: boolean,
): { node: T; offset: number; index: number } | undefined {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!atEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  return node ? { node, offset: offset - starts[lo]!, index: lo } : undefined;
}
