// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { describeOffsets } from '../../../lib/anchoring/anchor';
import { TextIndex } from '../../../lib/anchoring/text-index';
import type { Highlight } from '../../../lib/highlights/model';
import { HighlightLayer } from '../../../lib/page/highlight-layer';
import { isOwnWrapper, PageHighlights } from '../../../lib/page/page-highlights';

const PAGE =
  '<h1>Japan und die USA</h1><p>Die <qv-mark data-entity-id="Q17">japanische</qv-mark> Regierung und <b>Microsoft</b> investieren ' +
  'in Rechenzentren. Nippon Steel übernimmt US Steel.</p><p>Berkshire hält Anteile an fünf Handelshäusern; Itochu, Marubeni und Mitsui gehören dazu.</p>';

/** Highlights of these passages (by their text), described on the page before any is painted. */
function highlightsOf(quotes: string[]): Highlight[] {
  const index = TextIndex.of(document.body);
  return quotes.map((quote, i) => {
    const start = index.text.indexOf(quote);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    const selectors = describeOffsets(index, start, start + quote.length, { isOwn: isOwnWrapper });
    return { id: `h${i}`, url: 'https://www.handelsblatt.com/a', title: '', createdAt: 0, updatedAt: 0, color: 'yellow', note: '', tags: [], entityIds: [], selectors };
  });
}

const textOf = (id: string) =>
  [...document.querySelectorAll(`[data-highlight-id="${id}"], [data-highlight-part="${id}"]`)].map((e) => e.textContent).join('');

describe('PageHighlights', () => {
  it('places many highlights at once, adjacent, nested in one text node, across elements and overlapping', () => {
    document.body.innerHTML = PAGE;
    const text = document.body.textContent;
    const quotes = [
      'Japan und', // the heading
      'japanische Regierung und Microsoft', // across a mark and bold text
      'Rechenzentren', // inside one text node …
      'Nippon Steel', // … and several more in the same node
      'übernimmt',
      'US Steel',
      'Steel übernimmt US', // overlaps two of the above
      'Berkshire hält Anteile',
      'Anteile an fünf', // overlaps the one before
      'Itochu, Marubeni und Mitsui',
    ];
    const afterPaint = vi.fn();
    const page = new PageHighlights(document.body, new HighlightLayer(), { ownHosts: new Set(), signal: new AbortController().signal, afterPaint });
    page.load(highlightsOf(quotes));
    expect(page.statuses().filter((s) => s.anchored)).toHaveLength(quotes.length);
    quotes.forEach((quote, i) => expect(textOf(`h${i}`), quote).toBe(quote));
    expect(document.body.textContent).toBe(text);
    expect(afterPaint).toHaveBeenCalledTimes(1);
  });

  it('keeps a highlight it cannot place as an orphan, and places the others', () => {
    document.body.innerHTML = PAGE;
    const [gone, kept] = highlightsOf(['Berkshire hält Anteile', 'Nippon Steel']);
    document.body.innerHTML = PAGE.replace(/<p>Berkshire.*<\/p>/, '<p>Der Absatz ist weg.</p>');
    const page = new PageHighlights(document.body, new HighlightLayer(), { ownHosts: new Set(), signal: new AbortController().signal });
    page.load([gone!, kept!]);
    expect(page.statuses()).toEqual([
      { id: 'h0', anchored: false },
      { id: 'h1', anchored: true },
    ]);
    expect(textOf('h1')).toBe('Nippon Steel');
  });
});
