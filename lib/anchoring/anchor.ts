/**
 * Describing a selected passage with selectors, and finding it again on a later visit. The order
 * follows the Hypothesis client: the range (XPaths) and the text position are tried first and
 * believed only when the text there is still the quote; then the quote is searched exactly, then
 * approximately. A passage none of them finds is an orphan: the caller shows it, never drops it.
 */
import { matchExact, matchFuzzy } from './match-quote';
import type { Anchor, HighlightSelectors, RangeSelector, TextQuoteSelector, XPathPointSelector } from './selectors';
import type { TextIndex } from './text-index';
import { elementAt, pageElementOf, xpathOf } from './xpath';

/** Characters of context stored on each side of the quote. */
export const CONTEXT_CHARS = 32;

export interface AnchorOptions {
  /** The extension's own wrapper elements (marks, highlights), transparent to XPaths. */
  isOwn?: (el: Element) => boolean;
}

export function describeOffsets(index: TextIndex, start: number, end: number, options: AnchorOptions = {}): HighlightSelectors {
  const { text } = index;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
  const startPoint = pointSelector(index, start, false, options);
  const endPoint = pointSelector(index, end, true, options);
  return {
    quote,
    position: { type: 'TextPositionSelector', start, end },
    ...(startPoint && endPoint
      ? { range: { type: 'RangeSelector', startSelector: startPoint, endSelector: endPoint } satisfies RangeSelector }
      : {}),
  };
}

/** The selectors of a DOM range (white space at its ends left out), or undefined when it holds no text. */
export function describeRange(index: TextIndex, range: Range, options: AnchorOptions = {}): HighlightSelectors | undefined {
  const offsets = index.offsetsOf(range);
  if (!offsets) return undefined;
  // A double click selects the space after a word too: the passage is the text, not its margins.
  let { start, end } = offsets;
  while (start < end && /\s/.test(index.text[start]!)) start++;
  while (end > start && /\s/.test(index.text[end - 1]!)) end--;
  return end > start ? describeOffsets(index, start, end, options) : undefined;
}

export function anchor(index: TextIndex, selectors: HighlightSelectors, options: AnchorOptions = {}): Anchor | null {
  const { text } = index;
  const { exact } = selectors.quote;
  const holdsQuote = (start: number, end: number) => end > start && text.slice(start, end) === exact;

  if (selectors.range) {
    const start = resolvePoint(index, selectors.range.startSelector, options);
    const end = resolvePoint(index, selectors.range.endSelector, options);
    if (start !== undefined && end !== undefined && holdsQuote(start, end)) return { start, end, method: 'range' };
  }
  const { start, end } = selectors.position;
  if (holdsQuote(start, end)) return { start, end, method: 'position' };

  const ctx = { prefix: selectors.quote.prefix, suffix: selectors.quote.suffix, hint: start };
  const exactMatch = matchExact(text, exact, ctx);
  if (exactMatch) return { start: exactMatch.start, end: exactMatch.end, method: 'quote' };
  const fuzzy = matchFuzzy(text, exact, ctx);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

/** A point as the page element holding it and an offset into that element's text. */
function pointSelector(index: TextIndex, offset: number, atEnd: boolean, options: AnchorOptions): XPathPointSelector | undefined {
  const point = index.pointAt(offset, atEnd);
  if (!point) return undefined;
  const el = pageElementOf(point.node, options.isOwn ?? (() => false));
  if (!el) return undefined;
  const elStart = index.offsetOf(el, 0);
  if (elStart === undefined) return undefined;
  const inner = offset - elStart;
  return {
    type: 'XPathSelector',
    value: xpathOf(el, options.isOwn),
    refinedBy: { type: 'TextPositionSelector', start: inner, end: inner },
  };
}

function resolvePoint(index: TextIndex, sel: XPathPointSelector, options: AnchorOptions): number | undefined {
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const el = elementAt(doc, sel.value, options.isOwn);
  if (!el || !index.root.contains(el)) return undefined;
  const elStart = index.offsetOf(el, 0);
  const elEnd = index.offsetOf(el, el.childNodes.length);
  if (elStart === undefined || elEnd === undefined) return undefined;
  const offset = elStart + sel.refinedBy.start;
  return offset <= elEnd ? offset : undefined;
}
