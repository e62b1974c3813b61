/**
 * Generated malformed input for every parser that reads files, and for the matcher: no crash other
 * than the parser's own clear error, no hang, and nothing written when an import is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../lib/csv';
import { parseHighlightFile } from '../../lib/highlights/import';
import { AnnotationError, toAnnotationCollection } from '../../lib/highlights/web-annotation';
import { importFile } from '../../lib/kb/editing';
import { allEntities, allFacts } from '../../lib/kb/store';
import type { DictionaryEntry } from '../../lib/kb/types';
import { ValidationError } from '../../lib/kb/validate';
import { parseCompaniesCsv } from '../../lib/kb/transfer/companies-csv';
import { parseKb } from '../../lib/kb/transfer/kb-json';
import { parseWikidataResults } from '../../lib/kb/transfer/wikidata';
import { compileParts, Matcher } from '../../lib/matcher/matcher';
import { spotBlocks } from '../../lib/matcher/spot';
import { sampleSet } from './highlights/sample';
import { freshDb, japan } from './kb/helpers';
import { installBuiltin } from '../../lib/kb/builtin';

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 1500;

/** Runs `parse`; only the listed error classes may come out, with a message. */
function onlyClearErrors(parse: (text: string) => unknown, ...allowed: Array<new (...a: never[]) => Error>) {
  return (text: string) => {
    try {
      parse(text);
    } catch (e) {
      if (!allowed.some((cls) => e instanceof cls)) throw e;
      expect((e as Error).message.length).toBeGreaterThan(5);
    }
  };
}

/** A valid document with one value somewhere replaced by arbitrary JSON. */
function mutated(doc: unknown): fc.Arbitrary<string> {
  const paths: Array<Array<string | number>> = [];
  const walk = (v: unknown, path: Array<string | number>) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(doc, []);
  return fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), fc.jsonValue(), fc.boolean()).map(([i, value, drop]) => {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    const path = paths[i]!;
    if (path.length === 0) return JSON.stringify(value);
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (drop && !Array.isArray(parent)) delete parent[last];
    else parent[last] = value;
    return JSON.stringify(copy);
  });
}

describe('fuzzing the file parsers', () => {
  const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 4 }));

  it('highlight import: arbitrary text and JSON', () => {
    fc.assert(fc.property(text, onlyClearErrors(parseHighlightFile, AnnotationError)), { numRuns: RUNS });
  });

  it('highlight import: a valid export with one value changed or removed', () => {
    const doc = JSON.parse(toAnnotationCollection(sampleSet(), 'L', 'all'));
    fc.assert(fc.property(mutated(doc), onlyClearErrors(parseHighlightFile, AnnotationError)), { numRuns: RUNS });
  });

  it('knowledge-base JSON, companies CSV, Wikidata JSON, CSV', () => {
    fc.assert(fc.property(text, onlyClearErrors(parseKb, ValidationError)), { numRuns: RUNS });
    fc.assert(fc.property(text, onlyClearErrors(parseCompaniesCsv, ValidationError, CsvError)), { numRuns: RUNS });
    fc.assert(fc.property(text, onlyClearErrors(parseWikidataResults, ValidationError)), { numRuns: RUNS });
    fc.assert(fc.property(text, onlyClearErrors(parseCsv, CsvError)), { numRuns: RUNS });
  });

  it('knowledge-base JSON: a valid bundle with one value changed', () => {
    const bundle = { format: 'querverweis-kb', version: 1, entities: [{ ...japan, origin: 'user' }], facts: [] };
    fc.assert(fc.property(mutated(bundle), onlyClearErrors(parseKb, ValidationError)), { numRuns: RUNS });
  });

  it('values that cannot become text (found by fuzzing) still give a clear error', () => {
    const hostile = { toString: false };
    const bundle = { format: 'querverweis-kb', version: hostile, entities: [{ ...japan, id: hostile, origin: 'user' }], facts: [] };
    expect(() => parseKb(JSON.stringify(bundle))).toThrow(ValidationError);
    expect(() => parseKb(JSON.stringify(bundle))).toThrow('version {"toString":false} is not supported');
  });

  it('a refused import writes nothing', async () => {
    const db = freshDb();
    await installBuiltin(db, { version: 'v1', entities: [japan], facts: [] });
    const before = JSON.stringify([await allEntities(db), await allFacts(db)]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('kb-json', 'companies-csv', 'wikidata-json') as fc.Arbitrary<'kb-json'>, text, async (format, t) => {
        try {
          await importFile(db, format, t);
        } catch (e) {
          if (!(e instanceof ValidationError || e instanceof CsvError)) throw e;
          expect(JSON.stringify([await allEntities(db), await allFacts(db)])).toBe(before);
          return;
        }
        // Accepted input may only be an empty import.
        expect(JSON.stringify([await allEntities(db), await allFacts(db)])).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzing the matcher', () => {
  // Words from a small alphabet with the characters the matcher treats specially, so that hits happen.
  const char = fc.constantFrom(..."aäbeJjnpsßSUÜ- .\u00ad\u200b\u00a0’'-Ⅸ𝔘".split(''), 'ﬁ');
  const word = fc.array(char, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
  const entry = fc.record({
    text: word,
    entityId: fc.constantFrom('Q1', 'Q2', 'slug:x'),
    type: fc.constantFrom('company', 'country') as fc.Arbitrary<'company'>,
    kind: fc.constantFrom('canonical', 'alias', 'adjective', 'acronym') as fc.Arbitrary<'canonical'>,
    lang: fc.constantFrom(undefined, 'de', 'en') as fc.Arbitrary<undefined>,
  });

  it('finds the same with the first-word table as when every word walks the trie from its start', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' ')),
        fc.constantFrom(undefined, 'de', 'en') as fc.Arbitrary<'de' | undefined>,
        (dict, text, lang) => {
          const parts = compileParts(dict as DictionaryEntry[]);
          const walking = new Matcher({ ...parts, firstWordSlots: new Int32Array(0) });
          for (const t of [text, text.toUpperCase(), text.replaceAll(' ', '')])
            expect(new Matcher(parts).findAll(t, lang)).toEqual(walking.findAll(t, lang));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('finds mentions within the text, in order, without overlap, for any dictionary and text', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' ')),
        (dict, text) => {
          const matcher = Matcher.compile(dict as DictionaryEntry[]);
          const found = matcher.findAll(text);
          let end = 0;
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(end);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            end = m.end;
          }
          // The context stage and spotting take the same input without failing.
          spotBlocks(matcher, [text, text.toUpperCase()]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
