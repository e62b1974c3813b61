// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../../lib/anchoring/text-index';
import { HighlightLayer } from '../../../lib/page/highlight-layer';

function setup(html: string) {
  document.body.innerHTML = html;
  return { layer: new HighlightLayer(), html: document.body.innerHTML };
}
const paint = (layer: HighlightLayer, quote: string, id = 'h1') => {
  const index = TextIndex.of(document.body);
  const start = index.text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return layer.paint(index, id, start, start + quote.length, 'yellow');
};

describe('HighlightLayer', () => {
  it('wraps a passage inside one text node in one element', () => {
    const { layer } = setup('<p>Die Zölle sinken deutlich.</p>');
    const els = paint(layer, 'Zölle sinken');
    expect(els).toHaveLength(1);
    expect(document.body.innerHTML).toBe('<p>Die <qv-highlight data-highlight-id="h1" data-highlight-color="yellow">Zölle sinken</qv-highlight> deutlich.</p>');
  });

  it('one element across links, bold text and entity marks in one block', () => {
    const { layer } = setup('<p>Die <qv-mark data-entity-id="Q1">Deutsche Bank</qv-mark> und <a href="#">die <b>Commerzbank</b></a> wachsen.</p>');
    const els = paint(layer, 'Deutsche Bank und die Commerzbank wach');
    expect(els).toHaveLength(1);
    expect(els[0]!.textContent).toBe('Deutsche Bank und die Commerzbank wach');
    expect(els[0]!.querySelector('qv-mark')).not.toBeNull();
    expect(document.querySelectorAll('[data-highlight-id="h1"]')).toHaveLength(1);
  });

  it('a passage starting inside a mark: a part inside the mark, the rest after it; one id', () => {
    const { layer } = setup('<p>Die <qv-mark data-entity-id="Q1">Deutsche Bank</qv-mark> und andere.</p>');
    const els = paint(layer, 'Bank und');
    expect(els.map((e) => e.textContent)).toEqual(['Bank', ' und']);
    expect(document.querySelectorAll('[data-highlight-id="h1"]')).toHaveLength(1);
  });

  it('one element per block when the passage spans paragraphs, the first with the id', () => {
    const { layer } = setup('<p>Erster Absatz endet hier.</p>\n<p>Zweiter Absatz beginnt so.</p>');
    const els = paint(layer, 'endet hier.</p>'.replace('</p>', '') + '\nZweiter');
    expect(els).toHaveLength(2);
    expect(els[0]!.getAttribute('data-highlight-id')).toBe('h1');
    expect(els[1]!.getAttribute('data-highlight-part')).toBe('h1');
    expect(document.body.innerHTML).not.toMatch(/<qv-highlight[^>]*>\n<\/qv-highlight>/); // white space between blocks left alone
  });

  it('removal restores the DOM exactly', () => {
    const { layer, html } = setup('<p>Die <b>Deutsche</b> Bank und <i>Japan</i> ebenso.</p><ul><li>eins</li><li>zwei</li></ul>');
    paint(layer, 'sche Bank und Ja', 'a');
    paint(layer, 'eins', 'b');
    expect(document.body.innerHTML).not.toBe(html);
    layer.removeAll();
    expect(document.body.innerHTML).toBe(html);
    expect(document.body.querySelector('p')!.childNodes).toHaveLength(5);
  });

  it('recolours and knows its own nodes', () => {
    const { layer } = setup('<p>abc def</p>');
    const [el] = paint(layer, 'def');
    layer.setColor('h1', 'green');
    expect(el!.getAttribute('data-highlight-color')).toBe('green');
    expect(layer.isOwn(el!)).toBe(true);
    expect(layer.isOwn(document.querySelector('p')!)).toBe(false);
  });
});
