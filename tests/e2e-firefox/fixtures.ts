/**
 * Playwright Test fixtures for Firefox: each test starts Debian's Firefox ESR (puppeteer-core over
 * WebDriver BiDi, headless, a fresh profile) with the built Firefox extension installed as a
 * temporary add-on. Playwright cannot drive stock Firefox, so the runner is Playwright's and the
 * driver puppeteer's (../shared/notes/toolchain.md).
 *
 * Pages are served under their real URLs by request interception; every other request a page makes
 * is aborted and recorded (`blockedRequests`, which must stay empty after every test). Only tabs the
 * test opens are intercepted (a tab the extension opens itself, such as the card's Details, is not).
 * Extension pages are opened as tabs at moz-extension://FIXED_UUID/… (the UUID is fixed by a pref
 * before the add-on is installed).
 */
import { test as base, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';

export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const GECKO_ID = 'querverweis@querverweis.invalid';
/** The add-on's moz-extension:// host in every test (pref `extensions.webextensions.uuids`). */
export const FIXED_UUID = '5d1f1c1e-7a2b-4c3d-9e8f-0a1b2c3d4e5f';
export const EXTENSION_ORIGIN = `moz-extension://${FIXED_UUID}`;
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const VIEWPORT = { width: 1100, height: 800 };

export interface Firefox {
  browser: Browser;
  /** Requests that left a page unanswered by `serve`: must stay empty (checked after every test). */
  blockedRequests: string[];
  /** The text of the download saved as `filename`, once it is complete (the file is then removed). */
  downloaded(filename: string): Promise<string>;
  /** Serves `html` at `url` (fragment ignored) from now on; the newest wins. */
  serve(url: string, html: string): void;
  /** A new tab whose requests go through `serve` and the recorder. */
  newPage(): Promise<Page>;
  /** A new tab showing the extension page at `path` (e.g. `/popup.html?tab=3`). */
  extensionPage(path: string): Promise<Page>;
  /** The extension's tab id of `page` (as the popup's `?tab=` takes it). */
  tabId(page: Page): Promise<number>;
  /** Sends `message` to a tab's content script from an extension page, as the popup and background do. */
  sendToTab(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

export const test = base.extend<{ firefox: Firefox }>({
  firefox: async ({}, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build:firefox');
    const downloadDir = mkdtempSync(join(tmpdir(), 'qv-ff-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // FIREFOX_DUMPIO=1 prints Firefox's output, with the console of pages and content scripts.
      dumpio: Boolean(process.env.FIREFOX_DUMPIO),
      // Lets the driver open moz-extension:// pages in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
        // A German reader's browser (the UI strings come from browser.i18n; needs firefox-esr-l10n-de).
        'intl.locale.requested': 'de',
        // Downloads go straight to a folder the test reads.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        // permissions.request() is granted without a prompt, as if the reader said yes (headless shows none).
        'extensions.webextOptionalPermissionPrompts': false,
        // Firefox's own /favicon.ico request for each tab is the browser's, not the extension's.
        'browser.chrome.site_icons': false,
        ...(process.env.FIREFOX_DUMPIO ? { 'devtools.console.stdout.content': true } : {}),
      },
    });
    const routes = new Map<string, string>();
    const blockedRequests: string[] = [];
    const onRequest = (request: HTTPRequest) => {
      const url = request.url();
      const html = routes.get(url.split('#')[0]!);
      if (html !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      // The extension's own files (the card and editor frames) are not network.
      if (url.startsWith('moz-extension://') || url === 'about:blank') return void request.continue();
      blockedRequests.push(url);
      return void request.abort();
    };
    const newPage = async () => {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      await page.setRequestInterception(true);
      page.on('request', onRequest);
      return page;
    };
    let probe: Page | undefined;
    const extensionPage = async (path: string) => {
      const page = await newPage();
      // The navigation to a moz-extension:// page never reports its end over BiDi: do not await it.
      page.goto(`${EXTENSION_ORIGIN}${path}`).catch(() => undefined);
      await until(
        () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
        10_000,
        `${path} did not load`,
      );
      return page;
    };
    /**
     * An extension page kept open for calls into the extension's APIs (the background page is not
     * reachable over BiDi). The card's page: it does nothing until a content script talks to it.
     */
    const extension = async () => (probe ??= await extensionPage('/card.html'));
    const sendToTab = async (tabId: number, message: unknown, options: { frameId?: number } = {}) =>
      (await extension()).evaluate(
        (id, msg, opts) =>
          (
            globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }
          ).browser.tabs.sendMessage(id, msg, opts),
        tabId,
        message,
        options,
      );
    const tabId = async (page: Page) => {
      const ext = await extension();
      await page.bringToFront();
      // No "tabs" permission: other tabs' addresses are hidden, so the active tab is the one.
      const ids = await ext.evaluate(async () => {
        const tabs = await (
          globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }
        ).browser.tabs.query({ active: true });
        return tabs.filter((t) => !t.url?.startsWith('moz-extension:')).map((t) => t.id!);
      });
      if (ids.length !== 1) throw new Error(`expected one active page tab, found ${ids.length}`);
      return ids[0]!;
    };
    const downloaded = async (filename: string) => {
      const file = join(downloadDir, filename);
      // Firefox writes to a .part file and renames it when the download is complete.
      for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(file)) throw new Error(`no download ${filename} in ${readdirSync(downloadDir).join(', ') || 'an empty folder'}`);
      const text = readFileSync(file, 'utf8');
      rmSync(file);
      return text;
    };
    try {
      await browser.installExtension(EXTENSION_DIR);
      // Pages are marked before the first fill of the knowledge base ends; cards, popup and search
      // wait for it. Tests start on an installed extension, as a reader's second page does.
      const ext = await extension();
      await until(
        () =>
          ext.evaluate(async () => {
            const { browser: api } = globalThis as unknown as {
              browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { installing: boolean } }> } };
            };
            const reply = await api.runtime.sendMessage({ type: 'kb/status', payload: {} });
            return reply.ok && reply.value?.installing === false;
          }),
        60_000,
        'the built-in knowledge base was not installed within a minute',
      );
      await use({
        browser,
        blockedRequests,
        downloaded,
        serve: (url, html) => void routes.set(url.split('#')[0]!, html),
        newPage,
        extensionPage,
        tabId,
        sendToTab,
      });
    } finally {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    }
    // Every test is also a privacy check: nothing may have left the browser.
    expect(blockedRequests, 'requests that left the browser').toEqual([]);
  },
});

export { expect };

export function readTestPage(name: string): string {
  return readFileSync(resolve('tests/pages', name), 'utf8');
}

/**
 * Polls `read` until it gives a truthy value. An evaluation that fails counts as "not yet": over
 * BiDi, evaluating in a tab that is navigating (about:blank → moz-extension://) can throw, where
 * puppeteer's own waitForFunction gives up.
 */
export async function until<T>(read: () => Promise<T>, timeout = 5_000, what = 'timed out waiting'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The extension page framed into `page` whose address has `path` (BiDi reports such frames as about:blank: ask each frame). */
export async function extensionFrame(page: Page, path: string, timeout = 5_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/`) && new URL(href).pathname === path) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no extension frame ${path} in the page`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
