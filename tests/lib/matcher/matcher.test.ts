import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { caseFits, Matcher } from '../../../lib/matcher/matcher';

const entry = (text: string, entityId: string, extra: Partial<DictionaryEntry> = {}): DictionaryEntry => ({
  text,
  entityId,
  type: extra.type ?? 'country',
  kind: extra.kind ?? 'canonical',
  ...extra,
});

const DICT: DictionaryEntry[] = [
  entry('Japan', 'JP'),
  entry('Japans', 'JP'),
  entry('japanische', 'JP', { kind: 'adjective' }),
  entry('japanisch', 'JP', { kind: 'adjective' }),
  entry('US', 'US', { kind: 'acronym', matchCase: true }),
  entry('USA', 'US', { kind: 'acronym', matchCase: true }),
  entry('deutsche', 'DE', { kind: 'adjective' }),
  entry('Deutsche Bank', 'DB', { type: 'company' }),
  entry('US Steel', 'X', { type: 'company' }),
  entry('Siemens', 'SIE', { type: 'company' }),
  entry("Siemens'", 'SIE', { type: 'company' }),
  entry('Mitsui & Co.', 'MITSUI', { type: 'company' }),
];
const matcher = Matcher.compile(DICT);
const found = (text: string) => matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('Matcher', () => {
  it('finds whole words only', () => {
    expect(found('Japan und Japans Wirtschaft')).toEqual([
      ['Japan', 'JP'],
      ['Japans', 'JP'],
    ]);
    expect(found('Japanologie')).toEqual([]);
    expect(found('RUSSLAND')).toEqual([]);
  });

  it('prefers the longest match', () => {
    expect(found('Die Deutsche Bank und die deutsche Industrie')).toEqual([
      ['Deutsche Bank', 'DB'],
      ['deutsche', 'DE'],
    ]);
    expect(found('US Steel gehört bald zu Nippon Steel, sagt die US-Regierung')).toEqual([
      ['US Steel', 'X'],
      ['US', 'US'],
    ]);
  });

  it('marks the entity part of hyphenated compounds', () => {
    expect(found('US-Präsident und EU-US-Handelsrat')).toEqual([
      ['US', 'US'],
      ['US', 'US'],
    ]);
    expect(found('die japanisch-chinesische Zusammenarbeit')).toEqual([['japanisch', 'JP']]);
  });

  it('matches acronyms in exact case only', () => {
    expect(found('us and Us and US')).toEqual([['US', 'US']]);
    expect(found('die usa')).toEqual([]);
  });

  it('accepts sentence-start capitals and headline capitals for names', () => {
    expect(found('Japanische Firmen')).toEqual([['Japanische', 'JP']]);
    expect(found('JAPAN WÄHLT')).toEqual([['JAPAN', 'JP']]);
    expect(found('japan')).toEqual([]);
  });

  it('reads through no-break spaces, soft hyphens, line breaks and typographic apostrophes', () => {
    expect(found('Deutsche\u00a0Bank')).toEqual([['Deutsche\u00a0Bank', 'DB']]);
    expect(found('Deutsche \n  Bank')).toEqual([['Deutsche \n  Bank', 'DB']]);
    expect(found('Ja\u00adpan')).toEqual([['Ja\u00adpan', 'JP']]);
    expect(found('Siemens\u2019 Chef')).toEqual([['Siemens\u2019', 'SIE']]);
  });

  it('matches names with inner punctuation', () => {
    expect(found('Mitsui & Co. und andere')).toEqual([['Mitsui & Co.', 'MITSUI']]);
  });

  it('reports offsets into the original text', () => {
    const text = '«Japan»';
    const [m] = matcher.findAll(text);
    expect(m).toMatchObject({ start: 1, end: 6, entityId: 'JP' });
  });
});

describe('word filters by the case of a word', () => {
  const m = Matcher.compile([
    entry('eBay', 'EBAY', { type: 'company' }),
    entry('1&1', 'ONE', { type: 'company' }),
    entry('von Ardenne', 'VA', { type: 'company' }),
    entry('Die Mobiliar', 'MOB', { type: 'company' }),
    entry('IN', 'IN', { type: 'company', kind: 'acronym', matchCase: true }),
    entry('deutsche', 'DE', { kind: 'adjective' }),
  ]);
  const spans = (text: string) => m.findAll(text, 'de').map((x) => text.slice(x.start, x.end));

  it('still finds the names written in lower case, or starting without case, in lower case', () => {
    expect(spans('Umsatz bei eBay und 1&1, die von Ardenne erwähnt, die deutsche Wirtschaft')).toEqual([
      'eBay',
      '1&1',
      'von Ardenne',
      'deutsche',
    ]);
  });

  it('finds names written with a capital only where the text has one', () => {
    expect(spans('in die Mobiliar in Bern')).toEqual([]);
    expect(spans('Die Mobiliar meldet IN und Deutsche Zahlen')).toEqual(['Die Mobiliar', 'IN', 'Deutsche']);
    // A lower-case name still matches capitalised at a sentence start.
    expect(spans('EBay meldet. Von Ardenne auch.')).toEqual(['EBay', 'Von Ardenne']);
  });
});

describe('caseFits', () => {
  it.each([
    ['Japan', 'Japan', false, true],
    ['Japanische', 'japanische', false, true],
    ['Bank Of Japan', 'Bank of Japan', false, true],
    ['JAPAN', 'Japan', false, true],
    ['japan', 'Japan', false, false],
    ['Us', 'US', true, false],
    ['IRAN', 'Iran', false, true],
    ['USA', 'Usa', false, false],
  ])('%s for %s (matchCase %s) → %s', (seen, form, matchCase, expected) => {
    expect(caseFits(seen, form, matchCase)).toBe(expected);
  });
});
