/**
 * The benchmarks are not timed here (figures are for `npm run bench`, never assertions); this only
 * checks that every section still runs to its end, at a small size, against the built extension.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('every benchmark section runs (BENCH_QUICK)', () => {
  test.setTimeout(420_000);
  const run = spawnSync('npx', ['tsx', 'scripts/bench/index.ts'], {
    env: { ...process.env, BENCH_QUICK: '1' },
    encoding: 'utf8',
    timeout: 400_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(0);
  for (const heading of [
    'matcher over',
    'annotating a',
    'hover card, built extension',
    'popup with',
    'knowledge base (',
    'highlights: export',
  ]) {
    expect(output, heading).toContain(heading);
  }
  expect(output).not.toContain('build the extension first');
});
