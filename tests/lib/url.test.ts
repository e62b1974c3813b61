import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageAddresses } from '../../lib/url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(normalizeUrl('https://www.handelsblatt.com/a.html?utm_source=nl&page=2&fbclid=x#kommentare')).toBe(
      'https://www.handelsblatt.com/a.html?page=2',
    );
    expect(normalizeUrl('https://example.org/?b=2&a=1')).toBe('https://example.org/?a=1&b=2');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('pageAddresses', () => {
  it('prefers the canonical link on the same host, keeps the own address too', () => {
    const a = pageAddresses('https://www.handelsblatt.com/a.html?utm_source=x#top', 'https://www.handelsblatt.com/a.html');
    expect(a.primary).toBe('https://www.handelsblatt.com/a.html');
    expect(a.all).toEqual(['https://www.handelsblatt.com/a.html']);
    expect(pageAddresses('https://www.handelsblatt.com/amp/a.html', 'https://www.handelsblatt.com/a.html').all).toEqual([
      'https://www.handelsblatt.com/a.html',
      'https://www.handelsblatt.com/amp/a.html',
    ]);
  });
  it('ignores a canonical link to another host, or a broken one', () => {
    expect(pageAddresses('https://www.handelsblatt.com/a.html', 'https://evil.example/a.html').primary).toBe(
      'https://www.handelsblatt.com/a.html',
    );
    expect(pageAddresses('https://www.handelsblatt.com/a.html', 'http://[bad').primary).toBe('https://www.handelsblatt.com/a.html');
  });
});
