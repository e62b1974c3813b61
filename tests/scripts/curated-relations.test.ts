import { describe, expect, it } from 'vitest';
import { buildCuratedRelations, validateRelation, type CuratedRelation } from '../../scripts/kb/curated-relations';
import { FactBuilder } from '../../scripts/kb/shared';

const known = new Set(['slug:porsche-se', 'slug:volkswagen', 'Q183']);
const good: CuratedRelation = {
  subject: 'slug:porsche-se',
  property: 'holdsStakeIn',
  object: 'slug:volkswagen',
  share: 53,
  asOf: '2025-03',
  source: 'https://kurier.at/wirtschaft/volkswagen-porsche-vw-piech-niedersachsen-auto-eigentuemer/403025535',
};
const today = new Date('2026-12-01');

describe('curated relations', () => {
  it('accepts a relation with a public source and an as-of date', () => {
    expect(validateRelation(good, known, today)).toEqual([]);
  });

  it('refuses one without a source, with a made-up or insecure address, or without a date', () => {
    const { source: _s, ...noSource } = good;
    expect(validateRelation(noSource as CuratedRelation, known, today).join()).toMatch(/source/);
    expect(validateRelation({ ...good, source: 'https://news.example.com/a' }, known, today).join()).toMatch(/source/);
    expect(validateRelation({ ...good, source: 'http://kurier.at/a' }, known, today).join()).toMatch(/source/);
    // A staging copy of a site, or a site that copies others' text, is not the page that says it.
    expect(validateRelation({ ...good, source: 'https://staging.news.de/a' }, known, today).join()).toMatch(/source/);
    expect(validateRelation({ ...good, source: 'https://testing.dev.paper.com/a' }, known, today).join()).toMatch(/source/);
    expect(validateRelation({ ...good, source: 'https://hmong.ru/wiki/Porsche_SE' }, known, today).join()).toMatch(/copies/);
    const { asOf: _a, ...noDate } = good;
    expect(validateRelation(noDate as CuratedRelation, known, today).join()).toMatch(/asOf/);
    expect(validateRelation({ ...good, asOf: 'März 2025' }, known, today).join()).toMatch(/asOf/);
    expect(validateRelation({ ...good, asOf: '2027-01' }, known, today).join()).toMatch(/future/);
  });

  it('refuses unknown properties and ids, shares out of range, and a deal without its year', () => {
    expect(validateRelation({ ...good, property: 'likes' as never }, known, today).join()).toMatch(/property/);
    expect(validateRelation({ ...good, object: 'slug:nobody' }, known, today).join()).toMatch(/object/);
    expect(validateRelation({ ...good, share: 140 }, known, today).join()).toMatch(/share/);
    expect(validateRelation({ ...good, property: 'acquires', share: undefined }, known, today).join()).toMatch(/year/);
  });

  it('fails the build on a bad line, naming file and line, and keeps the later of two files’ duplicates', () => {
    expect(() =>
      buildCuratedRelations([{ file: 'x.jsonl', lines: [{ line: 3, record: { ...good, asOf: '' } }] }], known, new FactBuilder()),
    ).toThrow(/x\.jsonl:3: asOf/);
    const facts = new FactBuilder();
    const log: string[] = [];
    const n = buildCuratedRelations(
      [
        { file: 'a.jsonl', lines: [{ line: 1, record: good }] },
        { file: 'b.jsonl', lines: [{ line: 1, record: { ...good, share: 50, asOf: '2025-09' } }] },
      ],
      known,
      facts,
      (l) => log.push(l),
    );
    expect(n).toBe(1);
    expect(facts.all()[0]).toMatchObject({ value: 50, unit: '%', asOf: '2025-09', source: { label: 'kurier.at' } });
    expect(log.join()).toMatch(/kept b\.jsonl:1/);
  });
});
