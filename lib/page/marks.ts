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
  /** Per entity, the one mark that takes keyboard focus. */
  private readonly tabStops = new Map<string, HTMLElement>();

  /**
   * Wraps the spots of one block. Spots are wrapped from last to first, so the offsets of earlier
   * spots stay valid (splitText keeps the text before the split in the original node).
   * A spot whose range crosses element boundaries that cannot be wrapped whole is left unmarked.
   * @returns the new mark elements, in document order.
   */
  wrapBlock(block: TextBlock, spots: readonly Spot[]): HTMLElement[] {
    const made: HTMLElement[] = [];
    const places = spots.map((spot) => inOneNode(block, spot));
    for (let i = spots.length - 1; i >= 0; ) {
      // The spots inside one text node (the common case) go in with one DOM insertion.
      const within = places[i];
      if (!within) {
        const mark = this.wrapAcross(block, spots[i]!);
        if (mark) made.push(mark);
        i--;
        continue;
      }
      let first = i;
      while (first > 0 && places[first - 1]?.node === within.node) first--;
      made.push(...this.wrapInNode(within.node, within.base, spots.slice(first, i + 1)).reverse());
      i = first - 1;
    }
    made.reverse();
    // One tab stop per entity, at its first mark in reading order.
    for (const mark of made) {
      const id = mark.getAttribute(ATTR_ENTITY_ID)!;
      if (!this.tabStops.has(id)) this.makeTabStop(mark, id);
    }
    return made;
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
    for (const mark of this.marks) this.splits.unwrap(mark);
    this.marks.clear();
    this.tabStops.clear();
  }

  /** Removes one mark (the reader muted its name, or the page changed it). */
  unwrap(mark: HTMLElement): void {
    this.marks.delete(mark);
    this.splits.unwrap(mark);
    const id = mark.getAttribute(ATTR_ENTITY_ID) ?? '';
    if (this.tabStops.get(id) !== mark) return;
    // The entity keeps a tab stop, at its first mark left, while it has any.
    this.tabStops.delete(id);
    let first: HTMLElement | undefined;
    for (const other of this.marks) {
      if (!other.isConnected || other.getAttribute(ATTR_ENTITY_ID) !== id) continue;
      if (!first || other.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) first = other;
    }
    if (first) this.makeTabStop(first, id);
  }

  /**
   * Wraps spots that all lie in `node`: the node keeps the text before the first, and the rest
   * (marks and the text between them, as new nodes the splits remember) goes in after it at once,
   * so the page sees one insertion per text node instead of two splits and two moves per mark.
   */
  private wrapInNode(node: Text, base: number, spots: readonly Spot[]): HTMLElement[] {
    const doc = node.ownerDocument;
    const data = node.data;
    const fragment = doc.createDocumentFragment();
    const text = (from: number, to: number) => {
      if (to <= from) return;
      const t = doc.createTextNode(data.slice(from, to));
      this.splits.remember(t);
      return t;
    };
    const made: HTMLElement[] = [];
    let at = spots[0]!.start - base;
    for (const spot of spots) {
      const from = spot.start - base;
      const between = text(at, from);
      if (between) fragment.append(between);
      const mark = this.markFor(doc, spot);
      mark.append(text(from, spot.end - base)!);
      fragment.append(mark);
      made.push(mark);
      at = spot.end - base;
    }
    const rest = text(at, data.length);
    if (rest) fragment.append(rest);
    node.data = data.slice(0, spots[0]!.start - base);
    node.after(fragment);
    return made;
  }

  private markFor(doc: Document, spot: Spot): HTMLElement {
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(ATTR_ENTITY_ID, spot.entityId);
    mark.setAttribute(ATTR_ENTITY_TYPE, spot.type);
    this.marks.add(mark);
    return mark;
  }

  /**
   * Focusing a mark opens its card, as hovering does. Only one mark per entity takes focus, so a
   * keyboard reader meets each company and country once instead of at every one of its mentions.
   */
  private makeTabStop(mark: HTMLElement, entityId: string): void {
    this.tabStops.set(entityId, mark);
    mark.tabIndex = 0;
    mark.setAttribute('aria-haspopup', 'dialog');
  }

  /**
   * Wraps a spot that crosses elements ("<b>Deutsche</b> Bank"), when one element can hold it
   * whole; otherwise it stays unmarked.
   */
  private wrapAcross(block: TextBlock, spot: Spot): HTMLElement | undefined {
    const start = locateInBlock(block, spot.start, false);
    const end = locateInBlock(block, spot.end, true);
    if (!start || !end) return undefined;
    const doc = start.node.ownerDocument;
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
    const mark = this.markFor(doc, spot);
    parent.insertBefore(mark, from);
    for (let n: Node | null = from; n; ) {
      const next: Node | null = n === to ? null : n.nextSibling;
      mark.appendChild(n);
      n = next;
    }
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

/** Where a spot lies when it lies inside one text node: the node, and the block offset it starts at. */
function inOneNode(block: TextBlock, spot: Spot): { node: Text; base: number } | undefined {
  const start = locateInBlock(block, spot.start, false);
  const end = locateInBlock(block, spot.end, true);
  return start && end && start.node === end.node ? { node: start.node, base: spot.start - start.offset } : undefined;
}
