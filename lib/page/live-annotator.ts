/**
 * Keeps a page's marks true to its text as the page changes: content added later (infinite scroll,
 * a paywall lifting, single-page navigation, a framework re-rendering, a ticker rewriting a text
 * node, a new <body>) is spotted again block by block, and marks whose text went away are dropped.
 * The page is observed from before the first pass, so nothing it does meanwhile is missed. Marking
 * never changes the page, so the observer never sees its own work and cannot loop.
 */
import { isOwnNode } from '../dom-labels';
import type { Lang } from '../kb/types';
import type { MarkType } from '../matcher/spot';
import { annotate, type Spotter, type PageEntityCount } from './annotate';
import type { MarkLayer } from './marks';
import { BLOCK_TAGS, blockOf } from './text-blocks';

/**
 * Delay from the first change to the pass that reads it: one pass for a burst of changes. Not reset by
 * later changes, so a page that never stops changing (a ticker every 100 ms) is still followed.
 */
export const DEBOUNCE_MS = 150;

export interface LiveAnnotatorOptions {
  lang?: Lang;
  types?: ReadonlySet<MarkType>;
  signal: AbortSignal;
  /** Called after each pass with the entities marked on the page now. */
  onUpdate?: (found: ReadonlyMap<string, PageEntityCount>) => void;
}

export class LiveAnnotator {
  /** Regions of the page to spot again: the blocks the page changed or added. */
  private readonly pending = new Set<Node>();
  /** The page removed or rewrote nodes: some marks may have lost their text. */
  private removals = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly spotter: Spotter,
    private readonly layer: MarkLayer,
    private readonly options: LiveAnnotatorOptions,
  ) {
    this.observer = new doc.defaultView!.MutationObserver((records) => this.collect(records));
    options.signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
      this.pending.clear();
    });
  }

  /**
   * Marks only `types` from now on, when that is fewer kinds than before: the marks of the others go,
   * the rest stay as they are (no pass, no flicker; a mark of a kept type never stood in for a dropped one).
   */
  narrowTypes(types: ReadonlySet<MarkType>): void {
    this.options.types = types;
    for (const mark of [...this.layer.all()]) if (!types.has(mark.type)) this.layer.remove(mark);
    this.options.onUpdate?.(this.found);
  }

  /** Entities marked on the page now, with mention counts. */
  get found(): Map<string, PageEntityCount> {
    return this.layer.counts();
  }

  /** Observes the page, then marks all of it. */
  async start(): Promise<void> {
    // The whole document, not only <body>: a page that swaps in a new body (Turbo) is followed.
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    const body = this.doc.body;
    if (body) this.running = this.pass(body);
    await this.running;
  }

  /** Resolves when every change seen so far has been spotted (for tests). */
  async settled(): Promise<void> {
    this.collect(this.observer.takeRecords());
    await this.running;
    while (this.pending.size > 0 || this.removals || this.timer !== undefined) {
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 10));
      await this.running;
    }
  }

  private collect(records: MutationRecord[]): void {
    const body = this.doc.body;
    if (!body) return;
    for (const r of records) {
      if (isOwnNode(r.target)) continue;
      if (r.type === 'characterData') {
        this.removals = true;
        if (body.contains(r.target)) this.pending.add(regionOf(r.target, body));
        continue;
      }
      if (r.removedNodes.length > 0) this.removals = true;
      for (const node of r.addedNodes) {
        if (isOwnNode(node)) continue;
        if (node === body) this.pending.add(body);
        else if (body.contains(node)) this.pending.add(isBlock(node) ? node : regionOf(node, body));
      }
    }
    if ((this.pending.size === 0 && !this.removals) || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(() => this.flush());
    }, DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    if (this.options.signal.aborted) return;
    if (this.removals) {
      this.removals = false;
      this.layer.dropStale();
    }
    const nodes = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    // Only the outermost of the changed regions: an added article is read once, not per paragraph.
    const roots = nodes.filter((n) => !nodes.some((o) => o !== n && o.contains(n)));
    for (const root of roots) {
      if (this.options.signal.aborted) return;
      this.layer.removeWithin(root);
      await annotate(root, this.spotter, this.layer, { lang: this.options.lang, types: this.options.types, signal: this.options.signal });
    }
    this.options.onUpdate?.(this.found);
  }

  private async pass(root: Node): Promise<void> {
    await annotate(root, this.spotter, this.layer, { lang: this.options.lang, types: this.options.types, signal: this.options.signal });
    if (!this.options.signal.aborted) this.options.onUpdate?.(this.found);
  }
}

const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());

/**
 * What to spot again when `node` changed: its block, so that a name across inline elements is read
 * whole. Inline content straight under <body> (a button, a loose span) has the whole page as its
 * block; then only the changed element is read again, not every paragraph of the page.
 */
function regionOf(node: Node, body: HTMLElement): Node {
  const block = blockOf(node, body);
  if (block !== body) return block;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el && el !== body ? el : body;
}
