/**
 * Marking on one page, switchable: on, it marks the page and follows its changes; off, it takes
 * every mark out of the highlight registry. The reader switches a site in the popup.
 */
import type { MarkType } from '../matcher/spot';
import type { PageEntityCount, Spotter } from './annotate';
import { LiveAnnotator } from './live-annotator';
import type { MarkLayer } from './marks';

export class PageMarking {
  private live: LiveAnnotator | undefined;
  private controller: AbortController | undefined;
  private types: ReadonlySet<MarkType> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly spotter: Spotter,
    readonly layer: MarkLayer,
    private readonly pageSignal: AbortSignal,
    /** Called when the marked entities change (after each annotation pass). */
    private readonly onUpdate?: (found: ReadonlyMap<string, PageEntityCount>) => void,
  ) {
    pageSignal.addEventListener('abort', () => this.off());
  }

  get enabled(): boolean {
    return this.live !== undefined;
  }

  /** Entities marked on the page now, with counts (empty while off). */
  get found(): ReadonlyMap<string, PageEntityCount> {
    return this.live?.found ?? new Map();
  }

  /** Resolves when the page's changes so far are marked (for tests). */
  settled(): Promise<void> {
    return this.live?.settled() ?? Promise.resolve();
  }

  /** Marks only these kinds of entity from now on; marks already made are redone if it changes. */
  async setTypes(types: readonly MarkType[]): Promise<void> {
    const next = new Set(types);
    const fewer = this.types !== undefined && [...next].every((t) => this.types!.has(t));
    if (fewer && next.size === this.types!.size) return;
    this.types = next;
    if (!this.live) return;
    // Fewer kinds: the other marks stay where they are; more: the page is spotted again for them.
    if (fewer) return this.live.narrowTypes(next);
    this.off();
    await this.on();
  }

  async on(): Promise<void> {
    if (this.live || this.pageSignal.aborted) return;
    this.controller = new AbortController();
    this.live = new LiveAnnotator(this.doc, this.spotter, this.layer, {
      types: this.types,
      signal: this.controller.signal,
      onUpdate: this.onUpdate,
    });
    await this.live.start();
  }

  off(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.live = undefined;
    this.layer.removeAll();
  }
}
