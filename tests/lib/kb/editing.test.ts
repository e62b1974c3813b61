import { describe, expect, it } from 'vitest';
import { installBuiltin } from '../../../lib/kb/builtin';
import { addEntity, deleteEntity, deleteFact, exportKb, importFile, putFact } from '../../../lib/kb/editing';
import { ValidationError } from '../../../lib/kb/validate';
import { getEntity } from '../../../lib/kb/store';
import { capital, freshDb, hq, invests, japan, microsoft, storedFact, usa } from './helpers';

const isoJapan = { id: 'b:Q17:isoCode:0', subject: 'Q17', property: 'isoCode', value: 'JP', origin: 'builtin' as const };
const isoUs = { id: 'b:Q30:isoCode:0', subject: 'Q30', property: 'isoCode', value: 'US', origin: 'builtin' as const };

async function seeded() {
  const db = freshDb();
  await installBuiltin(db, { version: 'v1', entities: [japan, microsoft, usa], facts: [invests, hq, capital, isoJapan, isoUs] });
  return db;
}

describe('reader entities and facts', () => {
  it('adds an entity with a stable id and refuses a duplicate', async () => {
    const db = await seeded();
    const e = await addEntity(db, { type: 'company', name: 'Müller Maschinenbau GmbH', aliases: ['Müller'], countryId: 'Q17' });
    expect(e.id).toBe('user:muller-maschinenbau-gmbh');
    expect(e.names.map((n) => n.text)).toEqual(['Müller Maschinenbau GmbH', 'Müller']);
    await expect(addEntity(db, { type: 'company', name: 'Müller Maschinenbau GmbH' })).rejects.toThrow(/exists already/);
    await expect(addEntity(db, { type: 'company', name: '  ' })).rejects.toThrow(ValidationError);
  });

  it('adds, edits and deletes own facts, never built-in ones', async () => {
    const db = await seeded();
    const f = await putFact(db, { subject: 'Q17', property: 'note', value: 'Wichtiger Markt' });
    expect(f.id).toMatch(/^u:/);
    await putFact(db, { id: f.id, subject: 'Q17', property: 'note', value: 'Sehr wichtiger Markt' });
    expect((await storedFact(db, f.id))?.value).toBe('Sehr wichtiger Markt');
    await deleteFact(db, f.id);
    expect(await storedFact(db, f.id)).toBeUndefined();
    await expect(putFact(db, { id: capital.id, subject: 'Q17', property: 'capital', value: 'Kyoto' })).rejects.toThrow(/built-in/);
    await expect(deleteFact(db, capital.id)).rejects.toThrow(/built-in/);
    await expect(putFact(db, { subject: 'Q17', property: 'partnerOf', object: 'Q999999' })).rejects.toThrow(/no entity "Q999999"/);
  });

  it("refuses fields an entity or a fact does not have, also inside a fact's source", async () => {
    const db = await seeded();
    await expect(addEntity(db, { type: 'company', name: 'Junk AG', junk: 'x' } as never)).rejects.toThrow(/entity, junk: unknown field/);
    await expect(addEntity(db, { type: 'company', name: 'Junk AG', aliases: 'JAG' } as never)).rejects.toThrow(/aliases: must be a list/);
    await expect(putFact(db, { subject: 'Q17', property: 'note', value: 'x', junk: 'x' } as never)).rejects.toThrow(
      /fact, junk: unknown field/,
    );
    await expect(
      putFact(db, { subject: 'Q17', property: 'note', value: 'x', source: { label: 'HB', junk: 'x'.repeat(1000) } as never }),
    ).rejects.toThrow(/source\.junk: unknown field/);
    const file = {
      format: 'querverweis-kb',
      version: 1,
      entities: [],
      facts: [{ id: 'u:1', subject: 'Q17', property: 'note', value: 'x', source: { label: 'HB', junk: 1 }, origin: 'user' }],
    };
    await expect(importFile(db, 'kb-json', JSON.stringify(file))).rejects.toThrow(/facts\[0\], source\.junk: unknown field/);
    expect(await getEntity(db, 'user:junk-ag')).toBeUndefined();
    expect(
      await db.facts
        .where('subject')
        .equals('Q17')
        .filter((f) => f.origin !== 'builtin')
        .count(),
    ).toBe(0);
  });

  it('deletes a reader entity with its facts but never a built-in one', async () => {
    const db = await seeded();
    const e = await addEntity(db, { type: 'company', name: 'Kleinfirma' });
    await putFact(db, { subject: e.id, property: 'investsIn', object: 'Q17' });
    await deleteEntity(db, e.id);
    expect(await getEntity(db, e.id)).toBeUndefined();
    expect(await db.facts.where('subject').equals(e.id).count()).toBe(0);
    await expect(deleteEntity(db, 'Q17')).rejects.toThrow(/built-in/);
  });

  it('deleting an own entity that stood in for a built-in one brings that back, with the reader’s facts about it', async () => {
    const db = await seeded();
    await db.entities.put({ ...microsoft, label: { de: 'MS', en: 'MS' }, origin: 'import' });
    const note = await putFact(db, { subject: 'Q2283', property: 'note', value: 'mein Hinweis' });
    await deleteEntity(db, 'Q2283');
    expect(await getEntity(db, 'Q2283')).toEqual(microsoft);
    expect(await storedFact(db, note.id)).toEqual(note);
  });
});

