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
});
