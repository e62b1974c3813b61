/**
 * The marks' look, injected into the page once. A dotted underline in a colour per type: it reads on
 * light and dark pages and changes no box metrics, so the layout never shifts.
 */
import { ATTR_ENTITY_TYPE, ATTR_HIGHLIGHT_COLOR, HIGHLIGHT_TAG, MARK_TAG } from '../dom-labels';
import type { MarkStyle } from '../settings';

const STYLE_ID = 'querverweis-mark-style';

/**
 * The reader's choice of look: a dotted or solid underline, or a faint background tint. All three
 * leave box metrics alone (no padding, border or font change), so the layout never shifts.
 */
const LOOKS: Record<MarkStyle, string> = {
  dotted: 'text-decoration-line: underline; text-decoration-style: dotted;',
  solid: 'text-decoration-line: underline; text-decoration-style: solid;',
  background: 'text-decoration-line: none;',
};

const TINTS = `
${MARK_TAG}[${ATTR_ENTITY_TYPE}="company"] { background-color: rgba(59, 130, 246, 0.16); }
${MARK_TAG}[${ATTR_ENTITY_TYPE}="country"] { background-color: rgba(22, 163, 74, 0.16); }`;

export function markCss(style: MarkStyle = 'dotted'): string {
  return `
${MARK_TAG} { display: inline; font: inherit; color: inherit; background: none; padding: 0; margin: 0; border: 0;
  ${LOOKS[style]} text-decoration-thickness: 2px; text-underline-offset: 0.2em; cursor: help; }
${MARK_TAG}[${ATTR_ENTITY_TYPE}="company"] { text-decoration-color: #3b82f6; }
${MARK_TAG}[${ATTR_ENTITY_TYPE}="country"] { text-decoration-color: #16a34a; }${style === 'background' ? TINTS : ''}
${MARK_TAG}:focus-visible { outline: 2px solid #3b82f6; outline-offset: 1px; }
${MARK_TAG}[data-qv-flash] { animation: qv-flash 0.8s ease-in-out 2; border-radius: 2px; }
@keyframes qv-flash { 50% { background: rgba(250, 204, 21, 0.55); } }
${HIGHLIGHT_TAG} { display: inline; font: inherit; color: inherit; padding: 0; margin: 0; border: 0; border-radius: 2px;
  cursor: pointer; background-color: rgba(250, 204, 21, 0.45); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${HIGHLIGHT_TAG}[${ATTR_HIGHLIGHT_COLOR}="green"] { background-color: rgba(34, 197, 94, 0.35); }
${HIGHLIGHT_TAG}[${ATTR_HIGHLIGHT_COLOR}="blue"] { background-color: rgba(59, 130, 246, 0.3); }
${HIGHLIGHT_TAG}[${ATTR_HIGHLIGHT_COLOR}="pink"] { background-color: rgba(236, 72, 153, 0.3); }
${HIGHLIGHT_TAG}[${ATTR_HIGHLIGHT_COLOR}="purple"] { background-color: rgba(139, 92, 246, 0.3); }
${HIGHLIGHT_TAG}[data-qv-flash] { animation: qv-flash 0.8s ease-in-out 2; }
`;
}

/** Puts the marks' style into the page, or updates it when the reader picks another look. */
export function injectMarkStyle(doc: Document, look: MarkStyle = 'dotted'): HTMLStyleElement {
  const existing = doc.getElementById(STYLE_ID);
  const style = existing instanceof HTMLStyleElement ? existing : doc.createElement('style');
  const css = markCss(look);
  if (style.textContent !== css) style.textContent = css;
  if (!style.isConnected) {
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  return style;
}
