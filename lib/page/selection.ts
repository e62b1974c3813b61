/**
 * The reader's selection as something to highlight: which selections count, and which marked
 * entities lie inside one.
 */
import { rangesIntersect } from './ranges';

/** Form fields and editable regions are the reader's own typing, not the article. */
const EDITABLE = 'input, textarea, [contenteditable]:not([contenteditable="false"])';

/** The selection, when it is page text the reader can highlight: in <body>, not editable, not blank. */
export function highlightableSelection(doc: Document): Range | undefined {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0);
  const within = range.commonAncestorContainer;
  const el = within.nodeType === 1 ? (within as Element) : within.parentElement;
  if (!el || !doc.body.contains(el) || el.closest(EDITABLE)) return undefined;
  return range.toString().trim() ? range : undefined;
}

/** The ids of the entities marked (even partly) inside `range`, each once, in the marks' order. */
export function entityIdsIn(range: Range, marks: Iterable<{ range: Range; entityId: string }>): string[] {
  const ids = new Set<string>();
  for (const m of marks) if (rangesIntersect(range, m.range)) ids.add(m.entityId);
  return [...ids];
}
