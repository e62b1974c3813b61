/** Floating UI references for things that are not elements: a Range (a mark), a fixed rectangle. */
import type { VirtualElement } from '@floating-ui/dom';

export function rangeReference(range: Range): VirtualElement {
  const node = range.startContainer;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Scrolling ancestors of the text are watched, so the card follows the mark.
    contextElement: node.nodeType === 1 ? (node as Element) : (node.parentElement ?? undefined),
  };
}
