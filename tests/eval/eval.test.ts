/**
 * The spotting quality bar, over the same pages as `npm run eval`: all of the gold mentions of
 * the shared fixture pages, and precision ≥ 0.98, recall ≥ 0.95 on our labelled passages.
 */
import { describe, expect, it } from 'vitest';
import { totals } from '../../scripts/eval/evaluate';
import { runEval } from '../../scripts/eval/index';
import { devPages, sharedPages } from '../../scripts/eval/pages';
import { PASSAGES } from './passages';

const { shared, own, dev, known } = runEval();

/** Found / all of one gold group over the pages. */
const recallOf = (group: string) => {
  const sum = dev.reduce((a, s) => ({ tp: a.tp + (s.groups[group]?.tp ?? 0), fn: a.fn + (s.groups[group]?.fn ?? 0) }), { tp: 0, fn: 0 });
  return sum.tp / (sum.tp + sum.fn);
};

describe('spotting evaluation', () => {
  it('has at least 25 labelled passages in German and English', () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(25);
    expect(PASSAGES.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(sharedPages().length === 0)('finds every gold mention of the shared fixture pages and nothing else', () => {
    const t = totals(shared);
    expect(shared.flatMap((s) => [...s.falsePositives, ...s.falseNegatives])).toEqual([]);
    expect(t.recall).toBe(1);
    expect(t.precision).toBe(1);
  });

  it('reaches precision ≥ 0.98 and recall ≥ 0.95 on our passages', () => {
    const t = totals(own);
    expect(t.precision, own.flatMap((s) => s.falsePositives).join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(t.recall, own.flatMap((s) => s.falseNegatives).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  // Real news nobody here wrote (../shared/eval-dev): a floor under today's score, so that a change
  // that loses ground on real text fails here. The goals (precision 0.97, recall 0.95 over all
  // company mentions) are higher; npm run eval prints where it stands.
  it.skipIf(devPages().length === 0)('keeps its score on the development set of real news', () => {
    const t = totals(dev);
    expect(t.precision, dev.flatMap((s) => s.falsePositives).join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(recallOf('country')).toBeGreaterThanOrEqual(0.99);
    expect(recallOf('company, in the KB')).toBeGreaterThanOrEqual(0.93);
    // Companies the text introduces itself (lib/matcher/introduced.ts), and those the KB gained since
    // the gold was labelled.
    expect(recallOf('company, not in the KB')).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(devPages().length === 0)('knows the companies the development set names (issue 21: ≥ 90 %)', () => {
    expect(known.known / known.total, known.missing.join(', ')).toBeGreaterThanOrEqual(0.9);
  });
});
