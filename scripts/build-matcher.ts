/**
 * Compiles the built-in dictionary into the matcher artefact the background reads
 * (public/kb/matcher.bin, lib/matcher/artefact.ts), and puts the built-in data beside it for the
 * first install (public/kb/builtin.json, fetched only when its version is not installed yet; its
 * version is a module of its own, lib/kb/generated/builtin-version.json). Runs after build-kb.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltinData } from '../lib/kb/builtin';
import { buildDictionary } from '../lib/kb/dictionary';
import { writeArtefact } from '../lib/matcher/artefact';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const json = readFileSync(join(ROOT, 'lib/kb/generated/builtin.json'), 'utf8');
const data = JSON.parse(json) as BuiltinData;
const entries = buildDictionary(data.entities);
const artefact = writeArtefact(entries);
mkdirSync(join(ROOT, 'public/kb'), { recursive: true });
writeFileSync(join(ROOT, 'public/kb/matcher.bin'), artefact);
writeFileSync(join(ROOT, 'public/kb/builtin.json'), json);
writeFileSync(join(ROOT, 'lib/kb/generated/builtin-version.json'), JSON.stringify({ version: data.version }));
const ms = Math.round(performance.now() - started);
console.log(`matcher: ${entries.length} names, ${(artefact.length / 1024).toFixed(0)} KiB artefact (${ms} ms)`);
