/**
 * The W3C Web Annotation selectors a highlight is stored with (https://www.w3.org/TR/annotation-model/#selectors).
 * Three descriptions of the same passage, so that one still works when the page changed under another.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A point: the element found by XPath, and a zero-width text position inside its text. */
export interface XPathPointSelector {
  type: 'XPathSelector';
  value: string;
  refinedBy: TextPositionSelector;
}

/** From the start of `startSelector` to the start of `endSelector` (W3C RangeSelector semantics). */
export interface RangeSelector {
  type: 'RangeSelector';
  startSelector: XPathPointSelector;
  endSelector: XPathPointSelector;
}

export interface HighlightSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  range?: RangeSelector;
}

/** How a passage was found again, best first. */
export type AnchorMethod = 'range' | 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}
