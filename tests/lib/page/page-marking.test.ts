// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { MARK_HIGHLIGHT } from '../../../lib/dom-labels';
import { Matcher } from '../../../lib/matcher/matcher';
import { localSpotter } from '../../../lib/page/local-spotter';
import { MarkLayer } from '../../../lib/page/marks';
import { PageMarking } from '../../../lib/page/page-marking';
import { testPainter } from './painted';

const matcher = localSpotter(
  Matcher.compile([
    { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
    { text: 'Deutsche Bank', entityId: 'Q66048', type: 'company', kind: 'canonical' },
  ] satisfies DictionaryEntry[]),
);

describe('PageMarking', () => {
  it('switches off to an empty registry and on again; the DOM never changes', async () => {
    const html = '<p>Die <b>Deutsche</b> Bank und Japan.</p><p>Japan</p>';
    document.body.innerHTML = html;
    const page = new AbortController();
    const paint = testPainter();
    const marking = new PageMarking(document, matcher, new MarkLayer(paint.painter), page.signal);
    await marking.on();
    expect(paint.marks()).toHaveLength(3);
    expect(marking.found.get('Q17')?.count).toBe(2);
    expect(document.body.innerHTML).toBe(html);
    marking.off();
    expect(paint.entry(MARK_HIGHLIGHT.country)?.size ?? 0).toBe(0);
    expect(marking.found.size).toBe(0);
    await marking.on();
    expect(paint.marks()).toHaveLength(3);
    page.abort();
    expect(paint.marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('marks only the chosen types', async () => {
    document.body.innerHTML = '<p>Die Deutsche Bank und Japan.</p>';
    const paint = testPainter();
    const marking = new PageMarking(document, matcher, new MarkLayer(paint.painter), new AbortController().signal);
    await marking.setTypes(['country']);
    await marking.on();
    expect(paint.marks()).toEqual([['Japan', 'country']]);
  });

  it('drops only the marks of a type switched off, keeping the others as they are; a type switched on is spotted', async () => {
    document.body.innerHTML = '<p>Die Deutsche Bank und Japan.</p>';
    const paint = testPainter();
    const layer = new MarkLayer(paint.painter);
    const updates: number[] = [];
    const marking = new PageMarking(document, matcher, layer, new AbortController().signal, (found) => updates.push(found.size));
    await marking.setTypes(['company', 'country']);
    await marking.on();
    const bank = [...layer.all()].find((m) => m.type === 'company')!;
    await marking.setTypes(['company']);
    // No pass in between: the company's mark is the same object, never taken out.
    expect([...layer.all()]).toEqual([bank]);
    expect(paint.marks()).toEqual([['Deutsche Bank', 'company']]);
    expect(updates.at(-1)).toBe(1);
    await marking.setTypes(['company', 'country']);
    expect(paint.marks()).toEqual([
      ['Deutsche Bank', 'company'],
      ['Japan', 'country'],
    ]);
  });
});
