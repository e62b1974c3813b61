/** `npm run bench -- kb`: the knowledge-base numbers of issue 3, measured in Chromium. */
import { resolve } from 'node:path';
import { runInChromium } from './browser';
import { median, percentile } from './stats';

interface KbResult {
  entities: number;
  facts: number;
  parseMs: number;
  fillMs: number;
  rawMs: number;
  readAllMs: number;
  indexMs: number;
  coldMs: number;
  times: number[];
  naive: number[];
  bytes: number;
  cards: { cold: number[]; warm: number[] };
  update: { upgradeMs: number; fillMs: number };
}

export async function benchKb(): Promise<string[]> {
  const r = await runInChromium<KbResult>(resolve('scripts/bench/kb-page.ts'));
  const med = median(r.times);
  return [
    `knowledge base (${r.entities} entities, ${r.facts} facts), Chromium IndexedDB`,
    `  first-install fill      ${(r.parseMs + r.fillMs).toFixed(0)} ms   (goal ≤ 3000 ms): parsing the shipped file ${r.parseMs.toFixed(0)} ms, writing it packed ${r.fillMs.toFixed(0)} ms`,
    `                          (a bare IndexedDB write of one row per record: ${r.rawMs.toFixed(0)} ms)`,
    `  update from version 2   ${(r.update.upgradeMs + r.update.fillMs).toFixed(0)} ms once: the upgrade deleting the ${r.entities + r.facts} rows of one record each ${r.update.upgradeMs.toFixed(0)} ms, the packed fill ${r.update.fillMs.toFixed(0)} ms`,
    `  database size           ${(r.bytes / 1024 / 1024).toFixed(1)} MiB (navigator.storage.estimate)`,
    `  search index build      reading every entity ${r.readAllMs.toFixed(0)} ms, the index ${r.indexMs.toFixed(1)} ms, then the first query ${r.coldMs.toFixed(1)} ms (code not yet optimised by the engine)`,
    `  search latency          median ${med.toFixed(3)} ms, p95 ${percentile(r.times, 95).toFixed(3)} ms, max ${Math.max(...r.times).toFixed(3)} ms over ${r.times.length} warm queries (goal ≤ 5 ms)`,
    `  hover card data         median ${median(r.cards.cold).toFixed(1)} ms, p95 ${percentile(r.cards.cold, 95).toFixed(1)} ms with nothing cached; warm median ${median(r.cards.warm).toFixed(1)} ms (goal ≤ 30 ms)`,
    `  naive substring scan    median ${median(r.naive).toFixed(3)} ms (ratio search/naive ${(med / median(r.naive)).toFixed(2)}×, the naive scan has no ranking or typo tolerance)`,
  ];
}
