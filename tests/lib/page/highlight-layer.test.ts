// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../../lib/anchoring/text-index';
import { HighlightLayer, highlightName } from '../../../lib/page/highlight-layer';
import { testPainter } from './painted';

function setup(html: string) {
  document.body.innerHTML = html;
  const paint = testPainter();
  return { layer: new HighlightLayer(paint.painter), paint, html: document.body.innerHTML };
}
const paintQuote = (layer: HighlightLayer, quote: string, id = 'h1') => {
  const index = TextIndex.of(document.body);
  const start = index.text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return layer.paint(index, id, start, start + quote.length, 'yellow');
};

describe('HighlightLayer', () => {
  it('paints one range per highlight, across elements and blocks, and never changes the page', () => {
    const { layer, paint, html } = setup(
      '<p>Die <b>Deutsche</b> Bank und <a href="#">die Commerzbank</a> wachsen.</p>\n<p>Zweiter Absatz.</p>',
    );
    paintQuote(layer, 'Deutsche Bank und die Commerzbank wach', 'a');
    paintQuote(layer, 'wachsen.\nZweiter', 'b');
    expect(paint.texts(highlightName('yellow'))).toEqual(['Deutsche Bank und die Commerzbank wach', 'wachsen.\nZweiter']);
    expect(document.body.innerHTML).toBe(html);
    layer.removeAll();
    expect(paint.texts(highlightName('yellow'))).toEqual([]);
  });

  it("recolours by moving the range to the colour's registry entry", () => {
    const { layer, paint } = setup('<p>abc def</p>');
    paintQuote(layer, 'def');
    layer.setColor('h1', 'green');
    expect(paint.texts(highlightName('yellow'))).toEqual([]);
    expect(paint.texts(highlightName('green'))).toEqual(['def']);
  });

  it('finds the highlights at a caret position, innermost first', () => {
    const { layer } = setup('<p>Berkshire hält Anteile an fünf Handelshäusern</p>');
    paintQuote(layer, 'Berkshire hält Anteile an fünf', 'outer');
    paintQuote(layer, 'Anteile', 'inner');
    const text = document.querySelector('p')!.firstChild!;
    expect(layer.at(text, 17)).toEqual(['inner', 'outer']);
    expect(layer.at(text, 3)).toEqual(['outer']);
    expect(layer.at(text, 40)).toEqual([]);
  });

  it('takes down a highlight whose passage the page rewrote', () => {
    const { layer } = setup('<p id="a">Die Zölle sinken.</p><p>Bleibt.</p>');
    paintQuote(layer, 'Zölle', 'a');
    paintQuote(layer, 'Bleibt', 'b');
    (document.querySelector('#a')!.firstChild as Text).data = 'Ganz neu.';
    expect(layer.dropStale()).toEqual(['a']);
    expect(layer.ids()).toEqual(['b']);
  });
});
