/**
 * `npm run bench -- matcher`: matcher throughput over German news text with the full built-in
 * dictionary and with 50 000 extra company names (from ../shared/data/financedatabase), against one
 * JavaScript RegExp alternation of the same names; compile time; size of the compiled matcher.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuiltinData } from '../../lib/kb/builtin';
import { buildDictionary } from '../../lib/kb/dictionary';
import type { DictionaryEntry } from '../../lib/kb/types';
import { readArtefact } from '../../lib/matcher/artefact';
import { Matcher } from '../../lib/matcher/matcher';
import { spotBlocks } from '../../lib/matcher/spot';
import { parseCsv } from '../../lib/csv';
import { parsePage } from '../eval/evaluate';
import { passagePages, sharedPages } from '../eval/pages';
import { visibleText } from '../eval/visible-text';
import { runInChromium } from './browser';
import { measureMatcher, type MatcherTimes } from './matcher-core';
import { median } from './stats';
import { sized } from './size';

const TARGET_CHARS = sized(4_000_000, 100_000);
const EXTRA_NAMES = sized(50_000, 1_000);

/** German news text: the labelled pages' visible text, repeated to about 4 million characters. */
function corpus(): string {
  const pages = [...sharedPages(), ...passagePages(() => 'company')];
  const text = pages.map((p) => visibleText(parsePage(p.html).body).text).join('\n');
  return text.repeat(Math.ceil(TARGET_CHARS / text.length)).slice(0, TARGET_CHARS);
}

/** Company names from FinanceDatabase: full names and names without the legal form. */
function extraNames(): DictionaryEntry[] {
  const file = resolve('../shared/data/financedatabase/companies_nonus_dedup.csv');
  if (!existsSync(file)) return [];
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = head!.indexOf('name');
  const names = new Set<string>();
  for (const r of rows) {
    const name = r[col]?.trim();
    if (!name) continue;
    names.add(name);
    names.add(
      name
        .replace(
          /[,.]?\s+(Inc|Corp|Corporation|Co|Ltd|Limited|plc|PLC|AG|SE|SA|S\.A|N\.V|NV|AB|ASA|Oyj|S\.p\.A|Holdings?|Group|Berhad|Tbk|Public Company Limited)\.?$/i,
          '',
        )
        .trim(),
    );
    if (names.size >= EXTRA_NAMES) break;
  }
  return [...names].slice(0, EXTRA_NAMES).map((text, i) => ({ text, entityId: `bench:${i}`, type: 'company', kind: 'canonical' }));
}

function report(label: string, where: string, t: MatcherTimes, entries: number, mb: number, spotMs?: number): string[] {
  const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(1);
  return [
    `${label}, ${where}: ${entries} surface forms, ${t.keys} keys, trie ${(t.bytes / 1024 / 1024).toFixed(1)} MiB`,
    `  compile              ${t.compileMs.toFixed(1)} ms (goal ≤ 50 ms)`,
    `  matcher              ${mbps(t.matchMs)} MB/s (goal ≥ 100 MB/s in Chromium)`,
    ...(spotMs
      ? [`  matcher + context    ${mbps(spotMs)} MB/s: the whole spotting stage per text block (context rules, introduced names)`]
      : []),
    `  RegExp alternation   ${mbps(t.reMs)} MB/s case-sensitive (first use ${t.reFirstUseMs.toFixed(0)} ms): matcher ${(t.reMs / t.matchMs).toFixed(1)}× (goal ≥ 10×)`,
    `  word-start scan      ${mbps(t.scanMs)} MB/s = ${(t.reMs / t.scanMs).toFixed(1)}× the RegExp: the floor, every character read once and no dictionary`,
    `  RegExp with i flag   ${mbps(t.reFoldMs)} MB/s, folding case as the matcher does: matcher ${(t.reFoldMs / t.matchMs).toFixed(0)}×`,
  ];
}

/**
 * What the background holds: the artefact of the built-in dictionary, how long reading it takes (a
 * cold service worker does it before its first answer), and the memory it takes once a text was
 * spotted with it (typed arrays on the file's buffer, and the entries decoded for the keys hit).
 */
function artefactFigures(text: string): string[] {
  // The build's own artefact (npm run bench generates it first), not a second compile of the dictionary.
  const bytes = readFileSync(resolve('lib/matcher/generated/matcher.bin'));
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: the first full collection may leave the compile's garbage to a second.
  gc?.();
  gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  // A copy made after the first reading, so the memory figure includes the bytes the background holds.
  const matcher = readArtefact(new Uint8Array(bytes));
  const readMs = performance.now() - t0;
  matcher.findAll(text.slice(0, 1_000_000), 'de');
  gc?.();
  gc?.();
  const after = process.memoryUsage();
  const used = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
  return [
    `matcher artefact (kb/matcher.bin.gz in the package, inflated): ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, read in ${readMs.toFixed(1)} ms`,
    `  memory after spotting 1 MB of text with it: ${(used / 1024 / 1024).toFixed(1)} MiB${gc ? '' : ' (without --expose-gc: approximate)'} (goal ≤ 40 MB)`,
  ];
}

export async function benchMatcher(): Promise<string[]> {
  const data = JSON.parse(readFileSync(resolve('lib/kb/generated/builtin.json'), 'utf8')) as BuiltinData;
  const builtin = buildDictionary(data.entities);
  const text = corpus();
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  // Lines are printed as they come: the large dictionary takes a while.
  console.log(`matcher over ${mb.toFixed(1)} MB of German news text (UTF-8)`);
  const extra = extraNames();
  const runs: Array<[string, DictionaryEntry[]]> = [['built-in dictionary', builtin]];
  if (extra.length) runs.push([`built-in + ${extra.length} FinanceDatabase names`, [...builtin, ...extra]]);
  else console.log('  (../shared/data is absent: the 50 000-name run is skipped)');
  for (const [label, entries] of runs) {
    const node = measureMatcher(Matcher, entries, text);
    const matcher = Matcher.compile(entries);
    const blocks = text.split('\n');
    const spotMs = median(
      [0, 1, 2].map(() => {
        const t0 = performance.now();
        spotBlocks(matcher, blocks, 'de');
        return performance.now() - t0;
      }),
    );
    console.log(report(label, `Node ${process.version}`, node, entries.length, mb, spotMs).join('\n'));
    const chromium = await runInChromium<MatcherTimes & { spotMs: number }>(resolve('scripts/bench/matcher-page.ts'), undefined, {
      text,
      entries,
    });
    console.log(report(label, 'Chromium', chromium, entries.length, mb, chromium.spotMs).join('\n'));
  }
  return artefactFigures(text);
}
