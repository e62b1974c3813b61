/**
 * The reader's highlights on one page: placed on load, placed again when late content arrives
 * (a paywall lifting, lazy paragraphs) or when the page rewrote a highlighted passage, created from
 * the selection, changed and removed. A highlight that cannot be placed stays in the list as an
 * orphan; nothing is dropped.
 */
import { anchor, describeRange } from '../anchoring/anchor';
import type { HighlightSelectors } from '../anchoring/selectors';
import { TextIndex } from '../anchoring/text-index';
import { isOwnNode } from '../dom-labels';
import type { Highlight } from '../highlights/model';
import type { HighlightLayer } from './highlight-layer';

/** Delay from a page change to checking the highlights and trying orphans again (not reset by later changes). */
export const RETRY_DEBOUNCE_MS = 400;

export class PageHighlights {
  private readonly records = new Map<string, Highlight>();
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    readonly layer: HighlightLayer,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new doc.defaultView!.MutationObserver((records) => {
      if (records.some((r) => !isOwnNode(r.target))) this.scheduleRetry();
    });
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
      this.layer.removeAll();
    });
  }

  /** The page's highlights from the store: places new ones, updates changed ones, removes deleted ones. */
  load(highlights: readonly Highlight[]): void {
    const ids = new Set(highlights.map((h) => h.id));
    for (const id of [...this.records.keys()]) if (!ids.has(id)) this.remove(id);
    for (const h of highlights) {
      this.records.set(h.id, h);
      this.layer.setColor(h.id, h.color);
    }
    this.placePending();
  }

  get(id: string): Highlight | undefined {
    return this.records.get(id);
  }

  /** Every highlight of the page, and whether it is in the page (false: an orphan). */
  statuses(): { id: string; anchored: boolean }[] {
    return [...this.records.keys()].map((id) => ({ id, anchored: this.layer.has(id) }));
  }

  /** Selectors for a range of the page, or undefined when it holds no page text. */
  describe(range: Range): HighlightSelectors | undefined {
    const body = this.doc.body;
    if (!body?.contains(range.commonAncestorContainer)) return undefined;
    return describeRange(this.index(), range);
  }

  /** A highlight just created from the selection: painted where it was described. */
  add(h: Highlight): Range | undefined {
    this.records.set(h.id, h);
    const index = this.index();
    const found = anchor(index, h.selectors);
    return found ? this.layer.paint(index, h.id, found.start, found.end, h.color) : undefined;
  }

  /** The reader chose another colour in the editor. */
  recolour(id: string, color: Highlight['color']): void {
    const h = this.records.get(id);
    if (h) this.records.set(id, { ...h, color });
    this.layer.setColor(id, color);
  }

  remove(id: string): void {
    this.records.delete(id);
    this.layer.remove(id);
  }

  /** Resolves once page changes seen so far are handled (for tests). */
  async settled(): Promise<void> {
    if (this.observer.takeRecords().length > 0) this.scheduleRetry();
    while (this.timer !== undefined) await new Promise((r) => setTimeout(r, RETRY_DEBOUNCE_MS + 10));
  }

  private index(): TextIndex {
    return TextIndex.of(this.doc.body ?? this.doc.documentElement);
  }

  /** Places every highlight not in the page yet, all found in one index of the page as it is. */
  private placePending(): void {
    if (this.signal.aborted) return;
    const pending = [...this.records.values()].filter((h) => !this.layer.has(h.id));
    if (pending.length === 0) return;
    const index = this.index();
    for (const h of pending) {
      const at = anchor(index, h.selectors);
      if (at) this.layer.paint(index, h.id, at.start, at.end, h.color);
    }
  }

  private scheduleRetry(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.signal.aborted) return;
      // A passage the page rewrote is found again (or becomes an orphan); new text may hold orphans.
      this.layer.dropStale();
      this.placePending();
    }, RETRY_DEBOUNCE_MS);
  }
}
