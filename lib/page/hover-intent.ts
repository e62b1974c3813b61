/**
 * When to open and close the hover card, timed like Wikipedia's page previews: open after a short
 * dwell on a mark (or at once when a mark gets keyboard focus), stay open while the pointer moves
 * into the card, close a little after leaving both, and at once on Escape.
 */
import { MARK_TAG } from '../dom-labels';

export const OPEN_DELAY_MS = 200;
export const CLOSE_DELAY_MS = 300;

export interface HoverIntentOptions {
  onOpen(mark: HTMLElement): void;
  onClose(): void;
  /** Whether an event target belongs to the card (its shadow host). */
  isCard(target: EventTarget | null): boolean;
  signal: AbortSignal;
  /** Dwell before opening, read at each hover so a changed setting applies at once. */
  openDelay?: () => number;
  closeDelay?: number;
}

export function markOf(target: EventTarget | null): HTMLElement | null {
  const el = (target as Node | null)?.nodeType === 1 ? (target as Element) : null;
  return (el?.closest(MARK_TAG) as HTMLElement | null) ?? null;
}

export function watchHoverIntent(doc: Document, o: HoverIntentOptions): { close(): void } {
  const openDelay = o.openDelay ?? (() => OPEN_DELAY_MS);
  const closeDelay = o.closeDelay ?? CLOSE_DELAY_MS;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLElement | null = null;

  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const open = (mark: HTMLElement) => {
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
    closeTimer = setTimeout(close, closeDelay);
  };
  const opts = { signal: o.signal, capture: true };

  doc.addEventListener('pointerover', (e) => {
    if (o.isCard(e.target)) return clearTimeout(closeTimer);
    const mark = markOf(e.target);
    if (!mark) return;
    clearTimeout(closeTimer);
    if (mark === current) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark), openDelay());
  }, opts);
  doc.addEventListener('pointerout', (e) => {
    const to = (e as PointerEvent).relatedTarget;
    if (markOf(to) === current && current) return;
    if (o.isCard(to)) return;
    if (markOf(e.target) || o.isCard(e.target)) scheduleClose();
  }, opts);
  doc.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
  }, opts);
  doc.addEventListener('focusout', (e) => {
    if (markOf(e.target) && !o.isCard((e as FocusEvent).relatedTarget)) scheduleClose();
  }, opts);
  doc.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && current) close();
  }, opts);
  o.signal.addEventListener('abort', cancel);
  return { close };
}
