import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../lib/url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(normalizeUrl('https://www.handelsblatt.com/a.html?utm_source=nl&page=2&fbclid=x#kommentare')).toBe('https://www.handelsblatt.com/a.html?page=2');
    expect(normalizeUrl('https://example.org/?b=2&a=1')).toBe('https://example.org/?a=1&b=2');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});
