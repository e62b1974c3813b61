/**
 * Paints the reader's highlights: one live Range per highlight, in the registry entry of its colour
 * (`querverweis-highlight-yellow` …). The page's nodes are never touched; a highlight whose Range
 * no longer reads its passage (the page changed it) is taken down, to be found again.
 */
import type { TextIndex } from '../anchoring/text-index';
import { READER_HIGHLIGHT_PREFIX } from '../dom-labels';
import type { HighlightColor } from '../highlights/model';
import type { Painter } from './painter';

export const highlightName = (color: HighlightColor) => `${READER_HIGHLIGHT_PREFIX}-${color}`;

interface Painted {
  range: Range;
  color: HighlightColor;
  text: string;
}

export class HighlightLayer {
  private readonly painted = new Map<string, Painted>();

  constructor(private readonly painter: Painter) {}

  has(id: string): boolean {
    return this.painted.has(id);
  }

  range(id: string): Range | undefined {
    return this.painted.get(id)?.range;
  }

  ids(): string[] {
    return [...this.painted.keys()];
  }

  /**
   * Paints text offsets [start, end) of `index`.
   * @returns the range, or undefined when the passage holds no text.
   */
  paint(index: TextIndex, id: string, start: number, end: number, color: HighlightColor): Range | undefined {
    this.remove(id);
    const range = index.toRange(start, end);
    if (!range || !/\S/.test(range.toString())) return undefined;
    this.painted.set(id, { range, color, text: range.toString() });
    this.painter.add(highlightName(color), range);
    return range;
  }

  setColor(id: string, color: HighlightColor): void {
    const p = this.painted.get(id);
    if (!p || p.color === color) return;
    this.painter.delete(highlightName(p.color), p.range);
    p.color = color;
    this.painter.add(highlightName(color), p.range);
  }

  remove(id: string): void {
    const p = this.painted.get(id);
    if (!p) return;
    this.painter.delete(highlightName(p.color), p.range);
    this.painted.delete(id);
  }

  removeAll(): void {
    for (const id of [...this.painted.keys()]) this.remove(id);
  }

  /** The highlights that hold the caret position (node, offset), innermost (shortest) first. */
  at(node: Node, offset: number): string[] {
    const hits: [string, number][] = [];
    for (const [id, p] of this.painted) {
      if (p.range.startContainer.getRootNode() !== node.getRootNode()) continue;
      if (p.range.isPointInRange(node, offset)) hits.push([id, p.text.length]);
    }
    return hits.sort((a, b) => a[1] - b[1]).map(([id]) => id);
  }

  /** Takes down every highlight whose passage the page changed; returns their ids. */
  dropStale(): string[] {
    const dropped: string[] = [];
    for (const [id, p] of this.painted) {
      if (p.range.collapsed || p.range.toString() !== p.text) dropped.push(id);
    }
    for (const id of dropped) this.remove(id);
    return dropped;
  }
}
