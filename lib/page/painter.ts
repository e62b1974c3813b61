/**
 * The extension's entries in the document's highlight registry (`CSS.highlights`). Everything
 * Querverweis paints (marks, the reader's highlights, focus and flash) is a Range in one of these
 * named Highlights, so the page's nodes are never touched. The registry is the page's too: the
 * painter only ever changes the entries it created, and puts one back when the page deleted it.
 */

/** The parts of `CSS.highlights` and `Highlight` the painter uses (tests pass a stand-in). */
export interface HighlightApi {
  registry: { get(name: string): unknown; set(name: string, value: never): unknown; delete(name: string): boolean };
  create(): PaintSet;
}

export interface PaintSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}

/** The browser's own API, where it has one (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function browserHighlightApi(win: Window & typeof globalThis): HighlightApi | undefined {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightApi['registry'] }) | undefined;
  const Ctor = (win as unknown as { Highlight?: new () => PaintSet }).Highlight;
  if (!css?.highlights || !Ctor) return undefined;
  return { registry: css.highlights, create: () => new Ctor() };
}

export class Painter {
  private readonly sets = new Map<string, PaintSet>();

  constructor(
    private readonly api: HighlightApi,
    /** Higher paints above lower where ranges overlap (a reader's highlight above a mark). */
    private readonly priorities: Readonly<Record<string, number>> = {},
  ) {}

  add(name: string, range: AbstractRange): void {
    this.set(name).add(range);
  }

  /**
   * Adds many ranges to one entry: the registry is asked once, not per range, and after the ranges
   * are in (a registered Highlight takes each range at twice the cost; 17 000 on a 1 MB page).
   */
  addAll(name: string, ranges: readonly AbstractRange[]): void {
    if (ranges.length === 0) return;
    const set = this.entry(name);
    for (const range of ranges) set.add(range);
    this.register(name, set);
  }

  delete(name: string, range: AbstractRange): void {
    this.sets.get(name)?.delete(range);
  }

  /** Whether the entry is in the registry now (the browser paints what is added to it at the next frame). */
  shown(name: string): boolean {
    const set = this.sets.get(name);
    return set !== undefined && this.api.registry.get(name) === set;
  }

  /** Adds a range to an entry without putting the entry into the registry: `show` does that. */
  addHidden(name: string, range: AbstractRange): void {
    this.entry(name).add(range);
  }

  /** Puts an entry that has ranges into the registry. */
  show(name: string): void {
    const set = this.sets.get(name);
    if (set) this.register(name, set);
  }

  /** Empties one entry (it stays registered, so the page sees a stable name). */
  clear(name: string): void {
    this.sets.get(name)?.clear();
  }

  size(name: string): number {
    return this.sets.get(name)?.size ?? 0;
  }

  /** Puts back entries the page took out of the registry (a page may clear it wholesale). */
  reassert(): void {
    for (const [name, set] of this.sets) if (this.api.registry.get(name) !== set) this.api.registry.set(name, set as never);
  }

  /** Takes every entry of the extension out of the registry. */
  removeAll(): void {
    for (const [name, set] of this.sets) {
      set.clear();
      if (this.api.registry.get(name) === set) this.api.registry.delete(name);
    }
    this.sets.clear();
  }

  private set(name: string): PaintSet {
    const set = this.entry(name);
    this.register(name, set);
    return set;
  }

  private entry(name: string): PaintSet {
    let set = this.sets.get(name);
    if (!set) {
      set = this.api.create();
      set.priority = this.priorities[name] ?? 0;
      this.sets.set(name, set);
    }
    return set;
  }

  private register(name: string, set: PaintSet): void {
    if (this.api.registry.get(name) !== set) this.api.registry.set(name, set as never);
  }
}

/** A stand-in for `CSS.highlights` in Node tests: a Map of Sets, as the registry behaves. */
export function memoryHighlightApi(): HighlightApi & { registry: Map<string, PaintSet> } {
  const registry = new Map<string, PaintSet>();
  return {
    registry,
    create: () => Object.assign(new Set<AbstractRange>(), { priority: 0 }) as unknown as PaintSet,
  };
}
