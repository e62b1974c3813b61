// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { Matcher } from '../../../lib/matcher/matcher';
import { annotate } from '../../../lib/page/annotate';
import { MarkLayer } from '../../../lib/page/marks';
import { collectTextBlocks } from '../../../lib/page/text-blocks';

const DICT: DictionaryEntry[] = [
  { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
  { text: 'Deutsche Bank', entityId: 'Q66048', type: 'company', kind: 'canonical' },
  { text: 'deutsche', entityId: 'Q183', type: 'country', kind: 'adjective' },
  { text: 'Microsoft', entityId: 'Q2283', type: 'company', kind: 'canonical' },
];
const matcher = Matcher.compile(DICT);
const now = () => Promise.resolve();

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const marked = (root: HTMLElement) => [...root.querySelectorAll('[data-entity-id]')].map((m) => [m.textContent, m.getAttribute('data-entity-id'), m.getAttribute('data-entity-type')]);

describe('text blocks', () => {
  it('joins inline elements and splits at block elements', () => {
    const root = page('<h1>Japan</h1><p>Die <b>Deutsche</b> Bank<br>und <i>Japan</i></p>');
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['Japan', 'Die Deutsche Bank', 'und Japan']);
  });

  it('separates elements that meet inside a word', () => {
    const root = page('<nav><a>Technik</a><a>Japan</a></nav>');
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['Technik\u001fJapan']);
  });

  it('skips scripts, form fields, code and editable regions', () => {
    const root = page('<script>Japan</script><textarea>Japan</textarea><input value="Japan"><code>Japan</code><div contenteditable="true">Japan</div><p>Japan</p>');
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['Japan']);
  });
});

describe('annotate and remove', () => {
  it('marks mentions, including one split across inline elements', async () => {
    const root = page('<p>Die <b>Deutsche</b> Bank investiert in Japan.</p><p>Microsoft auch.</p>');
    const found = await annotate(root, matcher, new MarkLayer(), { yieldToPage: now });
    expect(marked(root)).toEqual([
      ['Deutsche Bank', 'Q66048', 'company'],
      ['Japan', 'Q17', 'country'],
      ['Microsoft', 'Q2283', 'company'],
    ]);
    expect(found.get('Q17')).toEqual({ type: 'country', count: 1 });
  });

  it('leaves a mention unmarked rather than breaking elements apart', async () => {
    const root = page('<p><b>Die Deutsche</b> Bank</p>');
    await annotate(root, matcher, new MarkLayer(), { yieldToPage: now });
    expect(marked(root)).toEqual([]);
    expect(root.innerHTML).toBe('<p><b>Die Deutsche</b> Bank</p>');
  });

  it('restores the DOM exactly, text nodes joined again', async () => {
    const html = '<p>Japan, Japan und die <b>Deutsche</b> Bank; <em>Microsoft</em>.</p>';
    const root = page(html);
    const p = root.querySelector('p')!;
    const nodesBefore = [...p.childNodes].length;
    const layer = new MarkLayer();
    await annotate(root, matcher, layer, { yieldToPage: now });
    expect(root.querySelectorAll('qv-mark').length).toBe(4);
    layer.removeAll();
    expect(root.innerHTML).toBe(html);
    expect(p.childNodes.length).toBe(nodesBefore);
  });

  it('does not mark inside its own marks twice', async () => {
    const root = page('<p>Japan</p>');
    const layer = new MarkLayer();
    await annotate(root, matcher, layer, { yieldToPage: now });
    await annotate(root, matcher, layer, { yieldToPage: now });
    expect(root.querySelectorAll('qv-mark').length).toBe(1);
  });
});

describe('marks in one text node', () => {
  it('give each entity one tab stop, keep the page\'s text nodes, and come out leaving the DOM as it was', async () => {
    const root = page('<p>Japan, Microsoft und wieder Japan: <b>Deutsche</b> Bank und Japan</p>');
    const before = root.innerHTML;
    const textNodes = () => [...root.querySelectorAll('p')].flatMap((p) => [...p.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent));
    const originalTexts = textNodes();
    const layer = new MarkLayer();
    const firstNode = root.querySelector('p')!.firstChild;
    await annotate(root, matcher, layer, { yieldToPage: now });
    expect(marked(root)).toEqual([
      ['Japan', 'Q17', 'country'],
      ['Microsoft', 'Q2283', 'company'],
      ['Japan', 'Q17', 'country'],
      ['Deutsche Bank', 'Q66048', 'company'],
      ['Japan', 'Q17', 'country'],
    ]);
    // The page's own text node stays in place (empty here: its text starts with a mark).
    expect(root.querySelector('p')!.firstChild).toBe(firstNode);
    const focusable = [...root.querySelectorAll('[tabindex="0"]')].map((m) => m.textContent);
    expect(focusable).toEqual(['Japan', 'Microsoft', 'Deutsche Bank']);
    expect(root.querySelectorAll('[aria-haspopup]')).toHaveLength(3);

    // Taking the focusable Japan away hands the tab stop to the next Japan.
    layer.unwrap(root.querySelector('[data-entity-id="Q17"]') as HTMLElement);
    expect([...root.querySelectorAll('[tabindex="0"]')].map((m) => m.textContent)).toEqual(['Microsoft', 'Japan', 'Deutsche Bank']);

    layer.removeAll();
    expect(root.innerHTML).toBe(before);
    expect(textNodes()).toEqual(originalTexts);
    expect(root.querySelector('p')!.firstChild).toBe(firstNode);
  });
});

describe('a page that changes while it is being annotated', () => {
  it('leaves a block alone whose text changed between reading and wrapping', async () => {
    const root = page('<p id="a">Japan und Microsoft</p><p id="b">Microsoft in Japan</p>');
    let changed = false;
    // The first pause is after reading (and spotting the first block): the page rewrites one paragraph's text then.
    const pause = async () => {
      if (changed) return;
      changed = true;
      (root.querySelector('#a')!.firstChild as Text).data = 'Jap und Micro';
    };
    await annotate(root, matcher, new MarkLayer(), { yieldToPage: pause, sliceMs: 0 });
    expect(root.querySelector('#a')!.innerHTML).toBe('Jap und Micro');
    expect([...root.querySelectorAll('#b [data-entity-id]')].map((m) => m.textContent)).toEqual(['Microsoft', 'Japan']);
  });
});
