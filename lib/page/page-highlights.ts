/**
 * The reader's highlights on one page: placed on load, placed again when late content arrives
 * (a paywall lifting, lazy paragraphs), created from the selection, changed and removed.
 * A highlight that cannot be placed stays in the list as an orphan; nothing is dropped.
 */
import { anchor, describeRange } from '../anchoring/anchor';
import type { HighlightSelectors } from '../anchoring/selectors';
import { TextIndex } from '../anchoring/text-index';
import { HIGHLIGHT_TAG, MARK_TAG } from '../dom-labels';
import type { Highlight } from '../highlights/model';
import type { HighlightLayer } from './highlight-layer';

/** Quiet time after page changes before orphans are tried again. */
export const RETRY_DEBOUNCE_MS = 400;

const OWN_TAGS = new Set([MARK_TAG, HIGHLIGHT_TAG]);
export const isOwnWrapper = (el: Element) => OWN_TAGS.has(el.localName);

export interface PageHighlightsOptions {
  /** Tag names of the extension's shadow hosts: their text is not the page's. */
  ownHosts: ReadonlySet<string>;
  signal: AbortSignal;
  /** Called after the highlights' DOM changed, so that other observers can drop those records. */
  afterPaint?: () => void;
}

export class PageHighlights {
  private readonly records = new Map<string, Highlight>();
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observing = false;

  constructor(
    private readonly root: Element,
    private readonly layer: HighlightLayer,
    private readonly options: PageHighlightsOptions,
  ) {
    const view = root.ownerDocument.defaultView!;
    this.observer = new view.MutationObserver((records) => {
      if (records.some((r) => !this.isOwnChange(r))) this.scheduleRetry();
    });
    options.signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
    });
  }

  /** The page's highlights from the store: places new ones, updates changed ones, removes deleted ones. */
  load(highlights: readonly Highlight[]): void {
    const ids = new Set(highlights.map((h) => h.id));
    for (const id of [...this.records.keys()]) if (!ids.has(id)) this.remove(id);
    for (const h of highlights) {
      const old = this.records.get(h.id);
      this.records.set(h.id, h);
      if (old && this.layer.has(h.id) && old.color !== h.color) this.layer.setColor(h.id, h.color);
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
    if (!this.root.contains(range.commonAncestorContainer)) return undefined;
    return describeRange(this.index(), range, { isOwn: isOwnWrapper });
  }

  /** A highlight just created from the selection: painted where it was described. */
  add(h: Highlight): HTMLElement[] {
    this.records.set(h.id, h);
    return this.paint(h);
  }

  update(h: Highlight): void {
    this.records.set(h.id, h);
    this.layer.setColor(h.id, h.color);
  }

  remove(id: string): void {
    this.records.delete(id);
    this.layer.remove(id);
    this.options.afterPaint?.();
  }

  private index(): TextIndex {
    return TextIndex.of(this.root, this.options.ownHosts);
  }

  private paint(h: Highlight): HTMLElement[] {
    const index = this.index();
    const found = anchor(index, h.selectors, { isOwn: isOwnWrapper });
    if (!found) return [];
    const els = this.layer.paint(index, h.id, found.start, found.end, h.color);
    this.options.afterPaint?.();
    return els;
  }

  /**
   * Places every highlight not in the page yet. All are found in one index of the page as it is,
   * then painted from the last to the first: painting keeps the text before a passage's start in
   * the same text nodes, so the index stays right for every passage before it, and a page with 50
   * highlights is read once instead of 50 times. A passage that overlaps one just painted gets a
   * fresh index (the page's text is the same; only its nodes were split).
   */
  private placePending(): void {
    if (this.options.signal.aborted) return;
    const pending = [...this.records.values()].filter((h) => !this.layer.has(h.id));
    if (pending.length > 0) {
      let index = this.index();
      const found = pending
        .map((h) => ({ h, at: anchor(index, h.selectors, { isOwn: isOwnWrapper }) }))
        .filter((p): p is { h: Highlight; at: NonNullable<typeof p.at> } => p.at !== null)
        .sort((a, b) => b.at.start - a.at.start);
      let paintedFrom = Infinity;
      for (const { h, at } of found) {
        if (at.end > paintedFrom) index = this.index();
        this.layer.paint(index, h.id, at.start, at.end, h.color);
        paintedFrom = at.start;
      }
      if (found.length > 0) this.options.afterPaint?.();
    }
    this.watch(pending.some((h) => !this.layer.has(h.id)));
  }

  /** Observes the page only while something waits to be placed. */
  private watch(on: boolean): void {
    if (on && !this.observing) this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    if (!on && this.observing) this.observer.disconnect();
    this.observing = on;
  }

  private scheduleRetry(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.placePending(), RETRY_DEBOUNCE_MS);
  }

  private isOwnChange(r: MutationRecord): boolean {
    const own = (n: Node) => this.layer.isOwn(n) || (n.nodeType === 1 && isOwnWrapper(n as Element)) || (n.parentElement?.closest(`${HIGHLIGHT_TAG}, ${MARK_TAG}`) ?? null) !== null;
    if (r.type === 'characterData') return own(r.target);
    return [...r.addedNodes].every(own) && [...r.removedNodes].every((n) => n.nodeType === 3 || own(n));
  }
}
