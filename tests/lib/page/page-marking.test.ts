// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { Matcher } from '../../../lib/matcher/matcher';
import { MarkLayer } from '../../../lib/page/marks';
import { PageMarking } from '../../../lib/page/page-marking';

const matcher = Matcher.compile([
  { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
  { text: 'Deutsche Bank', entityId: 'Q66048', type: 'company', kind: 'canonical' },
] satisfies DictionaryEntry[]);

describe('PageMarking', () => {
  it('switches off to the exact original DOM and on again', async () => {
    const html = '<p>Die <b>Deutsche</b> Bank und Japan.</p><p>Japan</p>';
    document.body.innerHTML = html;
    const page = new AbortController();
    const marking = new PageMarking(document.body, matcher, new MarkLayer(), new Set(), page.signal);
    await marking.on();
    expect(document.querySelectorAll('qv-mark').length).toBe(3);
    expect(marking.found.get('Q17')?.count).toBe(2);
    marking.off();
    expect(document.body.innerHTML).toBe(html);
    expect(marking.found.size).toBe(0);
    await marking.on();
    expect(document.querySelectorAll('qv-mark').length).toBe(3);
    page.abort();
    expect(document.body.innerHTML).toBe(html);
  });
});
