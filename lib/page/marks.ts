/**
 * The marks of a page: one live Range per spotted mention, painted in the registry entry of its
 * type. Nothing of the page is touched; a Range follows the page's own edits, and a mark whose
 * Range no longer reads its name is dropped (see `dropStale`).
 */
import { MARK_HIGHLIGHT } from '../dom-labels';
import type { MarkType, Spot } from '../matcher/spot';
import type { Painter } from './painter';
import { ELEMENT_SEPARATOR, locateInBlock, type TextBlock } from './text-blocks';

export interface Mark {
  readonly range: Range;
  readonly entityId: string;
  readonly type: MarkType;
  /** The name as it stood in the page when marked. */
  readonly text: string;
  /** The text nodes the range covers, for finding the mark under the pointer. */
  readonly nodes: readonly Text[];
}

export class MarkLayer {
  private readonly marks = new Set<Mark>();
  /** Per text node, the marks inside it. Weak: a node the page dropped is not kept alive by it. */
  private readonly byNode = new WeakMap<Node, Mark[]>();
  private ordered: Mark[] | undefined;
  /** Marks made while painting is held, by highlight name, painted together on release. */
  private held: Map<string, Mark[]> | undefined;
  /** While held, the entries not in the registry: their marks go straight in, and the entry is shown on release. */
  private hidden: Set<string> | undefined;

  constructor(private readonly painter: Painter) {}

  /** Marks the spots of one block; returns them in document order. */
  addBlock(block: TextBlock, spots: readonly Spot[]): Mark[] {
    const made: Mark[] = [];
    for (const spot of spots) {
      const start = locateInBlock(block, spot.start, false);
      const end = locateInBlock(block, spot.end, true);
      if (!start || !end) continue;
      const range = start.node.ownerDocument.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      // The name as the range reads it: the block's text without the separators put between elements.
      const text = block.text.slice(spot.start, spot.end).replaceAll(ELEMENT_SEPARATOR, '');
      const nodes = start.index === end.index ? [start.node] : block.nodes.slice(start.index, end.index + 1);
      const mark: Mark = { range, entityId: spot.entityId, type: spot.type, text, nodes };
      this.marks.add(mark);
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
      const name = MARK_HIGHLIGHT[mark.type];
      if (!this.held) this.painter.add(name, range);
      else if (this.hidden!.has(name)) this.painter.addHidden(name, range);
      else {
        const held = this.held.get(name);
        if (held) held.push(mark);
        else this.held.set(name, [mark]);
      }
      made.push(mark);
    }
    if (made.length) this.ordered = undefined;
    return made;
  }

  /**
   * Paints the marks made from now on together, at `release`: a pass in several tasks then makes the
   * browser paint the highlights once, not again after every task (1 MB page: 17 644 ranges).
   */
  hold(): void {
    if (this.held) return;
    this.held = new Map();
    // An entry not yet painted (the page's first pass) takes its ranges at once: the browser paints
    // nothing of it until it is shown, and the release has less to do.
    this.hidden = new Set(Object.values(MARK_HIGHLIGHT).filter((name) => !this.painter.shown(name)));
  }

  release(): void {
    const held = this.held;
    const hidden = this.hidden;
    this.held = undefined;
    this.hidden = undefined;
    for (const name of hidden ?? []) this.painter.show(name);
    for (const [name, marks] of held ?? []) {
      const ranges: Range[] = [];
      for (const mark of marks) if (this.marks.has(mark)) ranges.push(mark.range);
      this.painter.addAll(name, ranges);
    }
  }

  get size(): number {
    return this.marks.size;
  }

  /** Every current mark, in no particular order. */
  all(): IterableIterator<Mark> {
    return this.marks.values();
  }

  /** Every current mark in document order (sorted once per change). */
  inOrder(): readonly Mark[] {
    this.ordered ??= [...this.marks].sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
    return this.ordered;
  }

  /** The marks in a text node that hold the caret offset `offset`. */
  at(node: Node, offset: number): Mark[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    return list.filter((m) => this.marks.has(m) && m.range.isPointInRange(node, offset));
  }

  remove(mark: Mark): void {
    if (!this.marks.delete(mark)) return;
    this.painter.delete(MARK_HIGHLIGHT[mark.type], mark.range);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(mark);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
    this.ordered = undefined;
  }

  /** Removes the marks that lie in `root` (before it is spotted again). */
  removeWithin(root: Node): void {
    for (const mark of [...this.marks]) if (root.contains(mark.range.startContainer)) this.remove(mark);
  }

  /**
   * Drops every mark the page took away or changed: its text was removed (the Range collapsed onto
   * an element), rewritten (`text.data = …` collapses it too), or no longer reads the name.
   * @returns how many were dropped.
   */
  dropStale(): number {
    let dropped = 0;
    for (const mark of [...this.marks]) {
      const { range } = mark;
      const gone =
        range.collapsed || range.startContainer.nodeType !== 3 || !range.startContainer.isConnected || range.toString() !== mark.text;
      if (gone) {
        this.remove(mark);
        dropped++;
      }
    }
    return dropped;
  }

  removeAll(): void {
    for (const mark of [...this.marks]) this.remove(mark);
  }

  /** Entities marked now, with their mention counts. */
  counts(): Map<string, { type: MarkType; count: number }> {
    return entityCounts(this.marks);
  }
}

/** The entities of some marks, with their mention counts. */
export function entityCounts(marks: Iterable<Mark>): Map<string, { type: MarkType; count: number }> {
  const found = new Map<string, { type: MarkType; count: number }>();
  for (const { entityId, type } of marks) {
    const entry = found.get(entityId);
    if (entry) entry.count++;
    else found.set(entityId, { type, count: 1 });
  }
  return found;
}
