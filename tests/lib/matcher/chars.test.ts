/**
 * The character tables are built from RegExp runs for speed; here they are checked code unit by
 * code unit against their plain definition.
 */
import { describe, expect, it } from 'vitest';
import {
  CANON,
  CAPITAL_LETTER,
  CLASS,
  CLASS_SPACE,
  CLASS_TRANSPARENT,
  CLASS_WORD,
  FOLD,
  isWhiteSpace,
  LETTER,
  SMALL_LETTER,
} from '../../../lib/matcher/chars';

describe('character tables', () => {
  it('match the per-character definition for every UTF-16 code unit', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    const letter = /\p{L}/u;
    const special = new Set([
      0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0, 0x2007, 0x202f, 0x2009, 0x200a, 0x3000, 0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2019,
      0x02bc, 0x2032, 0x2010, 0x2011,
    ]);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (special.has(c)) continue;
      const ch = String.fromCharCode(c);
      const lower = ch.toLowerCase();
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const cls = surrogate || word.test(ch) ? CLASS_WORD : 0;
      const fold = lower.length === 1 ? lower.charCodeAt(0) : c;
      const kind = !surrogate && letter.test(ch) ? (lower !== ch ? CAPITAL_LETTER : SMALL_LETTER) : 0;
      if (CLASS[c] !== cls || FOLD[c] !== fold || LETTER[c] !== kind || CANON[c] !== c) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('know white space as \\s does', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('treat the special characters as the matcher needs them', () => {
    expect(CLASS[0xa0]).toBe(CLASS_SPACE);
    expect(FOLD[0xa0]).toBe(0x20);
    expect(CLASS[0xad]).toBe(CLASS_TRANSPARENT);
    expect(FOLD[0x2019]).toBe(0x27);
    expect(CANON[0x2011]).toBe(0x2d);
    expect(FOLD['Ä'.charCodeAt(0)]).toBe('ä'.charCodeAt(0));
    expect(LETTER['Ä'.charCodeAt(0)]).toBe(CAPITAL_LETTER);
    expect(FOLD['İ'.charCodeAt(0)]).toBe('İ'.charCodeAt(0));
  });
});
