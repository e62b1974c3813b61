import { defineConfig } from '@playwright/test';

// Each test starts its own Chromium with the built extension (tests/e2e/fixtures.ts). One worker:
// the machines here have two cores and Chromium uses both.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'off' },
});
