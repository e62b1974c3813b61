import { defineConfig } from '@playwright/test';

// Each test starts its own browser with the built extension: Chromium through Playwright
// (tests/e2e/fixtures.ts), Firefox ESR through puppeteer-core over WebDriver BiDi
// (tests/e2e-firefox/fixtures.ts). One worker: the machines here have two cores and a browser uses both.
export default defineConfig({
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'off' },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/e2e-firefox' },
  ],
});
