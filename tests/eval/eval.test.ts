/**
 * The spotting quality bar, over the same pages as `npm run eval`: all of the gold mentions of
 * the shared fixture pages, and precision ≥ 0.98, recall ≥ 0.95 on our labelled passages.
 */
import { describe, expect, it } from 'vitest';
import { totals } from '../../scripts/eval/evaluate';
import { runEval } from '../../scripts/eval/index';
import { sharedPages } from '../../scripts/eval/pages';
import { PASSAGES } from './passages';

const { shared, own } = runEval();

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
});
