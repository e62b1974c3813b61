/**
 * Text nodes split by the extension's own wrapping (marks, highlights), remembered so that taking a
 * wrapper out joins them again and leaves the page's DOM as it was.
 */

export const isText = (node: Node | null | undefined): node is Text => node?.nodeType === 3;

export class TextSplits {
  private readonly made = new WeakSet<Text>();

  /** Whether this text node exists only because of a split. */
  has(node: Node): boolean {
    return isText(node) && this.made.has(node);
  }

  /** Remembers a text node made from a piece of a page's node (it is joined back on unwrap). */
  remember(node: Text): void {
    this.made.add(node);
  }

  /**
   * splitText that remembers the new node.
   * @returns the node that starts at `offset` (the node itself for offset 0 or past its end).
   */
  split(node: Text, offset: number): Text {
    if (offset <= 0 || offset >= node.length) return node;
    const rest = node.splitText(offset);
    this.made.add(rest);
    return rest;
  }

  /** Replaces a wrapper element by its children and joins the text nodes split for it. */
  unwrap(wrapper: Element): void {
    const parent = wrapper.parentNode;
    if (!parent) return;
    const first = wrapper.firstChild;
    const last = wrapper.lastChild;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    const after = wrapper.nextSibling;
    wrapper.remove();
    this.join(last?.nextSibling ?? after);
    if (first) this.join(first);
  }

  private join(node: Node | null | undefined): void {
    if (!isText(node) || !this.made.has(node)) return;
    const prev = node.previousSibling;
    if (isText(prev)) {
      prev.appendData(node.data);
      node.remove();
    }
  }
}
