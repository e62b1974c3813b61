/**
 * The page's text as one string, with the way back from string offsets to DOM positions. Offsets
 * into this string are what the position and quote selectors mean. Script and style text and the
 * extension's own UI are left out: they change between visits without the article changing.
 */
import { OWN_HOSTS } from '../dom-labels';
import { locateOffset } from '../text-offsets';

const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const isText = (node: Node | null | undefined): node is Text => node?.nodeType === 3;

export interface DomPoint {
  node: Text;
  offset: number;
}

export class TextIndex {
  private constructor(
    readonly root: Node,
    readonly text: string,
    readonly nodes: readonly Text[],
    /** starts[i] is the offset of nodes[i] in `text`. */
    readonly starts: readonly number[],
  ) {}

  static of(root: Node): TextIndex {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
      acceptNode(node) {
        if (node.nodeType !== 1) return 1;
        const tag = (node as Element).tagName;
        return UNREAD.has(tag.toUpperCase()) || OWN_HOSTS.has((node as Element).localName) ? 2 : 3; // REJECT : SKIP
      },
    });
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      nodes.push(t);
      starts.push(text.length);
      text += t.data;
    }
    return new TextIndex(root, text, nodes, starts);
  }

  /** The DOM position of a text offset. `atEnd` prefers the end of a node to the start of the next. */
  pointAt(offset: number, atEnd: boolean): DomPoint | undefined {
    if (offset < 0 || offset > this.text.length) return undefined;
    return locateOffset(this.nodes, this.starts, offset, atEnd);
  }

  /** A DOM Range over text offsets [start, end). */
  toRange(start: number, end: number): Range | undefined {
    const a = this.pointAt(start, false);
    const b = this.pointAt(end, true);
    if (!a || !b) return undefined;
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /**
   * The text offset of a DOM boundary point. A point between elements counts as the start of the
   * next indexed text, or the end of the text before it when nothing follows.
   */
  offsetOf(container: Node, offset: number): number | undefined {
    if (isText(container)) {
      const i = this.indexOfNode(container);
      return i < 0 ? undefined : this.starts[i]! + Math.min(offset, container.length);
    }
    // The first indexed text node at or after the point, in document order.
    const after = container.childNodes[offset] ?? null;
    let probe: Node | null = after ?? nextOutside(container, this.root);
    while (probe) {
      const first = firstTextIn(probe, (t) => this.indexOfNode(t) >= 0);
      if (first) return this.starts[this.indexOfNode(first)]!;
      probe = nextOutside(probe, this.root);
    }
    return this.text.length;
  }

  /** Text offsets of a DOM Range, or undefined when it lies outside the indexed text. */
  offsetsOf(range: Range): { start: number; end: number } | undefined {
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end < start) return undefined;
    return { start, end };
  }

  private positions: Map<Text, number> | undefined;
  private indexOfNode(node: Text): number {
    this.positions ??= new Map(this.nodes.map((n, i) => [n, i]));
    return this.positions.get(node) ?? -1;
  }
}

/** The node after `node` in document order, not entering `node` itself; null past `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function firstTextIn(node: Node, accept: (t: Text) => boolean): Text | undefined {
  if (isText(node)) return accept(node) ? node : undefined;
  const doc = node.ownerDocument!;
  const walker = doc.createTreeWalker(node, 0x4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (accept(t as Text)) return t as Text;
  return undefined;
}
