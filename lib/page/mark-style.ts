/**
 * The look of everything Querverweis paints, as `::highlight()` rules in one stylesheet adopted by
 * the document (a `<style>` in <head> where adopting is refused). Highlight pseudo-elements can
 * only colour text, its background and its decoration: no box changes, so the layout never shifts.
 */
import { ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, MARK_HIGHLIGHT } from '../dom-labels';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlights/model';
import type { MarkStyle } from '../settings';
import { highlightName } from './highlight-layer';

/** Mid-tone colours: they read on light and on dark pages. */
const TYPE_COLOR = { company: '#3b82f6', country: '#16a34a' } as const;
const TINT = { company: 'rgba(59, 130, 246, 0.18)', country: 'rgba(22, 163, 74, 0.18)' } as const;
const HIGHLIGHT_TINT: Record<HighlightColor, string> = {
  yellow: 'rgba(250, 204, 21, 0.45)',
  green: 'rgba(34, 197, 94, 0.35)',
  blue: 'rgba(59, 130, 246, 0.3)',
  pink: 'rgba(236, 72, 153, 0.3)',
  purple: 'rgba(139, 92, 246, 0.3)',
};

/** Where ranges overlap, the higher paints on top. */
export const PAINT_PRIORITY: Record<string, number> = {
  [MARK_HIGHLIGHT.company]: 1,
  [MARK_HIGHLIGHT.country]: 1,
  ...Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [highlightName(c), 2])),
  [ACTIVE_HIGHLIGHT]: 3,
  [FOCUS_HIGHLIGHT]: 4,
  [FLASH_HIGHLIGHT]: 5,
};

export function markCss(style: MarkStyle = 'dotted'): string {
  const mark = (type: keyof typeof TYPE_COLOR) =>
    style === 'background'
      ? `::highlight(${MARK_HIGHLIGHT[type]}) { background-color: ${TINT[type]}; }`
      : `::highlight(${MARK_HIGHLIGHT[type]}) { text-decoration: underline ${style} ${TYPE_COLOR[type]} 2px; text-underline-offset: 0.2em; }`;
  return [
    mark('company'),
    mark('country'),
    ...HIGHLIGHT_COLORS.map((c) => `::highlight(${highlightName(c)}) { background-color: ${HIGHLIGHT_TINT[c]}; }`),
    `::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(59, 130, 246, 0.22); }`,
    // A focus ring cannot be drawn around a range: a strong underline and tint in the system's focus colour.
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(37, 99, 235, 0.3); text-decoration: underline solid #1d4ed8 3px; }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.7); }`,
  ].join('\n');
}

export interface MarkStyleSheet {
  set(look: MarkStyle): void;
  /** Puts the sheet back if the page replaced the document's adopted sheets. */
  reassert(): void;
  remove(): void;
}

/** The marks' stylesheet in the page, updated when the reader picks another look. */
export function markStyleSheet(doc: Document): MarkStyleSheet {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  let sheet: CSSStyleSheet | undefined;
  let fallback: HTMLStyleElement | undefined;
  const adopt = () => {
    if (!sheet) return false;
    try {
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return true;
    } catch {
      return false;
    }
  };
  return {
    set(look) {
      const css = markCss(look);
      if (!sheet && !fallback) {
        try {
          sheet = new win!.CSSStyleSheet();
        } catch {
          sheet = undefined;
        }
      }
      if (sheet) {
        sheet.replaceSync(css);
        if (adopt()) return;
        sheet = undefined;
      }
      fallback ??= doc.createElement('style');
      if (fallback.textContent !== css) fallback.textContent = css;
      if (!fallback.isConnected) (doc.head ?? doc.documentElement).append(fallback);
    },
    reassert() {
      if (sheet) adopt();
      else if (fallback && !fallback.isConnected) (doc.head ?? doc.documentElement).append(fallback);
    },
    remove() {
      if (sheet) {
        try {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          /* the page's own sheets are left as they are */
        }
      }
      fallback?.remove();
      sheet = undefined;
      fallback = undefined;
    },
  };
}
