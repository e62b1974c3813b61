import { describe, expect, it } from 'vitest';
import { derivedRelations, groupDerived, rankRelations } from '../../../lib/kb/relations';
import { asOfLabel, factDetail } from '../../../lib/kb/format';
import type { Fact } from '../../../lib/kb/types';

const fact = (subject: string, property: string, extra: Partial<Fact> = {}): Fact => ({
  id: `${subject}:${property}:${extra.object ?? extra.value}`,
  subject,
  property,
  origin: 'builtin',
  ...extra,
});

describe('rankRelations', () => {
  it('puts ownership and deals before rivals, partners, memberships and places', () => {
    const ranked = rankRelations([
      fact('A', 'headquarteredIn', { object: 'DE' }),
      fact('A', 'borders', { object: 'B' }),
      fact('A', 'cooperatesWith', { object: 'C' }),
      fact('A', 'competesWith', { object: 'D' }),
      fact('A', 'acquires', { object: 'E', value: 2016, unit: 'year' }),
      fact('A', 'sameIndex', { object: 'F', value: 'DAX', origin: 'derived' }),
      fact('A', 'holdsStakeIn', { object: 'G', value: 10, unit: '%' }),
    ]).map((f) => f.property);
    expect(ranked).toEqual(['holdsStakeIn', 'acquires', 'competesWith', 'cooperatesWith', 'sameIndex', 'headquarteredIn', 'borders']);
  });

  it('orders equal ranks by share, then by the later as-of date', () => {
    const ranked = rankRelations([
      fact('Q', 'holdsStakeIn', { object: 'small', value: 5, unit: '%', asOf: '2025' }),
      fact('Q', 'holdsStakeIn', { object: 'big', value: 17, unit: '%', asOf: '2020' }),
      fact('Q', 'supplies', { object: 'old', asOf: '2019' }),
      fact('Q', 'supplies', { object: 'new', asOf: '2024-06' }),
    ]).map((f) => f.object);
    expect(ranked).toEqual(['big', 'small', 'new', 'old']);
  });
});

describe('derivedRelations', () => {
  const facts = [
    fact('SAP', 'indexMember', { value: 'DAX' }),
    fact('SIE', 'indexMember', { value: 'DAX' }),
    fact('SIE', 'indexMember', { value: 'Euro Stoxx 50' }),
    fact('SAP', 'indexMember', { value: 'Euro Stoxx 50' }),
    fact('SAP', 'industry', { value: 'Software' }),
    fact('MSFT', 'industry', { value: 'Software', valueText: { de: 'Software', en: 'Software' } }),
    fact('SAP', 'headquarteredIn', { object: 'DE' }),
    fact('SIE', 'headquarteredIn', { object: 'DE' }),
    fact('MSFT', 'headquarteredIn', { object: 'US' }),
  ];

  it('relates entities that share an index, an industry or (otherwise) a headquarters country', () => {
    const derived = derivedRelations(['SAP', 'SIE', 'MSFT'], facts).map((f) => [f.subject, f.property, f.object, f.value]);
    expect(derived).toEqual([
      ['SAP', 'sameIndex', 'SIE', 'DAX, Euro Stoxx 50'],
      ['SAP', 'sameCountry', 'SIE', 'DE'],
      ['SAP', 'sameIndustry', 'MSFT', 'Software'],
    ]);
  });

  it('around one entity, only its pairs', () => {
    const derived = derivedRelations(['MSFT', 'SAP', 'SIE'], facts, 'MSFT').map((f) => [f.subject, f.property, f.object]);
    expect(derived).toEqual([['MSFT', 'sameIndustry', 'SAP']]);
  });

  it('marks them derived, and computes nothing for entities outside the set', () => {
    const derived = derivedRelations(['SAP', 'MSFT'], facts);
    expect(derived.every((f) => f.origin === 'derived' && f.source === undefined)).toBe(true);
    expect(derived.map((f) => f.property)).toEqual(['sameIndustry']);
  });
});

describe('relation details', () => {
  it('reads shares, years and as-of dates in the reader language', () => {
    const stake = { ...fact('P', 'holdsStakeIn', { object: 'V', value: 53.3, unit: '%', asOf: '2025-03' }), direction: 'out' as const };
    expect(factDetail(stake, 'de')).toEqual({ value: '53,3\u00a0%', asOf: 'Stand März 2025' });
    expect(factDetail(stake, 'en')).toEqual({ value: '53.3%', asOf: 'as of Mar 2025' });
    const deal = { ...fact('B', 'acquires', { object: 'M', value: 2018, unit: 'year', asOf: '2018-06-07' }), direction: 'out' as const };
    expect(factDetail(deal, 'de').value).toBe('2018');
    expect(asOfLabel('2018-06-07', 'de')).toBe('Stand 7. Juni 2018');
    expect(asOfLabel('2024', 'en')).toBe('as of 2024');
  });
});

describe('groupDerived', () => {
  const d = (subject: string, property: string, object: string, value: string): Fact => ({
    id: `d:${subject}:${property}:${object}`,
    subject,
    property,
    object,
    value,
    origin: 'derived',
  });
  const facts = [
    fact('PSE', 'holdsStakeIn', { object: 'VW', value: 53, unit: '%' }),
    d('VW', 'sameIndustry', 'BMW', 'Automobiles'),
    d('VW', 'sameIndustry', 'MB', 'Automobiles'),
    d('BMW', 'sameIndustry', 'MB', 'Automobiles'),
    d('SAP', 'sameIndex', 'VW', 'DAX'),
  ];
  const label = (id: string) => ({ de: id, en: id });

  it('reads many derived pairs as one line per shared index or industry, typed relations apart', () => {
    const { typed, groups } = groupDerived(facts, undefined, label);
    expect(typed.map((f) => f.property)).toEqual(['holdsStakeIn']);
    expect(groups.map((g) => [g.property, g.value, g.members.map((m) => m.id)])).toEqual([
      ['sameIndex', 'DAX', ['SAP', 'VW']],
      ['sameIndustry', 'Automobiles', ['VW', 'BMW', 'MB']],
    ]);
  });

  it('seen from one entity, lists only the groups it is in, without itself', () => {
    const { groups } = groupDerived(facts, 'BMW', label);
    expect(groups.map((g) => [g.property, g.members.map((m) => m.id)])).toEqual([['sameIndustry', ['VW', 'MB']]]);
  });
});
