/**
 * Wraps spotted mentions in mark elements and takes them out again, leaving the page's DOM as it
 * was: the text nodes that wrapping split are joined again on removal.
 */
import { ATTR_ENTITY_ID, ATTR_ENTITY_TYPE, MARK_TAG } from '../dom-labels';
import type { Spot } from '../matcher/spot';
import { locateInBlock, type TextBlock } from './text-blocks';
import { isText, TextSplits } from './text-splits';

export class MarkLayer {
  /** Text nodes that exist only because a mark split a page's text node. */
  private readonly splits = new TextSplits();
  private readonly marks = new Set<HTMLElement>();

  /**
   * Wraps the spots of one block. Spots are wrapped from last to first, so the offsets of earlier
   * spots stay valid (splitText keeps the text before the split in the original node).
   * A spot whose range crosses element boundaries that cannot be wrapped whole is left unmarked.
   * @returns the new mark elements, in document order.
   */
  wrapBlock(block: TextBlock, spots: readonly Spot[]): HTMLElement[] {
    const made: HTMLElement[] = [];
    for (let i = spots.length - 1; i >= 0; i--) {
      const mark = this.wrap(block, spots[i]!);
      if (mark) made.push(mark);
    }
    return made.reverse();
  }

  /** Whether `node` is a text node this layer split off (its own change to the page). */
  isOwnTextNode(node: Node): boolean {
    return this.splits.has(node);
  }

  /** All marks currently in the page, in no particular order. */
  all(): HTMLElement[] {
    return [...this.marks].filter((m) => m.isConnected);
  }

  /** Removes every mark and joins the text nodes it split: the DOM is as before wrapping. */
  removeAll(): void {
    for (const mark of this.marks) this.unwrap(mark);
    this.marks.clear();
  }

  /** Removes one mark (the reader muted its name, or the page changed it). */
  unwrap(mark: HTMLElement): void {
    this.marks.delete(mark);
    this.splits.unwrap(mark);
  }

  private wrap(block: TextBlock, spot: Spot): HTMLElement | undefined {
    const start = locateInBlock(block, spot.start, false);
    const end = locateInBlock(block, spot.end, true);
    if (!start || !end) return undefined;
    const doc = start.node.ownerDocument;
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(ATTR_ENTITY_ID, spot.entityId);
    mark.setAttribute(ATTR_ENTITY_TYPE, spot.type);
    // Reachable by keyboard: focusing a mark opens its card, as hovering does.
    mark.tabIndex = 0;
    mark.setAttribute('aria-haspopup', 'dialog');

    if (start.node === end.node) {
      const middle = this.split(start.node, start.offset);
      this.split(middle, end.offset - start.offset);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
    } else {
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      widenToElements(range);
      if (range.startContainer !== range.endContainer && !sameParentText(range)) return undefined;
      // Split by hand rather than with surroundContents, so that the split-off nodes are known.
      // The end first: splitting the start node would shift the child index of an element end.
      const { endContainer: ec, endOffset: eo, startContainer: sc, startOffset: so } = range;
      let to: Node | undefined;
      if (isText(ec)) {
        this.split(ec, eo);
        to = ec;
      } else {
        to = ec.childNodes[eo - 1];
      }
      const from = isText(sc) ? this.split(sc, so) : sc.childNodes[so];
      const parent = from?.parentNode;
      if (!parent || !from || !to || to.parentNode !== parent) return undefined;
      parent.insertBefore(mark, from);
      for (let n: Node | null = from; n; ) {
        const next: Node | null = n === to ? null : n.nextSibling;
        mark.appendChild(n);
        n = next;
      }
    }
    this.marks.add(mark);
    return mark;
  }

  private split(node: Text, offset: number): Text {
    return this.splits.split(node, offset);
  }
}

/**
 * Moves range ends outward past whole inline elements: for "<b>Deutsche</b> Bank" the start moves
 * from inside <b> to before it, so that one mark element can hold the whole name.
 */
function widenToElements(range: Range): void {
  for (;;) {
    const c = range.startContainer;
    if (range.startOffset !== 0 || c.previousSibling || !c.parentNode || c.parentNode === range.commonAncestorContainer) break;
    range.setStartBefore(c.parentNode);
  }
  for (;;) {
    const c = range.endContainer;
    const len = isText(c) ? c.length : c.childNodes.length;
    if (range.endOffset !== len || c.nextSibling || !c.parentNode || c.parentNode === range.commonAncestorContainer) break;
    range.setEndAfter(c.parentNode);
  }
}

/** True when both ends of the range lie directly in the same parent (as text or between children). */
function sameParentText(range: Range): boolean {
  const parentOf = (node: Node, text: boolean) => (text ? node.parentNode : node);
  return (
    parentOf(range.startContainer, isText(range.startContainer)) ===
    parentOf(range.endContainer, isText(range.endContainer))
  );
}
