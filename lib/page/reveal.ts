/** Scrolls to the first mark of an entity and flashes it, so the reader sees where it is named. */
import { ATTR_ENTITY_ID, ATTR_HIGHLIGHT_ID, MARK_TAG } from '../dom-labels';

export const FLASH_ATTR = 'data-qv-flash';
const FLASH_MS = 1600;

/** @returns false when the page has no mark of `entityId`. */
export function revealEntity(doc: Document, entityId: string): boolean {
  const mark = [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[${ATTR_ENTITY_ID}]`)].find((m) => m.getAttribute(ATTR_ENTITY_ID) === entityId);
  return flash(mark);
}

/** @returns false when the highlight is not in the page (an orphan). */
export function revealHighlight(doc: Document, id: string): boolean {
  return flash([...doc.querySelectorAll<HTMLElement>(`[${ATTR_HIGHLIGHT_ID}]`)].find((h) => h.getAttribute(ATTR_HIGHLIGHT_ID) === id));
}

function flash(el: HTMLElement | undefined): boolean {
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.setAttribute(FLASH_ATTR, '');
  setTimeout(() => el.removeAttribute(FLASH_ATTR), FLASH_MS);
  return true;
}