describe('knowledge-base JSON', () => {
  it('export → import into a base with the same built-in data → export gives the same file', async () => {
    const db = await seeded();
    await addEntity(db, { type: 'company', name: 'Kleinfirma', countryId: 'Q17' });
    await putFact(db, { subject: 'Q17', property: 'note', value: 'x' });
    const first = await exportKb(db, 'all');
    const other = await seeded();
    // The built-in records in the file are the stored ones: only the reader's own are written.
    expect(await importFile(other, 'kb-json', first)).toEqual({ entities: 1, facts: 1 });
    expect(await exportKb(other, 'all')).toBe(first);
    expect(await importFile(await seeded(), 'kb-json', await exportKb(db, 'own'))).toEqual({ entities: 1, facts: 1 });
  });

  it("never writes a built-in record from a file: planted facts are refused or become the reader's", async () => {
    const db = await seeded();
    const file = (entities: unknown[], facts: unknown[]) => JSON.stringify({ format: 'querverweis-kb', version: 1, entities, facts });
    const before = await exportKb(db, 'all');
    // A built-in fact's id, whatever the origin: refused, nothing written.
    for (const origin of ['builtin', 'user', 'import']) {
      await expect(importFile(db, 'kb-json', file([], [{ ...capital, value: 'Kyoto', valueText: undefined, origin }]))).rejects.toThrow(
        /facts\[0\], id: "b:Q17:capital:0" is a built-in fact's id/,
      );
    }
    await expect(importFile(db, 'kb-json', file([], [{ ...capital, id: 'b:Q17:capital:7', origin: 'builtin' }]))).rejects.toThrow(
      /built-in fact's id/,
    );
    expect(await exportKb(db, 'all')).toBe(before);
    // Marked built-in but not shipped: imported as the reader's, so it can be deleted and is exported with the own records.
    const planted = { id: 'u:planted', subject: 'Q17', property: 'capital', value: 'Kyoto', origin: 'builtin' };
    const nippon = { ...japan, label: { de: 'Nippon', en: 'Nippon' } };
    expect(await importFile(db, 'kb-json', file([nippon], [planted]))).toEqual({ entities: 1, facts: 1 });
    expect((await storedFact(db, 'u:planted'))?.origin).toBe('import');
    expect(await getEntity(db, 'Q17')).toEqual({ ...nippon, origin: 'import' });
    expect(JSON.parse(await exportKb(db, 'own')).facts.map((f: { id: string }) => f.id)).toEqual(['u:planted']);
    await deleteFact(db, 'u:planted');
    expect(await storedFact(db, 'u:planted')).toBeUndefined();
    expect(await storedFact(db, capital.id)).toEqual(capital);
  });

  it("exports only the reader's own records when asked", async () => {
    const db = await seeded();
    await addEntity(db, { type: 'company', name: 'Kleinfirma' });
    const own = JSON.parse(await exportKb(db, 'own'));
    expect(own.entities.map((e: { id: string }) => e.id)).toEqual(['user:kleinfirma']);
    expect(own.facts).toEqual([]);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another format', '{"format":"x","version":1,"entities":[],"facts":[]}', /format: must be "querverweis-kb"/],
    ['a newer version', '{"format":"querverweis-kb","version":9,"entities":[],"facts":[]}', /version 9 is not supported/],
    [
      'a bad entity',
      '{"format":"querverweis-kb","version":1,"entities":[{"id":"Q1","type":"planet","label":{"de":"a","en":"a"},"names":[],"origin":"user"}],"facts":[]}',
      /entities\[0\], type: must be/,
    ],
    [
      'a dangling relation',
      '{"format":"querverweis-kb","version":1,"entities":[],"facts":[{"id":"u:1","subject":"Q17","property":"x","object":"Q404","origin":"user"}]}',
      /facts\[0\], object: no entity "Q404"/,
    ],
    [
      'a duplicate id',
      '{"format":"querverweis-kb","version":1,"entities":[],"facts":[{"id":"u:1","subject":"Q17","property":"x","value":1,"origin":"user"},{"id":"u:1","subject":"Q17","property":"y","value":2,"origin":"user"}]}',
      /already used/,
    ],
  ])('rejects %s and writes nothing', async (_name, text, message) => {
    const db = await seeded();
    const before = await exportKb(db, 'all');
    await expect(importFile(db, 'kb-json', text)).rejects.toThrow(message);
    expect(await exportKb(db, 'all')).toBe(before);
  });
});

