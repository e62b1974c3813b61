// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { entityIdsIn, highlightableSelection } from '../../../lib/page/selection';

function select(node: Node, start: number, end: number, endNode: Node = node): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

const text = (selector: string) => document.querySelector(selector)!.firstChild!;

describe('the selection as a highlight', () => {
  it('is page text that is not blank', () => {
    document.body.innerHTML = '<p id="a">Siemens und Japan</p><p id="b">   </p>';
    expect(highlightableSelection(document)?.toString()).toBeUndefined();
    select(text('#a'), 0, 7);
    expect(highlightableSelection(document)?.toString()).toBe('Siemens');
    select(text('#b'), 0, 3);
    expect(highlightableSelection(document)).toBeUndefined();
    select(text('#a'), 3, 3);
    expect(highlightableSelection(document)).toBeUndefined();
  });

  it('is never the reader’s own typing', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="e">Notiz</p></div><div contenteditable="false"><p id="f">Artikel</p></div>';
    select(text('#e'), 0, 5);
    expect(highlightableSelection(document)).toBeUndefined();
    select(text('#f'), 0, 7);
    expect(highlightableSelection(document)?.toString()).toBe('Artikel');
  });

  it('is outside the document body never', () => {
    document.body.innerHTML = '<p>x</p>';
    const detached = document.createElement('p');
    detached.textContent = 'weg';
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(detached);
    sel.addRange(range);
    expect(highlightableSelection(document)).toBeUndefined();
  });

  it('names the entities marked inside it, each once', () => {
    document.body.innerHTML = '<p id="a">Siemens und Japan und Siemens</p>';
    const node = text('#a');
    const mark = (start: number, end: number, entityId: string) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return { range, entityId };
    };
    const marks = [mark(0, 7, 'Q81230'), mark(12, 17, 'Q17'), mark(22, 29, 'Q81230')];
    expect(entityIdsIn(select(node, 0, 29), marks)).toEqual(['Q81230', 'Q17']);
    expect(entityIdsIn(select(node, 5, 14), marks)).toEqual(['Q81230', 'Q17']);
    expect(entityIdsIn(select(node, 8, 11), marks)).toEqual([]);
  });
});
