/**
 * Every name Querverweis gives to something a page can see, in one place, shared by code and tests.
 * The highlight names are a contract: tests and other tools read the marks from `CSS.highlights`.
 * The extension never adds, splits or changes a node of the page; these registry entries, the
 * stylesheet of their `::highlight()` rules and its own UI hosts at the end of `<body>` are all it adds.
 */
import type { MarkType } from './matcher/spot';

/** One Range per current mark of that type. */
export const MARK_HIGHLIGHT: Record<MarkType, string> = {
  company: 'querverweis-company',
  country: 'querverweis-country',
};
/** The reader's highlights, one registry entry per colour: `querverweis-highlight-yellow` … */
export const READER_HIGHLIGHT_PREFIX = 'querverweis-highlight';
/** Every mention of the entity whose card is open. */
export const ACTIVE_HIGHLIGHT = 'querverweis-active';
/** The mention the keyboard moved to. */
export const FOCUS_HIGHLIGHT = 'querverweis-focus';
/** A mention or highlight the popup revealed, for a moment. */
export const FLASH_HIGHLIGHT = 'querverweis-flash';

/** The hover card's frame (closed shadow root). */
export const HOVER_CARD_HOST = 'querverweis-card';
/** The selection's "Highlight" button and the alert when saving failed (open: nothing private in it). */
export const HIGHLIGHTER_HOST = 'querverweis-highlighter';
/** The highlight editor's frame (closed shadow root). */
export const EDITOR_HOST = 'querverweis-editor';
export const OWN_HOSTS: ReadonlySet<string> = new Set([HOVER_CARD_HOST, HIGHLIGHTER_HOST, EDITOR_HOST]);

/** Whether a node is, or lies inside, one of the extension's own UI hosts. */
export function isOwnNode(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && OWN_HOSTS.has((n as Element).localName)) return true;
  }
  return false;
}