describe('company imports', () => {
  const csv =
    'name,aliases,country,sector,website,founded,listings\r\nKleinfirma AG,Kleinfirma;KF,Japan,Machinery,kleinfirma.example,1990,XETRA:KF\r\nMicrosoft,MSFT,US,Software,,,\r\n';

  it('imports companies from CSV, merging known ones, and is idempotent', async () => {
    const db = await seeded();
    expect(await importFile(db, 'companies-csv', csv)).toEqual({ entities: 2, facts: 7 });
    const k = await getEntity(db, 'user:kleinfirma-ag');
    expect(k).toMatchObject({ countryId: 'Q17', origin: 'import' });
    expect(k?.names.map((n) => n.text)).toEqual(['Kleinfirma AG', 'Kleinfirma', 'KF']);
    const ms = await getEntity(db, 'Q2283');
    expect(ms?.names.map((n) => n.text)).toEqual(['Microsoft', 'MSFT']);
    const count = await db.facts.count();
    await importFile(db, 'companies-csv', csv);
    expect(await db.facts.count()).toBe(count);
  });

  it.each([
    ['an unknown column', 'name,colour\nX,red\n', /line 1, colour: unknown column/],
    ['no name column', 'sector\nX\n', /a "name" column is required/],
    ['an unknown country', 'name,country\nX,Atlantis\n', /line 2, country: "Atlantis" is not a known country/],
    ['a bad year', 'name,founded\nX,neunzehnhundert\n', /line 2, founded/],
    ['a short row', 'name,sector\nX\n', /line 2: has 1 fields, the header has 2/],
    ['broken quoting', 'name\n"X\n', /line 2: a quoted field is never closed/],
  ])('rejects CSV with %s and writes nothing', async (_name, text, message) => {
    const db = await seeded();
    const before = await exportKb(db, 'all');
    await expect(importFile(db, 'companies-csv', text)).rejects.toThrow(message);
    expect(await exportKb(db, 'all')).toBe(before);
  });

  it('imports Wikidata SPARQL results, one company per item', async () => {
    const db = await seeded();
    const results = {
      head: { vars: ['item', 'itemLabel', 'itemAltLabel', 'itemDescription', 'countryCode', 'inception', 'website'] },
      results: {
        bindings: [
          {
            item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q123456' },
            itemLabel: { type: 'literal', value: 'Beispiel AG', 'xml:lang': 'de' },
            itemAltLabel: { type: 'literal', value: 'Beispiel, BSP' },
            itemDescription: { type: 'literal', value: 'deutsches Unternehmen', 'xml:lang': 'de' },
            countryCode: { type: 'literal', value: 'JP' },
            inception: { type: 'literal', value: '1921-01-01T00:00:00Z' },
            website: { type: 'uri', value: 'https://beispiel.example/' },
          },
          {
            item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q123456' },
            itemLabel: { type: 'literal', value: 'Beispiel AG' },
            website: { type: 'uri', value: 'https://other.example/' },
          },
        ],
      },
    };
    expect(await importFile(db, 'wikidata-json', JSON.stringify(results))).toEqual({ entities: 1, facts: 3 });
    expect(await getEntity(db, 'Q123456')).toMatchObject({
      label: { de: 'Beispiel AG' },
      description: { de: 'deutsches Unternehmen' },
      countryId: 'Q17',
    });
    await expect(importFile(db, 'wikidata-json', '{"head":{},"results":{}}')).rejects.toThrow(/not SPARQL JSON results/);
  });
});
