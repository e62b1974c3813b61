// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchor, describeOffsets, describeRange } from '../../../lib/anchoring/anchor';
import { TextIndex } from '../../../lib/anchoring/text-index';

const ARTICLE = `
<article>
  <h1>Handelsstreit</h1>
  <p id="a">Die Bundesregierung beobachtet die Lage genau.</p>
  <p id="b">Die <b>Deutsche Bank</b> erwartet, dass Japan seine Zölle auf Autoteile im kommenden Jahr senkt.</p>
  <p id="c">Analysten in Frankfurt sind skeptisch, was die Geschwindigkeit angeht.</p>
  <script>var tracking = "Japan seine Zölle";</script>
</article>`;
const QUOTE = 'Japan seine Zölle auf Autoteile im kommenden Jahr senkt';

function load(html: string): TextIndex {
  document.body.innerHTML = html;
  return TextIndex.of(document.body);
}

function describeQuote(quote: string) {
  const index = load(ARTICLE);
  const start = index.text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  return describeOffsets(index, start, start + quote.length);
}

const found = (index: TextIndex, a: ReturnType<typeof anchor>) => (a ? index.text.slice(a.start, a.end) : null);

describe('describe', () => {
  it('stores quote with context, position and an XPath range on page elements', () => {
    const sel = describeQuote(QUOTE);
    expect(sel.quote.exact).toBe(QUOTE);
    expect(sel.quote.prefix).toMatch(/erwartet, dass $/);
    expect(sel.quote.suffix).toMatch(/^\.\s/);
    expect(sel.range?.startSelector.value).toBe('/html[1]/body[1]/article[1]/p[2]');
    expect(sel.range?.endSelector.refinedBy.start).toBe(sel.range!.startSelector.refinedBy.start + QUOTE.length);
  });

  it('leaves script text out of the page text', () => {
    const index = load(ARTICLE);
    expect(index.text).not.toContain('tracking');
  });

  it('describes a DOM range across elements', () => {
    const index = load(ARTICLE);
    const range = document.createRange();
    range.setStart(document.querySelector('b')!.firstChild!, 8); // "Bank"
    range.setEnd(document.querySelector('#b')!.lastChild!, 9); // " erwartet"
    expect(describeRange(index, range)?.quote.exact).toBe('Bank erwartet'); // the leading space left out
  });

  it('makes XPaths that ignore the extension’s own wrapper elements', () => {
    document.body.innerHTML = '<p>eins</p><p>Die <qv-mark>Deutsche Bank</qv-mark> und <b>x</b> zwei</p>';
    const isOwn = (el: Element) => el.localName === 'qv-mark';
    const index = TextIndex.of(document.body);
    const at = index.text.indexOf('Bank');
    const sel = describeOffsets(index, at, at + 4, { isOwn });
    expect(sel.range?.startSelector.value).toBe('/html[1]/body[1]/p[2]');
    expect(sel.range?.startSelector.refinedBy.start).toBe('Die Deutsche '.length);
  });
});

describe('anchor on the unchanged page', () => {
  it('uses the range first', () => {
    const sel = describeQuote(QUOTE);
    const index = load(ARTICLE);
    const a = anchor(index, sel);
    expect(a?.method).toBe('range');
    expect(found(index, a)).toBe(QUOTE);
  });
});

