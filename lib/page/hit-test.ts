/**
 * What lies under the pointer, without elements to receive events: the caret position at the
 * point, checked against the rectangles of the candidate range (the caret snaps to the nearest
 * character, also beside a line's end, where no mark is under the pointer).
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** Whether (x, y) lies on one of the range's line boxes. */
export function rangeCovers(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/** The first of `candidates` whose range is under (x, y). */
export function rangeUnder<T extends { range: Range }>(candidates: readonly T[], x: number, y: number): T | undefined {
  return candidates.find((c) => rangeCovers(c.range, x, y));
}
