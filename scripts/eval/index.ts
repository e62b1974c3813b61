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
import { foldKey } from '../../lib/matcher/chars';
import { devCompanyMentions, devPages, EVAL_OWN, passagePages, sharedPages } from './pages';

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
  const dev = devPages().map((p) => scorePage(matcher, p, entities));
  const real = devPages(EVAL_OWN, 'own').map((p) => scorePage(matcher, p, entities));
  return { shared, own, dev, real, known: knownShare(data), knownReal: knownShare(data, devCompanyMentions(EVAL_OWN)) };
}

/**
 * Of the development set's company mentions, how many name a company this build's knowledge base
 * has: the gold entity is one of its ids, or the gold's name or the mention is one of its company
 * names. (The gold's own "inKb" flags are those of the day it was labelled.)
 */
export function knownShare(data: BuiltinData, mentions = devCompanyMentions()): { known: number; total: number; missing: string[] } {
  const ids = new Set(data.entities.map((e) => e.id));
  const names = new Set(
    data.entities.filter((e) => e.type === 'company').flatMap((e) => [e.label.de, e.label.en, ...e.names.map((n) => n.text)].map(foldKey)),
  );
  const missing = mentions
    .filter((m) => !ids.has(m.entity) && !names.has(foldKey(m.entity)) && !names.has(foldKey(m.text)))
    .map((m) => m.text);
  return { known: mentions.length - missing.length, total: mentions.length, missing };
}

function report(title: string, scores: PageScore[]): void {
  if (scores.length === 0) {
    console.log(`${title}: no pages (the folder is absent)\n`);
    return;
  }
  const t = totals(scores);
  console.log(`${title}: ${scores.length} pages, ${t.tp + t.fn} gold mentions`);
  console.log(
    `  precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  F1 ${t.f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
  );
  const groups = new Map<string, { tp: number; fn: number }>();
  for (const s of scores)
    for (const [name, g] of Object.entries(s.groups)) {
      const sum = groups.get(name) ?? { tp: 0, fn: 0 };
      groups.set(name, { tp: sum.tp + g.tp, fn: sum.fn + g.fn });
    }
  const companies = [...groups]
    .filter(([n]) => n.startsWith('company'))
    .reduce((a, [, g]) => ({ tp: a.tp + g.tp, fn: a.fn + g.fn }), { tp: 0, fn: 0 });
  if (companies.tp + companies.fn > 0) {
    const known = groups.get('company, in the KB') ?? { tp: 0, fn: 0 };
    console.log(
      `  company mentions the gold labelled as known to the KB: ${known.tp + known.fn} of ${companies.tp + companies.fn}; recall over all company mentions ${(companies.tp / (companies.tp + companies.fn)).toFixed(3)}`,
    );
  }
  for (const [name, g] of [...groups].sort())
    console.log(`  recall, ${name}: ${(g.tp / (g.tp + g.fn)).toFixed(3)} (${g.tp} of ${g.tp + g.fn})`);
  // The open class: companies the text introduced itself (ids "new:…", lib/matcher/introduced.ts), over
  // the gold's companies the KB lacks.
  const intro = scores.reduce((a, s) => ({ tp: a.tp + s.introduced.tp, fp: a.fp + s.introduced.fp }), { tp: 0, fp: 0 });
  const unknown = groups.get('company, not in the KB');
  if (intro.tp + intro.fp > 0 || unknown)
    console.log(
      `  introduced companies (new:…): precision ${(intro.tp + intro.fp ? intro.tp / (intro.tp + intro.fp) : 1).toFixed(3)} (${intro.tp} of ${intro.tp + intro.fp} marks)` +
        (unknown
          ? `, recall over companies not in the KB ${(intro.tp / (unknown.tp + unknown.fn)).toFixed(3)} (${intro.tp} of ${unknown.tp + unknown.fn})`
          : ''),
    );
  for (const s of scores) {
    for (const fp of s.falsePositives) console.log(`  FP ${s.id}: ${fp}`);
    for (const fn of s.falseNegatives) console.log(`  FN ${s.id}: ${fn}`);
  }
  console.log();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/eval/index.ts')) {
  const { shared, own, dev, real, known, knownReal } = runEval();
  report('Gold pages (../shared/fixtures)', shared);
  report('Own labelled passages (tests/eval/passages.ts)', own);
  report('Development set of real news (../shared/eval-dev)', dev);
  const say = (set: string, k: typeof known) => {
    if (!k.total) return;
    console.log(
      `${set}: company mentions whose company this build's knowledge base has: ${k.known} of ${k.total} (${(k.known / k.total).toFixed(3)}; goal ≥ 0.90)`,
    );
    console.log(`  not in it: ${[...new Set(k.missing)].join(', ')}\n`);
  };
  say('Development set', known);
  report('Own set of real news, labelled before rules were changed for it (../eval-own)', real);
  say('Own set', knownReal);
  report('All', [...shared, ...own, ...dev, ...real]);
}
