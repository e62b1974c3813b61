/**
 * Paints highlights into the page and takes them out again. A highlight is wrapped in as few
 * elements as the page's structure allows: one when the passage lies in one block (even across
 * links, bold text and entity marks), one per block otherwise. The first element carries
 * `data-highlight-id`, the others `data-highlight-part`. Removal joins the text nodes it split.
 */
import { ATTR_HIGHLIGHT_COLOR, ATTR_HIGHLIGHT_ID, ATTR_HIGHLIGHT_PART, HIGHLIGHT_TAG } from '../dom-labels';
import type { TextIndex } from '../anchoring/text-index';
import { BLOCK_TAGS } from './text-blocks';
import { isText, TextSplits } from './text-splits';

/**
 * Elements a highlight element may not sit in or wrap: it is inline, they hold blocks or rows. The
 * blocks of the text reader, and the containers it never reads (pre) or has no text in.
 */
const CONTAINERS = new Set([...BLOCK_TAGS, 'PRE', 'SELECT', 'COLGROUP']);
/** Text is inline; documents and fragments hold blocks. */
const isContainer = (n: Node) => (n.nodeType === 1 ? CONTAINERS.has((n as Element).tagName.toUpperCase()) : n.nodeType !== 3);

export class HighlightLayer {
  private readonly splits = new TextSplits();
  private readonly painted = new Map<string, HTMLElement[]>();

  /** Whether a node is this layer's: a highlight element or a text node it split off. */
  isOwn(node: Node): boolean {
    if (isText(node)) return this.splits.has(node);
    return node.nodeType === 1 && (node as Element).localName === HIGHLIGHT_TAG;
  }

  has(id: string): boolean {
    return this.painted.has(id);
  }

  elements(id: string): HTMLElement[] {
    return this.painted.get(id) ?? [];
  }

  ids(): string[] {
    return [...this.painted.keys()];
  }

  /**
   * Wraps text offsets [start, end) of `index`. The index must be fresh: painting splits text
   * nodes, so build a new one before the next paint.
   * @returns the elements, first one carrying the id; empty when the passage holds no text.
   */
  paint(index: TextIndex, id: string, start: number, end: number, color: string): HTMLElement[] {
    this.remove(id);
    const pieces = this.isolate(index, start, end);
    const runs = groupRuns(pieces);
    const made: HTMLElement[] = [];
    for (const run of runs) {
      if (!run.some((n) => /\S/.test(n.textContent ?? ''))) continue;
      const first = run[0]!;
      const el = first.ownerDocument!.createElement(HIGHLIGHT_TAG);
      el.setAttribute(made.length === 0 ? ATTR_HIGHLIGHT_ID : ATTR_HIGHLIGHT_PART, id);
      el.setAttribute(ATTR_HIGHLIGHT_COLOR, color);
      first.parentNode!.insertBefore(el, first);
      for (const n of run) el.appendChild(n);
      made.push(el);
    }
    if (made.length) this.painted.set(id, made);
    return made;
  }

  setColor(id: string, color: string): void {
    for (const el of this.elements(id)) el.setAttribute(ATTR_HIGHLIGHT_COLOR, color);
  }

  /** Takes a highlight out of the page; the DOM is as before it was painted. */
  remove(id: string): void {
    for (const el of this.painted.get(id) ?? []) this.splits.unwrap(el);
    this.painted.delete(id);
  }

  removeAll(): void {
    for (const id of [...this.painted.keys()]) this.remove(id);
  }

  /** Splits the text nodes at the passage's ends; returns the text nodes inside, in order. */
  private isolate(index: TextIndex, start: number, end: number): Text[] {
    const out: Text[] = [];
    const { nodes, starts } = index;
    for (let i = 0; i < nodes.length; i++) {
      const s = starts[i]!;
      const node = nodes[i]!;
      const e = s + node.length;
      if (e <= start || node.length === 0) continue;
      if (s >= end) break;
      let piece = node;
      if (start > s) piece = this.splits.split(piece, start - s);
      if (end < e) this.splits.split(piece, piece.length - (e - end));
      out.push(piece);
    }
    return out;
  }
}

/**
 * The text nodes, lifted to the highest inline ancestor they fill completely, then grouped into
 * runs of adjacent siblings: each run becomes one highlight element.
 */
function groupRuns(pieces: readonly Text[]): Node[][] {
  const inside = new Set<Node>(pieces);
  const covered = (el: Node): boolean => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (isText(c) ? !inside.has(c) && c.length > 0 : !covered(c)) return false;
    }
    return true;
  };
  const tops: Node[] = [];
  for (const piece of pieces) {
    let top: Node = piece;
    while (top.parentNode && !isContainer(top.parentNode) && covered(top.parentNode)) top = top.parentNode;
    if (tops[tops.length - 1] !== top && !tops.some((t) => t.contains(top))) tops.push(top);
  }
  const runs: Node[][] = [];
  for (const top of tops) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    // Adjacent siblings join, skipping nothing but empty text.
    let between = prev?.nextSibling;
    while (between && isText(between) && between.length === 0) between = between.nextSibling;
    if (run && prev && between === top && !isContainer(top)) run.push(top);
    else runs.push([top]);
  }
  return runs.filter((r) => !(r.length === 1 && isContainer(r[0]!) && r[0]!.nodeType === 1));
}
