import { describe, expect, it } from 'vitest';
import { highlightHandlers } from '../../../entrypoints/background/highlight-handlers';
import { exportHighlights } from '../../../lib/highlights/export';
import {
  createHighlight,
  deleteHighlight,
  editHighlight,
  highlightsForPage,
  HighlightError,
  importHighlights,
  listHighlights,
} from '../../../lib/highlights/store';
import { dbWithSampleSet, sampleHighlight } from './sample';

describe('highlight store', () => {
  it('creates, finds by page and by entity, edits and deletes', async () => {
    const { db, set } = await dbWithSampleSet();
    expect(await highlightsForPage(db, [set[0]!.url])).toHaveLength(3);
    expect((await listHighlights(db, { entityId: 'Q17' })).map((h) => h.id)).toEqual([set[0]!.id]);
    const edited = await editHighlight(db, { id: set[1]!.id, note: 'neu', tags: [' a ', 'A', '#b'], color: 'blue' }, Date.UTC(2027, 0, 1));
    expect(edited).toMatchObject({ note: 'neu', tags: ['a', 'b'], color: 'blue', updatedAt: Date.UTC(2027, 0, 1) });
    await deleteHighlight(db, set[1]!.id);
    expect(await listHighlights(db)).toHaveLength(3);
    await expect(editHighlight(db, { id: set[1]!.id, note: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('refuses an invalid record and a second record with the same id', async () => {
    const { db, set } = await dbWithSampleSet();
    await expect(createHighlight(db, { ...sampleHighlight(), url: 'javascript:alert(1)' })).rejects.toThrow(HighlightError);
    await expect(createHighlight(db, set[0]!)).rejects.toThrow(/exists already/);
    await expect(createHighlight(db, { ...sampleHighlight(), color: 'red' as never })).rejects.toThrow(/color/);
  });

  it('refuses unknown fields, at the top and in the selectors, and stores only the known ones', async () => {
    const { db } = await dbWithSampleSet();
    const before = await listHighlights(db);
    const junk = 'x'.repeat(1000);
    await expect(createHighlight(db, { ...sampleHighlight(), junk } as never)).rejects.toThrow(/unknown field junk/);
    const h = sampleHighlight();
    const inQuote = { ...h, selectors: { ...h.selectors, quote: { ...h.selectors.quote, junk } } };
    await expect(createHighlight(db, inQuote as never)).rejects.toThrow(/unknown field selectors\.quote\.junk/);
    const inRange = {
      ...h,
      selectors: {
        ...h.selectors,
        range: {
          ...h.selectors.range!,
          endSelector: { ...h.selectors.range!.endSelector, refinedBy: { type: 'TextPositionSelector', start: 1, end: 1, junk } },
        },
      },
    };
    await expect(createHighlight(db, inRange as never)).rejects.toThrow(/unknown field selectors\.range\.endSelector\.refinedBy\.junk/);
    await expect(createHighlight(db, { ...h, selectors: { ...h.selectors, junk } } as never)).rejects.toThrow(
      /unknown field selectors\.junk/,
    );
    await expect(importHighlights(db, [sampleHighlight(), { ...sampleHighlight(), junk } as never])).rejects.toThrow(/unknown field junk/);
    expect(await listHighlights(db)).toEqual(before);
    // A record stored before the check loses its unknown field on the next edit.
    const old = sampleHighlight();
    await db.highlights.add({ ...old, junk } as never);
    await editHighlight(db, { id: old.id, note: 'neu' });
    expect(Object.keys((await db.highlights.get(old.id))!)).not.toContain('junk');
  });

  it('merges an import by id: new added, newer replaces, older kept', async () => {
    const { db, set } = await dbWithSampleSet();
    const newer = { ...set[0]!, note: 'später geändert', updatedAt: set[0]!.updatedAt + 1000 };
    const older = { ...set[1]!, note: 'alte Fassung', updatedAt: set[1]!.updatedAt - 1000 };
    const fresh = sampleHighlight();
    const result = await importHighlights(db, [newer, older, fresh]);
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 1, skipped: 0 });
    expect((await db.highlights.get(set[0]!.id))?.note).toBe('später geändert');
    expect((await db.highlights.get(set[1]!.id))?.note).toBe(set[1]!.note);
  });

  it('writes nothing when one record of an import is invalid', async () => {
    const { db } = await dbWithSampleSet();
    const before = await listHighlights(db);
    await expect(
      importHighlights(db, [
        sampleHighlight(),
        { ...sampleHighlight(), selectors: { ...sampleHighlight().selectors, quote: { type: 'TextQuoteSelector', exact: '' } } },
      ]),
    ).rejects.toThrow(/text quote/);
    expect(await listHighlights(db)).toEqual(before);
  });
});

describe('export and import through the handlers', () => {
  it.each(['json', 'markdown', 'csv'] as const)('%s export names the file after its scope', async (format) => {
    const { db, set } = await dbWithSampleSet();
    const all = await exportHighlights(db, format, {}, 'de');
    expect(all.filename).toMatch(new RegExp(`^querverweis-highlights-all\\.(jsonld|md|csv)$`));
    const page = await exportHighlights(db, format, { url: set[0]!.url }, 'de');
    expect(page.filename).toContain('page-www.handelsblatt.com-politik-international');
  });

  it('export → delete all → import → export gives the same file', async () => {
    const { db } = await dbWithSampleSet();
    const handlers = highlightHandlers(db);
    const first = await handlers['hl/export']({ format: 'json', lang: 'de' });
    await db.highlights.clear();
    expect(await handlers['hl/import']({ text: first.text })).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: 0 });
    expect((await handlers['hl/export']({ format: 'json', lang: 'de' })).text).toBe(first.text);
    // Importing the same file again adds nothing.
    expect(await handlers['hl/import']({ text: first.text })).toEqual({ added: 0, updated: 0, unchanged: 4, skipped: 0 });
  });

  it('a bad file is rejected with a message and changes nothing', async () => {
    const { db } = await dbWithSampleSet();
    const handlers = highlightHandlers(db);
    const before = await handlers['hl/export']({ format: 'json', lang: 'en' });
    const broken = JSON.parse(before.text);
    broken.first.items[2].created = 'gestern';
    await expect(handlers['hl/import']({ text: JSON.stringify(broken) })).rejects.toThrow(/Nothing was imported\. Annotation 3: created/);
    expect((await handlers['hl/export']({ format: 'json', lang: 'en' })).text).toBe(before.text);
  });

  it('per entity: only the highlights holding it, with its name in Markdown', async () => {
    const { db } = await dbWithSampleSet();
    const md = await exportHighlights(db, 'markdown', { entityId: 'Q17' }, 'de');
    expect(md.text).toContain('Entities: Japan');
    expect(md.text.match(/^> /gm)).toHaveLength(1);
  });
});
