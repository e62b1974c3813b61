/** Scrolls to the first mark of an entity and flashes it, so the reader sees where it is named. */
import { ATTR_ENTITY_ID, MARK_TAG } from '../dom-labels';

export const FLASH_ATTR = 'data-qv-flash';
const FLASH_MS = 1600;

/** @returns false when the page has no mark of `entityId`. */
export function revealEntity(doc: Document, entityId: string): boolean {
  const mark = [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[${ATTR_ENTITY_ID}]`)].find((m) => m.getAttribute(ATTR_ENTITY_ID) === entityId);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.setAttribute(FLASH_ATTR, '');
  setTimeout(() => mark.removeAttribute(FLASH_ATTR), FLASH_MS);
  return true;
}
