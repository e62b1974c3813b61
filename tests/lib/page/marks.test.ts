// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { Matcher } from '../../../lib/matcher/matcher';
import { annotate, type Spotter } from '../../../lib/page/annotate';
import { localSpotter } from '../../../lib/page/local-spotter';
import { MarkLayer } from '../../../lib/page/marks';
import { collectTextBlocks } from '../../../lib/page/text-blocks';
import { testPainter } from './painted';

const DICT: DictionaryEntry[] = [
  { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
  { text: 'Deutsche Bank', entityId: 'Q66048', type: 'company', kind: 'canonical' },
  { text: 'deutsche', entityId: 'Q183', type: 'country', kind: 'adjective' },
  { text: 'Microsoft', entityId: 'Q2283', type: 'company', kind: 'canonical' },
];
const matcher = localSpotter(Matcher.compile(DICT));
const now = () => Promise.resolve();

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text blocks', () => {
  it('joins inline elements and splits at block elements', () => {
    const root = page('<h1>Japan</h1><p>Die <b>Deutsche</b> Bank<br>und <i>Japan</i></p>');
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['Japan', 'Die Deutsche Bank', 'und Japan']);
  });

  it('separates elements that meet inside a word', () => {
    const root = page('<nav><a>Technik</a><a>Japan</a></nav>');
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['Technik\u001fJapan']);
  });

  it("skips scripts, form fields, code, editable regions and the extension's own hosts", () => {
    const root = page(
      '<script>Japan</script><textarea>Japan</textarea><input value="Japan"><code>Japan</code><div contenteditable="true">Japan</div><querverweis-card>Japan</querverweis-card><p>Japan</p>',
    );
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['Japan']);
  });
});

describe('marks are ranges: the page is never changed', () => {
  it('paints one range per mention, also across inline elements, and leaves the DOM as it was', async () => {
    const html = '<p>Die <b>Deutsche</b> Bank investiert in Japan.</p><p><b>Die Deutsche</b> Bank und <em>Microsoft</em>.</p>';
    const root = page(html);
    const firstText = root.querySelector('p')!.firstChild;
    const paint = testPainter();
    const found = await annotate(root, matcher, new MarkLayer(paint.painter), { yieldToPage: now });
    expect(paint.marks()).toEqual([
      ['Deutsche Bank', 'company'],
      ['Japan', 'country'],
      // A name across an element edge that an element could not have wrapped is a range like any other.
      ['Deutsche Bank', 'company'],
      ['Microsoft', 'company'],
    ]);
    expect(found.get('Q66048')).toEqual({ type: 'company', count: 2 });
    expect(root.innerHTML).toBe(html);
    expect(root.querySelector('p')!.firstChild).toBe(firstText);
  });

  it('removeAll empties the registry entries; nothing of the page changes', async () => {
    const html = '<p>Japan, Japan und die <b>Deutsche</b> Bank; <em>Microsoft</em>.</p>';
    const root = page(html);
    const paint = testPainter();
    const layer = new MarkLayer(paint.painter);
    await annotate(root, matcher, layer, { yieldToPage: now });
    expect(layer.size).toBe(4);
    layer.removeAll();
    expect(paint.marks()).toEqual([]);
    expect(layer.counts().size).toBe(0);
    expect(root.innerHTML).toBe(html);
  });

  it('finds the mark at a caret position, in the node it lies in', async () => {
    const root = page('<p>Die <b>Deutsche</b> Bank und Japan</p>');
    const layer = new MarkLayer(testPainter().painter);
    await annotate(root, matcher, layer, { yieldToPage: now });
    const bold = root.querySelector('b')!.firstChild!;
    const tail = root.querySelector('p')!.lastChild as Text;
    expect(layer.at(bold, 3).map((m) => m.entityId)).toEqual(['Q66048']);
    expect(layer.at(tail, tail.data.indexOf('Japan') + 2).map((m) => m.entityId)).toEqual(['Q17']);
    expect(layer.at(tail, tail.data.indexOf('und'))).toEqual([]);
  });

  it('keeps marks in document order for the keyboard', async () => {
    const root = page('<p>Microsoft</p><p>Japan und die Deutsche Bank</p>');
    const layer = new MarkLayer(testPainter().painter);
    await annotate(root, matcher, layer, { yieldToPage: now });
    expect(layer.inOrder().map((m) => m.text)).toEqual(['Microsoft', 'Japan', 'Deutsche Bank']);
  });

  it('drops a mark whose text the page rewrote or removed, keeps the others', async () => {
    const root = page('<p id="a">Japan und Microsoft</p><p id="b">Deutsche Bank</p><p id="c">Japan</p>');
    const paint = testPainter();
    const layer = new MarkLayer(paint.painter);
    await annotate(root, matcher, layer, { yieldToPage: now });
    (root.querySelector('#a')!.firstChild as Text).data = 'Jetzt steht hier etwas anderes';
    root.querySelector('#b')!.remove();
    expect(layer.dropStale()).toBe(3);
    expect(paint.marks()).toEqual([['Japan', 'country']]);
  });
});

describe('a page that changes while it is being annotated', () => {
  it('leaves a block alone whose text changed between reading and painting', async () => {
    const root = page('<p id="a">Japan und Microsoft</p><p id="b">Microsoft in Japan</p>');
    // While the background spots the blocks, the page rewrites one paragraph's text.
    const spotter: Spotter = (lang) => {
      const stream = matcher(lang);
      return {
        next: (blocks, last) => {
          (root.querySelector('#a')!.firstChild as Text).data = 'Jap und Micro';
          return stream.next(blocks, last);
        },
        cancel: () => stream.cancel(),
      };
    };
    const paint = testPainter();
    await annotate(root, spotter, new MarkLayer(paint.painter), { yieldToPage: now });
    expect(paint.marks()).toEqual([
      ['Microsoft', 'company'],
      ['Japan', 'country'],
    ]);
  });
});
