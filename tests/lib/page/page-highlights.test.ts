// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeOffsets } from '../../../lib/anchoring/anchor';
import { TextIndex } from '../../../lib/anchoring/text-index';
import type { Highlight } from '../../../lib/highlights/model';
import { HighlightLayer, highlightName } from '../../../lib/page/highlight-layer';
import { PageHighlights } from '../../../lib/page/page-highlights';
import { testPainter } from './painted';

const PAGE =
  '<h1>Japan und die USA</h1><p>Die japanische Regierung und <b>Microsoft</b> investieren ' +
  'in Rechenzentren. Nippon Steel übernimmt US Steel.</p><p>Berkshire hält Anteile an fünf Handelshäusern; Itochu, Marubeni und Mitsui gehören dazu.</p>';

/** Highlights of these passages (by their text), described on the page before any is painted. */
function highlightsOf(quotes: string[]): Highlight[] {
  const index = TextIndex.of(document.body);
  return quotes.map((quote, i) => {
    const start = index.text.indexOf(quote);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    const selectors = describeOffsets(index, start, start + quote.length);
    return {
      id: `h${i}`,
      url: 'https://www.handelsblatt.com/a',
      title: '',
      createdAt: 0,
      updatedAt: 0,
      color: 'yellow',
      note: '',
      tags: [],
      entityIds: [],
      selectors,
    };
  });
}

function setup() {
  const paint = testPainter();
  const layer = new HighlightLayer(paint.painter);
  const controller = new AbortController();
  return { paint, layer, controller, page: new PageHighlights(document, layer, controller.signal) };
}

describe('PageHighlights', () => {
  it('places many highlights at once: adjacent, in one text node, across elements and overlapping', () => {
    document.body.innerHTML = PAGE;
    const html = document.body.innerHTML;
    const quotes = [
      'Japan und',
      'japanische Regierung und Microsoft',
      'Rechenzentren',
      'Nippon Steel',
      'übernimmt',
      'US Steel',
      'Steel übernimmt US',
      'Berkshire hält Anteile',
      'Anteile an fünf',
      'Itochu, Marubeni und Mitsui',
    ];
    const { page, layer, paint } = setup();
    page.load(highlightsOf(quotes));
    expect(page.statuses().filter((s) => s.anchored)).toHaveLength(quotes.length);
    quotes.forEach((quote, i) => expect(layer.range(`h${i}`)!.toString(), quote).toBe(quote));
    expect(paint.ranges(highlightName('yellow'))).toHaveLength(quotes.length);
    expect(document.body.innerHTML).toBe(html);
  });

  it('keeps a highlight it cannot place as an orphan, and places the others', () => {
    document.body.innerHTML = PAGE;
    const [gone, kept] = highlightsOf(['Berkshire hält Anteile', 'Nippon Steel']);
    document.body.innerHTML = PAGE.replace(/<p>Berkshire.*<\/p>/, '<p>Der Absatz ist weg.</p>');
    const { page, layer } = setup();
    page.load([gone!, kept!]);
    expect(page.statuses()).toEqual([
      { id: 'h0', anchored: false },
      { id: 'h1', anchored: true },
    ]);
    expect(layer.range('h1')!.toString()).toBe('Nippon Steel');
  });

  it('places an orphan when its paragraph arrives, and finds a passage again after the page re-renders it', async () => {
    document.body.innerHTML = PAGE;
    const [late, moved] = highlightsOf(['Berkshire hält Anteile', 'Nippon Steel']);
    const para = document.querySelectorAll('p')[1]!;
    para.remove();
    const { page, layer, controller } = setup();
    page.load([late!, moved!]);
    expect(page.statuses()[0]!.anchored).toBe(false);
    document.body.append(para);
    // A framework re-renders the first paragraph: new nodes, the same text.
    const first = document.querySelector('p')!;
    first.replaceWith(first.cloneNode(true));
    await page.settled();
    expect(page.statuses()).toEqual([
      { id: 'h0', anchored: true },
      { id: 'h1', anchored: true },
    ]);
    expect(layer.range('h1')!.toString()).toBe('Nippon Steel');
    expect(document.querySelector('p')!.contains(layer.range('h1')!.startContainer)).toBe(true);
    controller.abort();
    expect(layer.ids()).toEqual([]);
  });
});
