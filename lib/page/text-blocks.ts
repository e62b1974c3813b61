/**
 * Reads a page as blocks of readable text. A block is the run of text nodes under one block-level
 * element, so "<b>Deutsche</b> Bank" is one string to the matcher, while a heading and the paragraph
 * after it never join into one name.
 */
import { OWN_HOSTS } from '../dom-labels';
import type { TaskSlicer } from '../task-slicer';
import { locateOffset } from '../text-offsets';

/** Elements whose text is not prose the reader sees, or must not be touched. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new block of text. Everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'HTML',
  'LEGEND',
  'OPTGROUP',
  'PICTURE',
]);

/** Stands between two text nodes that meet inside a word; the matcher reads it as a word boundary. */
export const ELEMENT_SEPARATOR = '\u001f';
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const READABLE = /[^\t\n\r\f ]/;

export interface TextBlock {
  /** The nodes' text joined, with ELEMENT_SEPARATOR where two elements meet inside a word. */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/** Whether an element's subtree is never read: skipped tags, editable regions, our own UI. */
export function isSkipped(el: Element): boolean {
  // HTML tag names are upper case already; SVG and MathML children are under skipped roots.
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(tag.toUpperCase())) return true;
  if (OWN_HOSTS.has(el.localName)) return true;
  // The attribute, not isContentEditable: the walk rejects an editable root with its whole subtree,
  // and isContentEditable asks the style engine at every element.
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

const isBlockElement = (n: Node): boolean => n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase());

/** The nearest block element around `node` (or `root`). */
export function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root && !isBlockElement(el)) el = el.parentNode;
  return el ?? root;
}

/** Collects the text blocks under `root`, in document order. */
export function collectTextBlocks(root: Node): TextBlock[] {
  const reader = new BlockReader(root);
  while (reader.read(Infinity));
  return reader.take(true);
}

export interface PartSize {
  /** Text per part, at least. */
  chars: number;
  /** Blocks in the first part, at least (language detection reads the first ones). */
  firstBlocks: number;
}

/**
 * Reads the text blocks under `root` in parts, in document order, yielding to the page when the
 * slicer says so; `onPart` has each part as soon as it is read, the last one with `last` set
 * (it may be empty). Each part but the last has the text `size` asks for.
 */
export async function readTextBlocksInParts(
  root: Node,
  slicer: TaskSlicer,
  size: PartSize,
  onPart: (blocks: TextBlock[], last: boolean) => void,
  /** Stops the reading (no more parts, not even the last). */
  signal?: AbortSignal,
): Promise<void> {
  const reader = new BlockReader(root);
  let parts = 0;
  // The clock is read every 256 nodes: reading it is not free either.
  while (reader.read(256, size.chars)) {
    if (signal?.aborted) return;
    if (reader.finishedChars >= size.chars && (parts > 0 || reader.finishedBlocks >= size.firstBlocks)) {
      onPart(reader.take(false), false);
      parts++;
    }
    if (slicer.due) {
      await slicer.yield();
      reader.regainPlace();
    }
  }
  if (!signal?.aborted) onPart(reader.take(true), true);
}

/**
 * Walks the page's text and element nodes, joining text nodes into blocks as it goes. The walk is
 * by firstChild and nextSibling: a TreeWalker's filter is a call into script for every node, and
 * took four fifths of the time on a 1 MB page.
 */
class BlockReader {
  /** Blocks read and not yet taken, the current one (which may still grow) last. */
  private readonly pending: TextBlock[] = [];
  /** The next node to read; null at the end. */
  private next: Node | null;
  /** The block elements the walk is inside, innermost last, with the root at the bottom. */
  private readonly open: Node[];
  private current: TextBlock | undefined;
  private currentBlock: Node | undefined;
  /** Set when a block element (or a <br>) starts between two text nodes: they must not join. */
  private boundary = true;
  /** The text and the number of the pending blocks read to their end. */
  finishedChars = 0;
  finishedBlocks = 0;

  constructor(private readonly root: Node) {
    this.next = root.firstChild;
    this.open = [root];
  }