describe('anchor after the page changed', () => {
  const sel = describeQuote(QUOTE);

  it('words inserted before the quote: position is off, the quote is found exactly', () => {
    const index = load(
      ARTICLE.replace('Die Bundesregierung', 'Die neue Bundesregierung in Berlin').replace('Die <b>', 'Überraschend: Die <b>'),
    );
    const a = anchor(index, sel);
    expect(a?.method).toBe('quote');
    expect(found(index, a)).toBe(QUOTE);
  });

  it('words inserted inside the quote: found approximately', () => {
    const index = load(ARTICLE.replace('auf Autoteile', 'auf importierte Autoteile'));
    const a = anchor(index, sel);
    expect(a?.method).toBe('fuzzy');
    expect(found(index, a)).toBe('Japan seine Zölle auf importierte Autoteile im kommenden Jahr senkt');
  });

  it('words inserted after the quote: the range still holds', () => {
    const index = load(ARTICLE.replace('senkt.', 'senkt. Das wäre ein Durchbruch.'));
    const a = anchor(index, sel);
    expect(a?.method).toBe('range');
    expect(found(index, a)).toBe(QUOTE);
  });

  it('paragraph moved: found by quote', () => {
    const moved = ARTICLE.replace(/(<p id="b">.*?<\/p>)\s*(<p id="c">.*?<\/p>)/s, '$2\n$1');
    expect(moved).not.toBe(ARTICLE);
    const index = load(moved);
    const a = anchor(index, sel);
    expect(a && ['quote', 'range'].includes(a.method)).toBe(true);
    expect(found(index, a)).toBe(QUOTE);
  });

  it('quote deleted: no anchor (an orphan)', () => {
    const index = load(ARTICLE.replace(/<p id="b">.*?<\/p>/s, '<p id="b">Die Deutsche Bank äußerte sich nicht.</p>'));
    expect(anchor(index, sel)).toBeNull();
  });

  it('a typo fixed in the quote: found approximately', () => {
    const index0 = load(ARTICLE.replace('Autoteile', 'Autotiele'));
    const q = 'Japan seine Zölle auf Autotiele im kommenden Jahr senkt';
    const at = index0.text.indexOf(q);
    const sel2 = describeOffsets(index0, at, at + q.length);
    const index = load(ARTICLE);
    const a = anchor(index, sel2);
    expect(a?.method).toBe('fuzzy');
    expect(found(index, a)).toBe(QUOTE);
  });

  it('of two equal quotes, picks the one whose context matches', () => {
    const html = '<p>Erstens: Japan senkt Zölle. Das sagt Tokio.</p><p>Zweitens: Japan senkt Zölle. Das sagt Washington.</p>';
    const index0 = load(html);
    const at = index0.text.lastIndexOf('Japan senkt Zölle');
    const s = describeOffsets(index0, at, at + 17);
    const index = load('<p>Neu oben.</p>' + html);
    const a = anchor(index, s);
    expect(a?.start).toBe(index.text.lastIndexOf('Japan senkt Zölle'));
  });

  it('a short quote with its context kept is found', () => {
    const index0 = load('<p>Der Export nach Japan steigt.</p>');
    const at = index0.text.indexOf('Japan');
    const s = describeOffsets(index0, at, at + 5);
    const index = load('<p>Vorspann.</p><p>Der Export nach Japan steigt.</p>');
    expect(found(index, anchor(index, s))).toBe('Japan');
  });

  it('a short quote is not placed where its context is gone', () => {
    const index0 = load('<p>Der Export nach Japan steigt.</p>');
    const at = index0.text.indexOf('Japan');
    const s = describeOffsets(index0, at, at + 5);
    expect(anchor(load('<p>Ganz anderer Text über Japans Wirtschaft, Jahr für Jahr.</p>'), s)).toBeNull();
  });
});

describe('TextIndex', () => {
  it('maps offsets to DOM points and back', () => {
    const index = load('<p>ab<b>cd</b>ef</p>');
    const range = index.toRange(1, 5)!;
    expect(range.toString()).toBe('bcde');
    expect(index.offsetsOf(range)).toEqual({ start: 1, end: 5 });
  });

  it('counts a point between elements as the start of the next text', () => {
    const index = load('<p>ab</p><p>cd</p>');
    const body = document.body;
    expect(index.offsetOf(body, 1)).toBe(2);
    expect(index.offsetOf(body, 2)).toBe(4);
  });
});

describe('anchoring, generated pages', () => {
  it('describe → anchor on the unchanged page finds the same passage; on an edited page, the quote or nothing', async () => {
    const fc = (await import('fast-check')).default;
    const words = fc.array(fc.constantFrom('Japan', 'Zölle', 'und', 'die', 'Deutsche', 'Bank', 'senkt', 'Chips', '2026', '»Wort«', 'ß'), {
      minLength: 1,
      maxLength: 12,
    });
    const para = words.map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.nat({ max: 5 }), (paras, a, b, edit) => {
        const html = paras.map((p, i) => (i % 2 ? `<p>${p.replace(' ', ' <b>')}</b></p>` : `<div><span>${p}</span></div>`)).join('');
        const index = load(html);
        const len = index.text.length;
        const start = a % len;
        const end = start + 1 + (b % Math.max(1, len - start));
        const sel = describeOffsets(index, start, Math.min(end, len));
        const same = anchor(load(html), sel);
        expect(same && load(html).text.slice(same.start, same.end)).toBe(sel.quote.exact);
        // An edit somewhere: whatever is found must be the quote or close to it, never a crash.
        const edited = load(`<p>Neu ${'x'.repeat(edit)}</p>` + html);
        const found = anchor(edited, sel);
        if (found && found.method !== 'fuzzy') expect(edited.text.slice(found.start, found.end)).toBe(sel.quote.exact);
      }),
      { numRuns: 300 },
    );
  });
});
