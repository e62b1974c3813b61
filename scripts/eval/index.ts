/**
 * `npm run eval`: precision, recall and F1 of spotting over the labelled pages, per page and in
 * total, with every false positive and negative listed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuiltinData } from '../../lib/kb/builtin';
import { buildDictionary } from '../../lib/kb/dictionary';
import { Matcher } from '../../lib/matcher/matcher';
import { scorePage, totals, type PageScore } from './evaluate';
import { passagePages, sharedPages } from './pages';

export function runEval() {
  const data = JSON.parse(readFileSync(resolve('lib/kb/generated/builtin.json'), 'utf8')) as BuiltinData;
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const matcher = Matcher.compile(buildDictionary(data.entities));
  const typeOf = (id: string) => {
    const t = entities.get(id)?.type;
    return t === 'company' || t === 'country' ? t : undefined;
  };
  const shared = sharedPages().map((p) => scorePage(matcher, p, entities));
  const own = passagePages(typeOf).map((p) => scorePage(matcher, p, entities));
  return { shared, own };
}

function report(title: string, scores: PageScore[]): void {
  if (scores.length === 0) {
    console.log(`${title}: no pages (../shared/fixtures is absent)\n`);
    return;
  }
  const t = totals(scores);
  console.log(`${title}: ${scores.length} pages, ${t.tp + t.fn} gold mentions`);
  console.log(`  precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  F1 ${t.f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  for (const s of scores) {
    for (const fp of s.falsePositives) console.log(`  FP ${s.id}: ${fp}`);
    for (const fn of s.falseNegatives) console.log(`  FN ${s.id}: ${fn}`);
  }
  console.log();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/eval/index.ts')) {
  const { shared, own } = runEval();
  report('Gold pages (../shared/fixtures)', shared);
  report('Own labelled passages (tests/eval/passages.ts)', own);
  report('All', [...shared, ...own]);
}
