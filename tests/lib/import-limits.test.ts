/**
 * Every importer on a huge file of tiny mistakes: the check stops after MAX_PROBLEMS and says so,
 * fast, and a file over the size limit is refused before it is read.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup';
import { parseHighlightFile } from '../../lib/highlights/import';
import { AnnotationError } from '../../lib/highlights/web-annotation';
import { importFile } from '../../lib/kb/editing';
import { parseCompaniesCsv } from '../../lib/kb/transfer/companies-csv';
import { parseKb } from '../../lib/kb/transfer/kb-json';
import { parseWikidataResults } from '../../lib/kb/transfer/wikidata';
import { MAX_IMPORT_CHARS, MAX_PROBLEMS, ValidationError } from '../../lib/kb/validate';
import { isEnvelope } from '../../lib/protocol';
import { freshDb } from './kb/helpers';

/** Just under the size limit: `head`, then `item` again and again (comma-separated), then `tail`. */
function big(head: string, item: string, tail: string, sep = ','): string {
  const n = Math.floor((MAX_IMPORT_CHARS - head.length - tail.length - 100) / (item.length + sep.length));
  return head + Array(n).fill(item).join(sep) + tail;
}

/** Runs `parse` and returns its ValidationError, checking that it came quickly. */
function refusal(parse: () => unknown): ValidationError {
  const start = performance.now();
  let error: unknown;
  try {
    parse();
  } catch (e) {
    error = e;
  }
  expect(performance.now() - start).toBeLessThan(5000);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

const stoppedAfter = (e: ValidationError) => {
  expect(e.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  expect(e.stopped).toBe(true);
  expect(e.message).toMatch(/the check stopped after 20 problems/);
};

describe('imports stop after 20 problems, quickly', { timeout: 30_000 }, () => {
  it('knowledge-base JSON: millions of bad entities', () => {
    const text = big('{"format":"querverweis-kb","version":1,"facts":[],"entities":[', '1', ']}');
    expect(text.length).toBeGreaterThan(19_000_000);
    const e = refusal(() => parseKb(text));
    stoppedAfter(e);
    expect(e.problems[0]).toEqual({ where: 'entities[0]', field: '', message: 'must be an object' });
  });

  it('knowledge-base JSON: one entity with a million unknown fields, and a million copies of one fact', () => {
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(',');
    const fields = `{"format":"querverweis-kb","version":1,"facts":[],"entities":[{${keys}}]}`;
    const e1 = refusal(() => parseKb(fields));
    stoppedAfter(e1);
    expect(e1.problems[0]).toMatchObject({ where: 'entities[0]', field: 'k0', message: 'unknown field' });
    const fact = '{"id":"u:1","subject":"Q17","property":"x","value":1,"origin":"user"}';
    const copies = big('{"format":"querverweis-kb","version":1,"entities":[],"facts":[', fact, ']}');
    const e = refusal(() => parseKb(copies));
    stoppedAfter(e);
    expect(e.problems[0]?.message).toMatch(/already used by facts\[0\]/);
  });

  it('backup: millions of bad highlights', () => {
    const text = big(
      '{"format":"querverweis-backup","version":1,"settings":{},"knowledgeBase":{"entities":[],"facts":[]},"mutes":[],"history":[],"highlights":[',
      '1',
      ']}',
    );
    stoppedAfter(refusal(() => parseBackup(text)));
  });

  it('backup: millions of bad entities in its knowledge base', () => {
    const text = big(
      '{"format":"querverweis-backup","version":1,"settings":{},"mutes":[],"history":[],"highlights":[],"knowledgeBase":{"facts":[],"entities":[',
      '1',
      ']}}',
    );
    const e = refusal(() => parseBackup(text));
    stoppedAfter(e);
    expect(e.problems[0]?.where).toBe('knowledgeBase.entities[0]');
  });

  it('companies CSV: millions of empty lines, and a header of millions of unknown columns', () => {
    const lines = refusal(() => parseCompaniesCsv(big('name\n', 'x', '\n', '\n')));
    expect(lines.message).toMatch(/more than 50000 rows/);
    expect(lines.problems).toHaveLength(1);
    stoppedAfter(refusal(() => parseCompaniesCsv(big('name,', 'x', '\nA\n'))));
  });

  it('companies CSV: 50 000 rows with wrong field counts', async () => {
    const text = 'name,city\n' + Array(50_000).fill('a,b,c').join('\n');
    const start = performance.now();
    const e = await importFile(freshDb(), 'companies-csv', text).catch((x: unknown) => x);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(e).toBeInstanceOf(ValidationError);
    stoppedAfter(e as ValidationError);
  });

  it('Wikidata JSON: millions of bindings that are no item', () => {
    const first = '{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q1"}}';
    const text = big(`{"head":{"vars":["item"]},"results":{"bindings":[${first},`, '1', ']}}');
    stoppedAfter(refusal(() => parseWikidataResults(text)));
    const vars = big('{"results":{"bindings":[]},"head":{"vars":[', '"v"', ']}}');
    expect(refusal(() => parseWikidataResults(vars)).message).toMatch(/at most 200 variable names/);
  });

  it('highlight Web Annotation JSON: millions of bad annotations, and one with millions of bad bodies', () => {
    const check = (text: string) => {
      const start = performance.now();
      let error: unknown;
      try {
        parseHighlightFile(text);
      } catch (e) {
        error = e;
      }
      expect(performance.now() - start).toBeLessThan(5000);
      expect(error).toBeInstanceOf(AnnotationError);
      return (error as Error).message;
    };
    const many = check(big('[', '1', ']'));
    expect(many).toMatch(/^Nothing was imported\. Annotation 1: an annotation must be a JSON object/);
    expect(many).toMatch(/\(and 15 more; the check stopped after 20 problems\)$/);
    expect(many.length).toBeLessThan(2000);
    const bodies = check(
      big(
        '[{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:x:1","type":"Annotation","target":"http://x.test/","body":[',
        '1',
        ']}]',
      ),
    );
    expect(bodies).toMatch(/the check stopped after 20 problems/);
    expect(bodies.length).toBeLessThan(3000);
  });
});

describe('a file over the size limit is refused at once, with a clear message', () => {
  const tooBig = ' '.repeat(MAX_IMPORT_CHARS + 1);
  it.each([
    ['knowledge-base JSON', () => parseKb(tooBig)],
    ['backup', () => parseBackup(tooBig)],
    ['companies CSV', () => parseCompaniesCsv(tooBig)],
    ['Wikidata JSON', () => parseWikidataResults(tooBig)],
  ])('%s', (_name, parse) => {
    const e = refusal(parse);
    expect(e.message).toBe('file: is too large to import (48.1 MB; at most 48.0 MB)');
  });

  it('highlight import', () => {
    expect(() => parseHighlightFile(tooBig)).toThrow(/^Nothing was imported\. The file is too large \(48.1 MB; at most 48.0 MB\)\.$/);
  });

  it('the message carries such a file to the importer, which says so (not "invalid message")', () => {
    for (const [type, payload] of [
      ['kb/import', { format: 'kb-json', text: tooBig }],
      ['data/restore', { text: tooBig }],
      ['hl/import', { text: tooBig }],
    ] as const) {
      expect(isEnvelope({ type, payload }), type).toBe(true);
    }
  });
});
