import { describe, expect, it } from 'vitest';
import { highlightProblem, LIMITS, newHighlight } from '../../../lib/highlights/model';
import { sampleHighlight } from './sample';

describe('newHighlight', () => {
  const { selectors } = sampleHighlight();

  it('is a valid, yellow highlight without note or tags, with a fresh id', () => {
    const h = newHighlight({ url: 'https://www.handelsblatt.com/a', title: 'A', entityIds: ['Q17'], selectors, now: 1000 });
    expect(highlightProblem(h)).toBeUndefined();
    expect(h).toMatchObject({
      url: 'https://www.handelsblatt.com/a',
      title: 'A',
      createdAt: 1000,
      updatedAt: 1000,
      color: 'yellow',
      note: '',
      tags: [],
      entityIds: ['Q17'],
      selectors,
    });
    expect(h.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(newHighlight({ url: h.url, title: 'A', entityIds: [], selectors }).id).not.toBe(h.id);
  });

  it('keeps a page title within what the store accepts', () => {
    const h = newHighlight({ url: 'https://example.com/', title: 'T'.repeat(LIMITS.title + 50), entityIds: [], selectors });
    expect(h.title).toHaveLength(LIMITS.title);
    expect(highlightProblem(h)).toBeUndefined();
  });
});
