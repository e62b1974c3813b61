/**
 * Reads a page as blocks of readable text. A block is the run of text nodes under one block-level
 * element, so "<b>Deutsche</b> Bank" is one string to the matcher, while a heading and the paragraph
 * after it never join into one name.
 */
import { MARK_TAG } from '../dom-labels';
import { locateOffset } from '../text-offsets';

/** Elements whose text is not prose the reader sees, or must not be touched. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE',
]);

/** Elements that start a new block of text. Everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'HTML', 'LEGEND', 'OPTGROUP', 'PICTURE',
]);

/** Stands between two text nodes that meet inside a word; the matcher reads it as a word boundary. */
export const ELEMENT_SEPARATOR = '\u001f';
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

export interface TextBlock {
  /** The nodes' text joined, with ELEMENT_SEPARATOR where two elements meet inside a word. */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

/** Whether an element's subtree is never read: skipped tags, editable regions, our own UI and marks. */
export function isSkipped(el: Element, ownHosts: ReadonlySet<string>): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.tagName === MARK_TAG.toUpperCase()) return true;
  if (ownHosts.has(el.tagName.toLowerCase())) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root && !(el.nodeType === 1 && BLOCK_TAGS.has((el as Element).tagName.toUpperCase()))) el = el.parentNode;
  return el ?? root;
}

/**
 * Collects the text blocks under `root`, in document order.
 * @param ownHosts tag names (lower case) of the extension's own shadow hosts, never read.
 */
export function collectTextBlocks(root: Node, ownHosts: ReadonlySet<string> = new Set()): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) return isSkipped(node as Element, ownHosts) ? 2 /* REJECT */ : 1 /* ACCEPT */;
      return 1;
    },
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentBlock: Node | undefined;
  // Set when a block element (or a <br>) starts between two text nodes: they must not join.
  let boundary = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) boundary = true;
      continue;
    }
    const text = node as Text;
    const block = blockOf(text, root);
    if (!current || boundary || block !== currentBlock) {
      current = { text: '', nodes: [], starts: [] };
      blocks.push(current);
      currentBlock = block;
      boundary = false;
    }
    // Two elements that meet inside a word ("<a>Technik</a><a>Japan</a>" in a menu) are two words
    // on screen: a separator keeps "TechnikJapan" from hiding "Japan". Inline markup within a
    // word stays joined only where the page has no element edge ("Jap<b>an</b>" is rare and unsafe).
    if (current.nodes.length > 0 && WORD_END.test(current.text) && WORD_START.test(text.data) && text.parentNode !== current.nodes[current.nodes.length - 1]!.parentNode) {
      current.text += ELEMENT_SEPARATOR;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  // White-space-only nodes join names across elements ("<b>Deutsche</b> <b>Bank</b>") but make no block.
  return blocks.filter((b) => /[^\t\n\r\f ]/.test(b.text));
}

/**
 * The text node and offset of a block offset. `atEnd` prefers the end of a node over the start of
 * the next one, for the end of a range.
 */
export function locateInBlock(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } | undefined {
  return locateOffset(block.nodes, block.starts, offset, atEnd);
}
