import { describe, expect, it } from 'vitest';
import { byTail, endsWithOneOf, tailKey, tailTable } from '../../../lib/matcher/tails';

describe('words by their last three letters', () => {
  const endings = byTail(['hersteller', 'konzern', 'ag']);

  it('finds a word that ends with one of the words, and only then', () => {
    expect(endsWithOneOf('autohersteller', endings)).toBe(true);
    expect(endsWithOneOf('konzern', endings)).toBe(true);
    // Same last three letters, another ending: the table lets it through, the comparison does not.
    expect(endsWithOneOf('stern', endings)).toBe(false);
    // Shorter than three letters: neither looked up nor kept.
    expect(endsWithOneOf('ag', endings)).toBe(false);
  });

  it('marks the key of each word of three letters or more', () => {
    const table = tailTable(['konzern', 'ag']);
    const key = (w: string) => tailKey(w.charCodeAt(w.length - 3), w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1));
    expect(table[key('konzern')]).toBe(1);
    expect([...table].filter((v) => v === 1)).toHaveLength(1);
  });
});
