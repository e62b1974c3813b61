/** Scrolls a mention or highlight into view and flashes it, so the reader sees where it is. */
import { FLASH_HIGHLIGHT } from '../dom-labels';
import type { Painter } from './painter';

const FLASH_MS = 1600;
/** On and off four times; steady for readers who asked for less motion. */
const BLINK_MS = 200;

export function scrollToRange(range: Range, behavior: ScrollBehavior = 'smooth'): void {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center', behavior });
}

/** Whether the range is at least partly inside the viewport. */
export function inViewport(range: Range): boolean {
  const r = range.getBoundingClientRect();
  const win = range.startContainer.ownerDocument?.defaultView;
  return !!win && r.bottom > 0 && r.top < win.innerHeight && r.right > 0 && r.left < win.innerWidth;
}

export function flashRange(painter: Painter, range: Range): void {
  const win = range.startContainer.ownerDocument?.defaultView;
  painter.clear(FLASH_HIGHLIGHT);
  painter.add(FLASH_HIGHLIGHT, range);
  const still = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  if (!still) {
    for (let t = BLINK_MS; t < FLASH_MS; t += BLINK_MS) {
      const on = (t / BLINK_MS) % 2 === 0;
      setTimeout(() => (on ? painter.add(FLASH_HIGHLIGHT, range) : painter.delete(FLASH_HIGHLIGHT, range)), t);
    }
  }
  setTimeout(() => painter.delete(FLASH_HIGHLIGHT, range), FLASH_MS);
}

/** Scrolls to the range and flashes it; false when there is none. */
export function reveal(painter: Painter, range: Range | undefined): boolean {
  if (!range) return false;
  scrollToRange(range);
  flashRange(painter, range);
  return true;
}
