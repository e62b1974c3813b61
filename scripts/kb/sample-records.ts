/**
 * Draws a reproducible random sample of lines from the hand-written company records
 * (`data/companies/*.jsonl`), for spot checks against public sources (docs/kb-sample-check.md).
 *
 *   npx tsx scripts/kb/sample-records.ts --seed 21 --n 100 [--json]
 *
 * Every line of every file is a candidate (nothing is excluded). The files are read in name order,
 * the lines in file order; a seeded PRNG (mulberry32) drives a partial Fisher–Yates shuffle, and the
 * drawn lines are printed in draw order as `file:line<TAB>record` (with --json one JSON object a line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value ?? fallback;
}

const seed = Number(arg('seed', '21'));
const n = Number(arg('n', '100'));
const asJson = process.argv.includes('--json');
if (!Number.isInteger(seed) || !Number.isInteger(n) || n < 1) throw new Error('--seed and --n take integers');

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../data/companies');
const lines: { where: string; text: string }[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const rel = relative(process.cwd(), join(dir, file));
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .forEach((text, i, all) => {
      if (i === all.length - 1 && text === '') return; // the final newline ends the last line
      lines.push({ where: `${rel}:${i + 1}`, text });
    });
}

const rand = mulberry32(seed);
const idx = lines.map((_, i) => i);
const take = Math.min(n, idx.length);
for (let i = 0; i < take; i++) {
  const j = i + Math.floor(rand() * (idx.length - i));
  [idx[i], idx[j]] = [idx[j]!, idx[i]!];
}

console.error(`${lines.length} lines, seed ${seed}, ${take} drawn`);
for (const i of idx.slice(0, take)) {
  const { where, text } = lines[i]!;
  console.log(asJson ? JSON.stringify({ where, record: JSON.parse(text) }) : `${where}\t${text}`);
}
