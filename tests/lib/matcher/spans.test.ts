/** The spans of marks as a careful reader marks them (each case fails when its rule is removed). */
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { buildDictionary } from '../../../lib/kb/dictionary';
import { Matcher } from '../../../lib/matcher/matcher';
import { spotText } from '../../../lib/matcher/spot';

const entity = (id: string, type: 'company' | 'country', names: string[], ambiguous = false) => ({
  id,
  type,
  label: { de: names[0]!, en: names[0]! },
  names: names.map((text) => ({ text, kind: 'canonical' as const, ...(ambiguous ? { ambiguous: true } : {}) })),
  origin: 'builtin' as const,
});
const matcher = Matcher.compile(
  buildDictionary([
    entity('Q20718', 'company', ['Samsung Electronics']),
    entity('Q81230', 'company', ['Siemens']),
    entity('slug:infineon', 'company', ['Infineon']),
    {
      ...entity('slug:deutsche-post', 'company', ['Deutsche Post']),
      names: [
        { text: 'Deutsche Post', kind: 'canonical' },
        { text: 'Post', kind: 'short', ambiguous: true },
      ],
    },
    entity('Q40', 'country', ['Austria']),
    entity('Q183', 'country', ['Germany']),
  ] as never) as DictionaryEntry[],
);
const marks = (text: string, lang: 'de' | 'en' = 'en') => spotText(matcher, text, lang).map((s) => text.slice(s.start, s.end));

describe('mark spans', () => {
  it('cover a legal form written after the name', () => {
    expect(marks('Samsung Electronics Co Ltd (KS:005930) and Siemens AG, and Siemens SE.')).toEqual([
      'Samsung Electronics Co Ltd',
      'Siemens AG',
      'Siemens SE',
    ]);
    // Not a word that merely starts like one.
    expect(marks('Siemens Agenda and Siemens SEs')).toEqual(['Siemens', 'Siemens']);
  });

  it('leave out the English possessive', () => {
    expect(marks('Germany’s exports and Siemens’ orders')).toEqual(['Germany', 'Siemens']);
  });

  it('mark neither parent nor country in a subsidiary named after its country', () => {
    expect(marks('Infineon Austria cuts jobs in Austria.')).toEqual(['Austria']);
  });

  it('do not take "Post-Money" for the company', () => {
    // The page names the company, which would confirm a bare "Post" (the valuation is still not it).
    expect(marks('Die Deutsche Post liefert. Die Post-Money-Bewertung liegt bei 40 Millionen, die Post wächst.', 'de')).toEqual([
      'Deutsche Post',
      'Post',
    ]);
  });
});
