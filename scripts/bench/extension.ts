/**
 * A Chromium session with the built extension for the benchmarks: a news page served under a real
 * URL (everything else but the extension's own files aborted), already marked by the extension.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium';

const EXTENSION = resolve('.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The news page, open and marked. */
  page: Page;
}

/** The id of the active tab, as the background sees it. */
export function activeTabId(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    return (await chrome.tabs.query({ active: true }))[0]?.id;
  });
}

/** Runs `fn` in the session; undefined when the extension is not built. */
export async function withExtension<T>(pageUrl: string, fn: (s: ExtensionSession) => Promise<T>): Promise<T | undefined> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'qv-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...CHROMIUM_ARGS],
  });
  try {
    const html = readFileSync(resolve('tests/pages/handelsblatt-chips.html'), 'utf8');
    // The extension's own files are not routed: each routed request is a round trip to this
    // process, which a reader's browser never makes (it added some 50 ms to opening the popup).
    await context.route(
      (url) => url.protocol !== 'chrome-extension:',
      (route) =>
        route.request().url() === pageUrl ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
    );
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => ((CSS.highlights.get('querverweis-company') as Set<Range> | undefined)?.size ?? 0) > 0);
    return await fn({ context, worker, extensionId, page });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
