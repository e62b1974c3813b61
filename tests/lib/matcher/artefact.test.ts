import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BuiltinData } from '../../../lib/kb/builtin';
import { buildDictionary } from '../../../lib/kb/dictionary';
import { readArtefact, writeArtefact } from '../../../lib/matcher/artefact';
import { Matcher } from '../../../lib/matcher/matcher';

const data = JSON.parse(readFileSync('lib/kb/generated/builtin.json', 'utf8')) as BuiltinData;
const entries = buildDictionary(data.entities);

const TEXTS = [
  'Die Deutsche Bank und Siemens verhandeln mit Japan über US-Zölle; japanische Firmen warten.',
  "Germany's exports to the U.S. fell, said Volkswagen's chief. The Bank of Japan held rates.",
  'Der Japanexperte sprach über Südkoreas Chipindustrie, Samsung Electronics und die EU-Kommission.',
  'SAP, IBM und VW: Deutsche\u00a0Telekom und die Vereinigten Staaten von Amerika.',
];

describe('the matcher artefact', () => {
  it('matches exactly like the matcher compiled from the same dictionary', () => {
    const compiled = Matcher.compile(entries);
    const read = readArtefact(writeArtefact(entries));
    expect(read.size).toBe(compiled.size);
    for (const text of TEXTS) {
      for (const lang of ['de', 'en', undefined] as const) {
        const found = read.findAll(text, lang);
        expect(found.length).toBeGreaterThan(0);
        expect(found).toEqual(compiled.findAll(text, lang));
      }
    }
  });

  it('reads from bytes at any offset of a larger buffer', () => {
    const bytes = writeArtefact(entries.slice(0, 500));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const text = 'Die Bundesrepublik Deutschland und Afghanistan.';
    expect(readArtefact(shifted.subarray(3)).findAll(text, 'de')).toEqual(Matcher.compile(entries.slice(0, 500)).findAll(text, 'de'));
  });

  it('refuses bytes that are not an artefact', () => {
    expect(() => readArtefact(new TextEncoder().encode('{"json": true}'))).toThrow(/not a matcher artefact/);
    expect(() => readArtefact(new Uint8Array(2))).toThrow(/not a matcher artefact/);
  });
});
