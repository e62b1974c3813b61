import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BuiltinData } from '../../../lib/kb/builtin';
import { buildDictionary, packDictionary, unpackDictionary } from '../../../lib/kb/dictionary';
import type { DictionaryEntry, Entity } from '../../../lib/kb/types';

const data = JSON.parse(readFileSync('lib/kb/generated/builtin.json', 'utf8')) as BuiltinData;

describe('the dictionary as it travels to a page', () => {
  it('unpacks to the same entries, in the same order (the matcher takes order as priority)', () => {
    const entries = buildDictionary(data.entities);
    const travelled = JSON.parse(JSON.stringify(packDictionary(entries)));
    expect(unpackDictionary(travelled)).toEqual(entries);
  });

  it('keeps every flag and the order across entities that come back', () => {
    const entries: DictionaryEntry[] = [
      { text: 'Allianz', entityId: 'Q1', type: 'company', kind: 'canonical', ambiguous: true },
      { text: 'Island', entityId: 'Q2', type: 'country', kind: 'canonical', lang: 'de', ambiguous: 'en' },
      { text: 'SAP', entityId: 'Q3', type: 'company', kind: 'acronym', matchCase: true },
      { text: 'Allianz SE', entityId: 'Q1', type: 'company', kind: 'alias' },
    ];
    const packed = packDictionary(entries);
    expect(packed.map(([id]) => id)).toEqual(['Q1', 'Q2', 'Q3', 'Q1']);
    expect(unpackDictionary(JSON.parse(JSON.stringify(packed)))).toEqual(entries);
  });

  it('is under half the JSON of one object per name', () => {
    const entries = buildDictionary(data.entities);
    expect(JSON.stringify(packDictionary(entries)).length).toBeLessThan(JSON.stringify(entries).length / 2);
  });
});

describe('names as the dictionary writes them out', () => {
  const company = (id: string, ...names: string[]): Entity => ({
    id,
    type: 'company',
    label: { de: names[0]!, en: names[0]! },
    names: names.map((text) => ({ text, kind: 'canonical' as const })),
    origin: 'builtin',
  });

  it('writes a hyphen between capitalised parts of a company name also as a space, unless that is a name of its own', () => {
    const texts = buildDictionary([company('hd', 'Harley-Davidson'), company('rr', 'Rolls-Royce'), company('other', 'Rolls Royce')])
      .filter((e) => e.entityId !== 'other')
      .map((e) => e.text);
    expect(texts).toContain('Harley Davidson');
    expect(texts).not.toContain('Rolls Royce');
    expect(buildDictionary([company('ec', 'E-commerce')]).map((e) => e.text)).not.toContain('E commerce');
  });
});
