import { describe, expect, it } from 'vitest';
import { boundedDistance, foldForSearch, SearchIndex } from '../../../lib/kb/search';
import type { Entity } from '../../../lib/kb/types';

const e = (id: string, de: string, en = de, type: Entity['type'] = 'company', aliases: string[] = []): Entity => ({
  id,
  type,
  label: { de, en },
  names: [{ text: de, kind: 'canonical' }, ...aliases.map((text) => ({ text, kind: 'alias' as const }))],
  origin: 'builtin',
});

const index = new SearchIndex([
  e('TR', 'Türkei', 'Türkiye', 'country', ['Turkey']),
  e('NESN', 'Nestlé'),
  e('CN', 'China', 'China', 'country'),
  e('CHM', 'China Mobile'),
  e('DB', 'Deutsche Bank'),
  e('DE', 'Deutschland', 'Germany', 'country'),
  e('VW', 'Volkswagen', 'Volkswagen', 'company', ['VW']),
]);
const ids = (q: string) => index.search(q).map((h) => h.id);

describe('SearchIndex', () => {
  it('forgives missing diacritics', () => {
    expect(ids('Turkei')[0]).toBe('TR');
    expect(ids('Nestle')[0]).toBe('NESN');
  });

  it('ranks exact before prefix before inner word', () => {
    expect(ids('china')).toEqual(['CN', 'CHM']);
    expect(ids('bank')).toEqual(['DB']);
    expect(ids('deutsch')).toEqual(['DE', 'DB']);
  });

  it('forgives typos', () => {
    expect(ids('Volkswagn')[0]).toBe('VW');
    expect(ids('Deutschlnad')[0]).toBe('DE');
    // In the first letters too: substituted, dropped, one put before, the first two swapped.
    expect(ids('Bolkswagen')[0]).toBe('VW');
    expect(ids('olkswagen')[0]).toBe('VW');
    expect(ids('Wvolkswagen')[0]).toBe('VW');
    expect(ids('oVlkswagen')[0]).toBe('VW');
  });

  it('finds by alias and English name, one hit per entity', () => {
    expect(ids('turkey')).toEqual(['TR']);
    expect(ids('germany')).toEqual(['DE']);
    expect(ids('vw')).toEqual(['VW']);
  });

  it('returns the type and the country of each hit', () => {
    const withCountry = new SearchIndex([
      { id: 'DE', type: 'country', label: { de: 'Deutschland', en: 'Germany' }, names: [], flag: '🇩🇪', origin: 'builtin' },
      { id: 'SIE', type: 'company', label: { de: 'Siemens', en: 'Siemens' }, names: [], countryId: 'DE', origin: 'builtin' },
    ]);
    expect(withCountry.search('siemens')[0]).toMatchObject({ type: 'company', countryId: 'DE', countryFlag: '🇩🇪' });
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('  ')).toEqual([]);
  });
});

describe('helpers', () => {
  it('folds', () => expect(foldForSearch('Straße & Söhne, Ltd.')).toBe('strasse & sohne ltd'));
  it('bounds the edit distance', () => {
    expect(boundedDistance('abcd', 'abdc', 2)).toBe(1);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
