/**
 * Playwright fixtures: a Chromium with the built extension loaded, its service worker and id, and
 * routing that serves test pages under their real URLs. Every other request is aborted and
 * recorded, so a test can assert that the extension sends nothing.
 */
import { test as base, chromium, expect, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SHARED_FIXTURES = resolve('../shared/fixtures');
export const hasSharedFixtures = existsSync(join(SHARED_FIXTURES, 'pages'));

const BUILTIN_VERSION = (JSON.parse(readFileSync(resolve('lib/kb/generated/builtin-version.json'), 'utf8')) as { version: string }).version;

/** In the service worker: the version of the built-in data in its database (lib/kb/builtin.ts), if any. */
const installedVersion = async () => {
  // Opening a database that does not exist yet would create it, under the extension's feet.
  if (!(await indexedDB.databases()).some((d) => d.name === 'querverweis')) return undefined;
  return new Promise<string | undefined>((done) => {
    const open = indexedDB.open('querverweis');
    open.onerror = () => done(undefined);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('meta')) return (db.close(), done(undefined));
      const get = db.transaction('meta').objectStore('meta').get('builtinVersion');
      get.onsuccess = () => (db.close(), done((get.result as { value?: string } | undefined)?.value));
      get.onerror = () => (db.close(), done(undefined));
    };
  });
};

/** The extension's service worker in `context`, once it runs. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const ours = (w: Worker) => w.url().endsWith('/background.js');
  return context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
}

interface Fixtures {
  /** Other unpacked extensions to load beside Querverweis (security tests). */
  extraExtensions: string[];
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  /** Serves `html` at `url` (and nothing else under it). */
  serve(url: string, html: string): Promise<void>;
  /** Requests that left the browser unanswered by `serve`: must stay empty. */
  blockedRequests: string[];
  /** The id of the active tab (the page opened last), as the popup's `?tab=` takes it. */
  activeTabId(): Promise<number | undefined>;
}

export const test = base.extend<Fixtures>({
  blockedRequests: async ({}, use) => {
    await use([]);
  },
  extraExtensions: [[], { option: true }],
  context: async ({ blockedRequests, extraExtensions }, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
    const userDataDir = mkdtempSync(join(tmpdir(), 'qv-e2e-'));
    const extensions = [EXTENSION_DIR, ...extraExtensions].join(',');
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      locale: 'de-DE',
      viewport: { width: 1100, height: 800 },
      args: [`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`, ...CHROMIUM_ARGS, '--lang=de-DE'],
      // On Linux the extension message catalogue follows LANGUAGE, not --lang: a German reader's browser.
      env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    });
    // Registered first, so it has the lowest priority: anything not served by a test is blocked.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      // The extension's own files (the content script loads its CSS this way) are not network.
      if (url.startsWith('chrome-extension://')) return route.continue();
      blockedRequests.push(url);
      return route.abort();
    });
    // Pages are marked before the first fill of the knowledge base ends; cards, popup and search
    // wait for it. Every test starts on an installed extension, as a reader's second page does.
    const sw = await extensionWorker(context);
    await expect.poll(() => sw.evaluate(installedVersion), { timeout: 30_000 }).toBe(BUILTIN_VERSION);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    const sw = await extensionWorker(context);
    await use(sw);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  activeTabId: async ({ background }, use) => {
    // No "tabs" permission: the active tab is the only one the service worker can pick without a URL.
    await use(() =>
      background.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
        return (await chrome.tabs.query({ active: true }))[0]?.id;
      }),
    );
  },
  serve: async ({ context }, use) => {
    await use(async (url, html) => {
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    });
  },
});

export { expect };

export function readTestPage(name: string): string {
  return readFileSync(resolve('tests/pages', name), 'utf8');
}
