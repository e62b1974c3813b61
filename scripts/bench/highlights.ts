/**
 * Export of 10 000 highlights (goal: ≤ 1 s per format), from the database to the finished file,
 * against a bare JSON.stringify of the same records as the baseline. Node, with fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { exportHighlights } from '../../lib/highlights/export';
import type { Highlight } from '../../lib/highlights/model';
import { parseHighlightFile } from '../../lib/highlights/import';
import { AppDB } from '../../lib/db';
import { sampleHighlight } from '../../tests/lib/highlights/sample';
import { median } from './stats';
import { sized } from './size';

const N = sized(10_000, 200);
const RUNS = sized(5, 1);

/** The tests' sample highlight, varied as a reader's collection is: 400 pages, some notes and tags. */
function make(i: number): Highlight {
  return sampleHighlight({
    url: `https://www.handelsblatt.com/artikel/${i % 400}.html`,
    title: `Artikel ${i % 400}`,
    note: i % 3 ? '' : `Notiz ${i}: wichtig für den Ausblick.`,
    tags: i % 2 ? ['Chips', 'Japan'] : [],
    entityIds: ['Q17', 'Q2283'],
  });
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchHighlights(): Promise<string[]> {
  const db = new AppDB(`bench-highlights-${Date.now()}`);
  await db.highlights.bulkAdd(Array.from({ length: N }, (_, i) => make(i)));
  const lines = [`highlights: export of ${N.toLocaleString('en')} highlights, database to file (Node, fake-indexeddb), median of ${RUNS}`];
  const baseline: number[] = [];
  for (let r = 0; r < RUNS; r++) baseline.push(await time(async () => JSON.stringify(await db.highlights.toArray())));
  const base = median(baseline);
  lines.push(`  baseline (read all + JSON.stringify): ${base.toFixed(0)} ms`);
  let json = '';
  for (const format of ['json', 'markdown', 'csv'] as const) {
    const runs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(
        await time(async () => {
          const file = await exportHighlights(db, format, {}, 'de');
          if (format === 'json') json = file.text;
        }),
      );
    }
    const m = median(runs);
    lines.push(
      `  ${format.padEnd(8)} ${m.toFixed(0).padStart(5)} ms  (${(m / base).toFixed(2)}× baseline; goal ≤ 1000 ms: ${m <= 1000 ? 'met' : 'NOT met'})`,
    );
  }
  const parse = await time(async () => parseHighlightFile(json));
  lines.push(`  import parse+check of that JSON (${(json.length / 1e6).toFixed(1)} MB): ${parse.toFixed(0)} ms`);
  db.close();
  await AppDB.delete(db.name);
  return lines;
}
