/**
 * When to open and close the hover card, timed like Wikipedia's page previews: open after a short
 * dwell on a mark, stay open while the pointer moves into the card, close a little after leaving
 * both, and at once on Escape. Marks are ranges, not elements, so the pointer's position is
 * looked up (once per frame at most) instead of listening on mark elements. Only the reader's own
 * input counts: events a page script dispatches are ignored.
 */

export const OPEN_DELAY_MS = 200;
export const CLOSE_DELAY_MS = 300;

export interface HoverIntentOptions<T> {
  /** The mark under the viewport point (x, y), if any. */
  find(x: number, y: number): T | undefined;
  onOpen(mark: T): void;
  onClose(): void;
  /** Whether an event target belongs to the card (its shadow host). */
  isCard(target: EventTarget | null): boolean;
  signal: AbortSignal;
  /** Dwell before opening, read at each hover so a changed setting applies at once. */
  openDelay?: () => number;
  closeDelay?: number;
  /** Runs `fn` before the next frame (tests pass a synchronous stub). */
  nextFrame?: (fn: () => void) => void;
}

export interface HoverIntent<T> {
  /** Opens at once (the keyboard moved to a mark). */
  open(mark: T): void;
  close(): void;
  /** The pointer entered or left the card (a frame: its events do not reach this document). */
  cardPointer(inside: boolean): void;
  readonly current: T | null;
}

export function watchHoverIntent<T>(doc: Document, o: HoverIntentOptions<T>): HoverIntent<T> {
  const openDelay = o.openDelay ?? (() => OPEN_DELAY_MS);
  const closeDelay = o.closeDelay ?? CLOSE_DELAY_MS;
  const nextFrame = o.nextFrame ?? ((fn) => doc.defaultView!.requestAnimationFrame(fn));
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: T | null = null;
  /** What the pointer is over now: a mark (the card may still show another), the card, or neither. */
  let under: T | 'card' | undefined;
  let frameQueued = false;
  let last: PointerEvent | undefined;

  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const open = (mark: T) => {
    cancel();
    current = mark;
    o.onOpen(mark);
  };
  const close = () => {
    cancel();
    if (current) o.onClose();
    current = null;
  };
  const scheduleClose = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current) closeTimer = setTimeout(close, closeDelay);
  };

  const judge = () => {
    frameQueued = false;
    const e = last;
    if (!e) return;
    if (o.isCard(e.target)) {
      under = 'card';
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      return;
    }
    const mark = o.find(e.clientX, e.clientY);
    if (mark === under) return;
    under = mark;
    if (!mark) return scheduleClose();
    clearTimeout(closeTimer);
    clearTimeout(openTimer);
    if (mark !== current) openTimer = setTimeout(() => open(mark), openDelay());
  };
  const opts = { signal: o.signal, capture: true, passive: true };
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted) return;
      last = e;
      if (!frameQueued) {
        frameQueued = true;
        nextFrame(judge);
      }
    },
    opts,
  );
  // The pointer left the window.
  doc.addEventListener(
    'pointerout',
    (e) => {
      if (!e.isTrusted || e.relatedTarget) return;
      last = undefined;
      under = undefined;
      scheduleClose();
    },
    opts,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Escape' && current) close();
    },
    { signal: o.signal, capture: true },
  );
  o.signal.addEventListener('abort', cancel);
  return {
    open,
    close,
    cardPointer(inside) {
      if (inside) {
        under = 'card';
        clearTimeout(openTimer);
        clearTimeout(closeTimer);
      } else {
        under = undefined;
        scheduleClose();
      }
    },
    get current() {
      return current;
    },
  };
}
