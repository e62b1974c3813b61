/**
 * Keeps a page annotated as it changes: content added later (infinite scroll, a paywall lifting,
 * single-page navigation) is marked once, after a short debounce, without scanning again what was
 * done. The annotator's own changes (marks, split text nodes) are recognised and ignored, so it
 * never reacts to itself.
 */
import { HIGHLIGHT_TAG, MARK_TAG } from '../dom-labels';
import type { Lang } from '../kb/types';
import type { Matcher } from '../matcher/matcher';
import type { MarkType } from '../matcher/spot';
import { annotate, type PageEntityCount } from './annotate';
import type { MarkLayer } from './marks';

/** Quiet time before new content is read: one pass for a burst of changes. */
export const DEBOUNCE_MS = 150;

export interface LiveAnnotatorOptions {
  ownHosts: ReadonlySet<string>;
  lang?: Lang;
  types?: ReadonlySet<MarkType>;
  signal: AbortSignal;
  /** Called after each pass with the entities found on the page so far. */
  onUpdate?: (found: ReadonlyMap<string, PageEntityCount>) => void;
}

export class LiveAnnotator {
  /** Entities found on the page so far, with mention counts. */
  readonly found = new Map<string, PageEntityCount>();
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly observer: MutationObserver;

  constructor(
    private readonly root: Element,
    private readonly matcher: Matcher,
    private readonly layer: MarkLayer,
    private readonly options: LiveAnnotatorOptions,
  ) {
    const view = root.ownerDocument.defaultView!;
    this.observer = new view.MutationObserver((records) => this.collect(records));
    options.signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
    });
  }

  /** Annotates the whole root, then follows its changes. */
  async start(): Promise<void> {
    await this.pass(this.root);
    if (this.options.signal.aborted) return;
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /** Resolves when every change seen so far has been annotated (for tests). */
  async settled(): Promise<void> {
    await this.running;
    if (this.pending.size > 0 || this.timer !== undefined) {
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 10));
      await this.running;
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        if (r.target.parentNode) this.pending.add(r.target.parentNode);
        continue;
      }
      for (const node of r.addedNodes) if (!this.isOwn(node)) this.pending.add(node.nodeType === 3 ? node.parentNode ?? node : node);
    }
    if (this.pending.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(() => this.flush());
    }, DEBOUNCE_MS);
  }

  /**
   * Drops the changes observed so far: the caller made them (highlights painted or removed) and
   * they hold no new text.
   */
  discardObserved(): void {
    this.observer.takeRecords();
  }

  /** A node the annotator made, or inside a mark or highlight: never a reason to annotate. */
  private isOwn(node: Node): boolean {
    if (this.layer.isOwnTextNode(node)) return true;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el && this.options.ownHosts.has(el.tagName.toLowerCase())) return true;
    return !!el?.closest(`${MARK_TAG}, ${HIGHLIGHT_TAG}`);
  }

  private async flush(): Promise<void> {
    const nodes = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    // Only the outermost of the changed nodes: an added article is read once, not per paragraph.
    const roots = nodes.filter((n) => !nodes.some((o) => o !== n && o.contains(n)));
    for (const node of roots) {
      if (this.options.signal.aborted) return;
      await this.pass(node);
    }
  }

  private async pass(node: Node): Promise<void> {
    const found = await annotate(node, this.matcher, this.layer, { ownHosts: this.options.ownHosts, lang: this.options.lang, types: this.options.types, signal: this.options.signal });
    // The marks just made are the annotator's own mutations: drop them from the observer's queue.
    this.observer.takeRecords();
    for (const [id, { type, count }] of found) {
      const entry = this.found.get(id);
      if (entry) entry.count += count;
      else this.found.set(id, { type, count });
    }
    this.options.onUpdate?.(this.found);
  }
}
