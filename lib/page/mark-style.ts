/**
 * The marks' look, injected into the page once. A dotted underline in a colour per type: it reads on
 * light and dark pages and changes no box metrics, so the layout never shifts.
 */
import { ATTR_ENTITY_TYPE, MARK_TAG } from '../dom-labels';

const STYLE_ID = 'querverweis-mark-style';

export const MARK_CSS = `
${MARK_TAG} { display: inline; font: inherit; color: inherit; background: none; padding: 0; margin: 0; border: 0;
  text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px;
  text-underline-offset: 0.2em; cursor: help; }
${MARK_TAG}[${ATTR_ENTITY_TYPE}="company"] { text-decoration-color: #3b82f6; }
${MARK_TAG}[${ATTR_ENTITY_TYPE}="country"] { text-decoration-color: #16a34a; }
${MARK_TAG}:focus-visible { outline: 2px solid #3b82f6; outline-offset: 1px; }
${MARK_TAG}[data-qv-flash] { animation: qv-flash 0.8s ease-in-out 2; border-radius: 2px; }
@keyframes qv-flash { 50% { background: rgba(250, 204, 21, 0.55); } }
`;

export function injectMarkStyle(doc: Document): HTMLStyleElement {
  const existing = doc.getElementById(STYLE_ID);
  if (existing instanceof HTMLStyleElement) return existing;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}
