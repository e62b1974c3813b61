/** Comparing ranges that may lie in different trees (then they never meet). */

/** Whether two ranges share at least one character. */
export function rangesIntersect(a: AbstractRange & Range, b: Range): boolean {
  try {
    // a's end after b's start, and a's start before b's end.
    return a.compareBoundaryPoints(1 /* START_TO_END */, b) > 0 && a.compareBoundaryPoints(3 /* END_TO_START */, b) < 0;
  } catch {
    return false;
  }
}