  /** Reads up to `count` nodes, or until the finished blocks hold `chars`; false when the page is read to its end. */
  read(count: number, chars = Infinity): boolean {
    for (let k = 0; k < count; k++) {
      const node = this.next;
      if (!node) return false;
      if (node.nodeType === 3) {
        this.addText(node as Text);
        this.next = this.after(node);
        if (this.finishedChars >= chars) return true;
      } else if (node.nodeType === 1 && !isSkipped(node as Element)) {
        const first = node.firstChild;
        if (isBlockElement(node)) {
          this.boundary = true;
          if (first) this.open.push(node);
        }
        this.next = first ?? this.after(node);
      } else {
        this.next = this.after(node);
      }
    }
    return true;
  }

  /**
   * After the page had the main thread: if it took away the node to read next, go on after the
   * last one read, or after the innermost open block still there (else the rest would go unread).
   */
  regainPlace(): void {
    const { next, root } = this;
    if (!next || root.contains(next)) return;
    const last = this.current?.nodes[this.current.nodes.length - 1];
    if (last && root.contains(last)) this.next = this.after(last);
    else {
      while (this.open.length > 1 && !root.contains(this.open[this.open.length - 1]!)) this.open.pop();
      const block = this.open[this.open.length - 1]!;
      this.next = block === root ? null : this.after(block);
    }
    // The open blocks are the new place's: a block element the page took away must not hold what follows.
    const open: Node[] = [];
    for (let n = this.next?.parentNode ?? null; n && n !== root; n = n.parentNode) if (isBlockElement(n)) open.push(n);
    this.open.length = 0;
    this.open.push(root, ...open.reverse());
    this.boundary = true;
  }

  /** The node after `node`'s subtree in document order (within the root), closing the blocks it leaves. */
  private after(node: Node): Node | null {
    const { root, open } = this;
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
      if (n === open[open.length - 1]) open.pop();
      const sibling = n.nextSibling;
      if (sibling) return sibling;
    }
    return null;
  }

  /**
   * The blocks read to their end since the last take, with `all` the current one too (the page is
   * read). Only blocks with readable text: white-space-only nodes join names across elements but
   * make no block.
   */
  take(all: boolean): TextBlock[] {
    // Taken blocks are the caller's: the reader keeps none of them.
    const blocks = this.pending.splice(0, all ? this.pending.length : this.pending.length - 1).filter((b) => READABLE.test(b.text));
    this.finishedChars = 0;
    this.finishedBlocks = 0;
    return blocks;
  }

  private addText(text: Text): void {
    const block = this.open[this.open.length - 1];
    let current = this.current;
    if (!current || this.boundary || block !== this.currentBlock) {
      if (current) {
        this.finishedChars += current.text.length;
        if (READABLE.test(current.text)) this.finishedBlocks++;
      }
      current = this.current = { text: '', nodes: [], starts: [] };
      this.pending.push(current);
      this.currentBlock = block;
      this.boundary = false;
    }
    // Two elements that meet inside a word ("<a>Technik</a><a>Japan</a>" in a menu) are two words
    // on screen: a separator keeps "TechnikJapan" from hiding "Japan". Inline markup within a
    // word stays joined only where the page has no element edge ("Jap<b>an</b>" is rare and unsafe).
    if (
      current.nodes.length > 0 &&
      WORD_END.test(current.text.slice(-2)) &&
      WORD_START.test(text.data.slice(0, 2)) &&
      text.parentNode !== current.nodes[current.nodes.length - 1]!.parentNode
    ) {
      current.text += ELEMENT_SEPARATOR;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
}

/**
 * Whether the page still holds the block as it was read: every node in place with the same text.
 * Annotation gives the page the main thread between reading and painting; a block the page changed
 * meanwhile is left alone (its change is observed and read again).
 */
export function blockIsCurrent(block: TextBlock): boolean {
  const { nodes, starts, text } = block;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const start = starts[i]!;
    // Where this node's text ended: at the next node's start, less the separator put before it.
    let end = i + 1 < nodes.length ? starts[i + 1]! : text.length;
    if (end > start && i + 1 < nodes.length && text.charCodeAt(end - 1) === SEPARATOR_CODE) end--;
    if (!node.isConnected || node.data.length !== end - start || !text.startsWith(node.data, start)) return false;
  }
  return true;
}

const SEPARATOR_CODE = ELEMENT_SEPARATOR.charCodeAt(0);

/**
 * The text node and offset of a block offset. `atEnd` prefers the end of a node over the start of
 * the next one, for the end of a range.
 */
export function locateInBlock(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number; index: number } | undefined {
  return locateOffset(block.nodes, block.starts, offset, atEnd);
}
