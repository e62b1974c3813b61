import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseHighlightFile } from '../../../lib/highlights/import';
import { AnnotationError, annotationProblems, toAnnotation, toAnnotationCollection } from '../../../lib/highlights/web-annotation';
import { sampleHighlight, sampleSet } from './sample';

const W3C = resolve('../shared/conformance/w3c-web-annotation');
const hasW3c = existsSync(W3C);

describe('export as W3C Web Annotation JSON-LD', () => {
  it('writes an AnnotationCollection with the anno.jsonld context and every field', () => {
    const file = JSON.parse(toAnnotationCollection(sampleSet(), 'Querverweis: Highlights', 'all'));
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.total).toBe(4);
    const first = file.first.items[0];
    expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
      'RangeSelector',
    ]);
    expect(first.body).toContainEqual({ type: 'SpecificResource', purpose: 'tagging', source: 'http://www.wikidata.org/entity/Q17' });
    expect(first.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Zölle' });
    expect(first.target.styleClass).toBe('qv-green');
    expect(first.target.source['dc:title']).toBe('Japan senkt Zölle – Handelsblatt');
  });

  it('our own validator finds no MUST problem in what we write', () => {
    for (const h of sampleSet()) expect(annotationProblems(toAnnotation(h))).toEqual([]);
  });

  it('round-trips: export → import → export gives the same bytes', () => {
    const set = sampleSet();
    const first = toAnnotationCollection(set, 'L', 'all');
    const back = parseHighlightFile(first);
    expect(back.skipped).toEqual([]);
    expect(back.highlights).toEqual(set);
    expect(toAnnotationCollection(back.highlights, 'L', 'all')).toBe(first);
  });

  it('an empty collection is a valid file that imports nothing', () => {
    expect(parseHighlightFile(toAnnotationCollection([], 'L', 'all'))).toEqual({ highlights: [], skipped: [] });
  });
});

describe('a large collection', () => {
  it('imports again what it exported: 10 000 highlights (about 25 MB)', () => {
    const highlights = Array.from({ length: 10_000 }, (_, i) =>
      sampleHighlight({ url: `https://www.handelsblatt.com/artikel/${i % 400}.html`, note: i % 3 ? '' : `Notiz ${i}`, tags: ['Chips'] }),
    );
    const text = toAnnotationCollection(highlights, 'Test', 'all');
    expect(text.length).toBeGreaterThan(20_000_000);
    expect(parseHighlightFile(text).highlights).toHaveLength(10_000);
  });
});

describe('import rejects bad files whole, with a message', () => {
  const good = JSON.parse(toAnnotationCollection([sampleHighlight(), sampleHighlight()], 'L', 'all'));
  const withSecond = (change: (a: Record<string, unknown>) => void) => {
    const copy = structuredClone(good);
    change(copy.first.items[1]);
    return JSON.stringify(copy);
  };
  it.each([
    ['not JSON', '{"@context": ', /Not a JSON file/],
    ['a number', '42', /no annotation/],
    ['second annotation without target', withSecond((a) => delete a.target), /Annotation 2: target is missing/],
    ['bad created date', withSecond((a) => (a.created = 'yesterday')), /Annotation 2: created must be one xsd:dateTime/],
    ['duplicate ids', withSecond((a) => (a.id = good.first.items[0].id)), /occurs twice/],
    [
      'a huge quote',
      withSecond((a) => ((a.target as { selector: { exact: string }[] }).selector[0]!.exact = 'x'.repeat(30_000))),
      /text quote/,
    ],
    ['collection paged by link', JSON.stringify({ ...good, first: 'http://example.org/page1' }), /first is a link/],
  ])('%s', (_name, text, message) => {
    expect(() => parseHighlightFile(text)).toThrow(AnnotationError);
    expect(() => parseHighlightFile(text)).toThrow(message);
  });
});

describe.skipIf(!hasW3c)('W3C conformance (../shared/conformance)', () => {
  const read = (p: string) => JSON.parse(readFileSync(resolve(W3C, p), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const f of readdirSync(resolve(W3C, 'definitions'))) ajv.addSchema(read(`definitions/${f}`));
  const musts: string[] = read('annotations/annotationMusts.test').assertions;

  const failedMusts = (annotation: unknown) =>
    musts.filter((path) => {
      const schema = read(path);
      const validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
      const valid = validate(annotation) as boolean;
      return valid !== (schema.expectedResult !== 'invalid');
    });

  it('every exported annotation passes every MUST assertion', () => {
    expect(musts.length).toBeGreaterThan(40);
    const file = JSON.parse(toAnnotationCollection(sampleSet(), 'L', 'all'));
    for (const a of file.first.items) expect(failedMusts(a)).toEqual([]);
  });

  it('the assertions can fail: a broken annotation fails some', () => {
    const broken = { ...toAnnotation(sampleHighlight()), created: 'yesterday', bodyValue: 'x' };
    expect(failedMusts(broken).length).toBeGreaterThan(0);
  });

  const samples = (dir: string) => readdirSync(resolve(W3C, 'samples', dir)).filter((f) => f.endsWith('.json'));

  it.each(samples('incorrect'))('rejects incorrect sample %s with a message', (f) => {
    const text = readFileSync(resolve(W3C, 'samples/incorrect', f), 'utf8');
    expect(() => parseHighlightFile(text)).toThrow(AnnotationError);
  });

  it.each(samples('correct'))('accepts correct sample %s (imported or skipped, never rejected)', (f) => {
    const text = readFileSync(resolve(W3C, 'samples/correct', f), 'utf8');
    const doc = JSON.parse(text);
    if (doc.type === 'AnnotationCollection' || doc.type === 'AnnotationPage') return; // collections: paged by link
    expect(annotationProblems(doc)).toEqual([]);
    const parsed = parseHighlightFile(text);
    expect(parsed.highlights.length + parsed.skipped.length).toBe(1);
  });

  it('imports the sample that quotes text as a highlight', () => {
    const parsed = parseHighlightFile(readFileSync(resolve(W3C, 'samples/correct/anno26.json'), 'utf8'));
    expect(parsed.highlights).toHaveLength(1);
    expect(parsed.highlights[0]).toMatchObject({ url: 'http://example.org/page1', selectors: { quote: { exact: 'anotation' } } });
  });
});
