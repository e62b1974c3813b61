/** Reading what a layer painted, from the stand-in registry (jsdom has no CSS.highlights). */
import { MARK_HIGHLIGHT } from '../../../lib/dom-labels';
import { memoryHighlightApi, Painter, type PaintSet } from '../../../lib/page/painter';
import { PAINT_PRIORITY } from '../../../lib/page/mark-style';

export function testPainter() {
  const api = memoryHighlightApi();
  const painter = new Painter(api, PAINT_PRIORITY);
  const ranges = (name: string) =>
    [...((api.registry.get(name) as unknown as Set<Range> | undefined) ?? [])].sort((a, b) => a.compareBoundaryPoints(0, b));
  return {
    api,
    painter,
    ranges,
    /** [text, type] of every mark in document order, read from the registry as a page would. */
    marks: () =>
      (['company', 'country'] as const)
        .flatMap((type) => ranges(MARK_HIGHLIGHT[type]).map((range) => ({ range, type })))
        .sort((a, b) => a.range.compareBoundaryPoints(0, b.range))
        .map(({ range, type }) => [range.toString(), type]),
    texts: (name: string) => ranges(name).map((r) => r.toString()),
    entry: (name: string) => api.registry.get(name) as PaintSet | undefined,
  };
}
