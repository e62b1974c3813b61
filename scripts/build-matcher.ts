/**
 * Compiles the built-in dictionary into the matcher artefact the background reads
 * (public/kb/matcher.bin.gz, lib/matcher/artefact.ts), and puts the built-in data beside it for the
 * first install (public/kb/builtin.json.gz, fetched only when its version is not installed yet; its
 * version is a module of its own, lib/kb/generated/builtin-version.json). Both are gzipped in the
 * package (the background inflates them with DecompressionStream): 29 MB become 5. The artefact
 * is also written as it is to lib/matcher/generated/matcher.bin, for benchmarks and tools.
 * Runs after build-kb.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltinData } from '../lib/kb/builtin';
import { buildDictionary } from '../lib/kb/dictionary';
import { writeArtefact } from '../lib/matcher/artefact';
import { givenNames } from './kb/given-names';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const json = readFileSync(join(ROOT, 'lib/kb/generated/builtin.json'), 'utf8');
const builtin = JSON.parse(json) as BuiltinData;
const entries = buildDictionary(builtin.entities);
const artefact = writeArtefact(entries);
mkdirSync(join(ROOT, 'public/kb'), { recursive: true });
mkdirSync(join(ROOT, 'lib/matcher/generated'), { recursive: true });
writeFileSync(join(ROOT, 'lib/matcher/generated/matcher.bin'), artefact);
const given = givenNames(entries.map((e) => e.text));
writeFileSync(join(ROOT, 'lib/matcher/generated/given-names.json'), JSON.stringify(given));
const packed = gzipSync(artefact, { level: 9 });
writeFileSync(join(ROOT, 'public/kb/matcher.bin.gz'), packed);
const data = gzipSync(json, { level: 9 });
writeFileSync(join(ROOT, 'public/kb/builtin.json.gz'), data);
writeFileSync(join(ROOT, 'lib/kb/generated/builtin-version.json'), JSON.stringify({ version: builtin.version }));
const ms = Math.round(performance.now() - started);
const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `matcher: ${entries.length} names, ${given.length} given names, artefact ${mib(artefact.length)} MiB (${mib(packed.length)} MiB gzipped), built-in data ${mib(json.length)} MiB (${mib(data.length)} MiB gzipped) (${ms} ms)`,
);
