/** Validation and building of the hand-written company lines (scripts/kb/records.ts). */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/kb/types';
import { buildOrgs, checkOrgReferences, validateOrg, type OrgRecord } from '../../scripts/kb/records';
import { FactBuilder } from '../../scripts/kb/shared';

const countryIdOf = (code: string) => `country:${code.toLowerCase()}`;
const build = (records: OrgRecord[], facts = new FactBuilder()) =>
  buildOrgs(records.map((record, i) => ({ line: i + 1, record })), 'test.jsonl', 'company', countryIdOf, facts);

const commerzbank: OrgRecord = { id: 'slug:commerzbank', name: 'Commerzbank', country: 'DE', sector: 'Banking' };
const dresdner: OrgRecord = { id: 'slug:dresdner-bank', name: 'Dresdner Bank', country: 'DE', sector: 'Banking', founded: 1872, successor: 'slug:commerzbank', dissolved: 2009 };

describe('company records', () => {
  it('reject an unknown field, naming file and line', () => {
    expect(validateOrg({ ...commerzbank, predecessor: 'slug:x' } as OrgRecord)).toEqual(['unknown field "predecessor"']);
    expect(() => build([commerzbank, { ...dresdner, renamedTo: 'slug:commerzbank' } as OrgRecord])).toThrow(/test\.jsonl:2: unknown field "renamedTo"/);
  });

  it('reject a successor that is no id, the record itself, or an implausible dissolution year', () => {
    expect(validateOrg({ ...dresdner, successor: 'Commerzbank' })).toEqual(['successor: "Commerzbank" is neither a QID nor slug:<name>']);
    expect(validateOrg({ ...dresdner, successor: dresdner.id })).toEqual(['successor: the record itself']);
    expect(validateOrg({ ...dresdner, founded: undefined, dissolved: 209 })).toEqual(['dissolved: 209 is not a plausible year']);
    expect(validateOrg({ ...dresdner, dissolved: 2009.5 })).toEqual(['dissolved: 2009.5 is not a plausible year']);
    expect(validateOrg({ ...dresdner, dissolved: 1850 })).toEqual(['dissolved: 1850 is before founded 1872']);
  });

  it('reject a successor or parent that names no built company', () => {
    const facts = new FactBuilder();
    const entities: Entity[] = build([dresdner, { ...commerzbank, id: 'slug:comdirect', parent: 'slug:nowhere' }], facts);
    expect(() => checkOrgReferences(entities, facts)).toThrow(/slug:dresdner-bank: successor "slug:commerzbank" is no entity[\s\S]*slug:comdirect: parent "slug:nowhere" is no entity/);
    const country = { id: 'Q183', type: 'country', label: { de: 'Deutschland', en: 'Germany' }, names: [], origin: 'builtin' } as Entity;
    const toCountry = new FactBuilder();
    const built = build([{ ...dresdner, successor: 'Q183' }], toCountry);
    expect(() => checkOrgReferences([country, ...built], toCountry)).toThrow(/successor "Q183" is a country/);
  });

  it('turn a good successor and dissolution year into facts', () => {
    const facts = new FactBuilder();
    const entities = build([commerzbank, dresdner], facts);
    expect(() => checkOrgReferences(entities, facts)).not.toThrow();
    const of = (property: string) => facts.all().filter((f) => f.subject === 'slug:dresdner-bank' && f.property === property);
    expect(of('successor')).toEqual([expect.objectContaining({ object: 'slug:commerzbank', origin: 'builtin' })]);
    expect(of('successor')[0]!.value).toBeUndefined();
    expect(of('dissolved')).toEqual([expect.objectContaining({ value: 2009 })]);
    expect(of('dissolved')[0]!.object).toBeUndefined();
    expect(facts.all().filter((f) => f.subject === 'slug:commerzbank' && (f.property === 'successor' || f.property === 'dissolved'))).toEqual([]);
  });
});
