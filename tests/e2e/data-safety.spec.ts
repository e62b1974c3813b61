/**
 * Data safety in the real browser: a write the storage refuses, and a service worker stopped in the
 * middle of a large import. In both the reader is told, and what was saved before stays intact.
 */
import type { Page, Worker } from '@playwright/test';
import { toAnnotationCollection } from '../../lib/highlights/web-annotation';
import { sampleHighlight } from '../lib/highlights/sample';
import { expect, readTestPage, test } from './fixtures';
import { highlightButton, highlightTexts, selectText } from './pages/highlights';
import { NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

/** Highlights in the extension's database, read directly from an extension page. */
const storedHighlights = (extensionPage: Page) =>
  extensionPage.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('querverweis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('highlights').objectStore('highlights').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );

/**
 * Makes every IndexedDB write in the service worker fail as a full disk does. Chromium does not
 * enforce a quota on extension origins (a CDP quota override of 1 000 bytes still let a 20 MB
 * write through there, while a web origin's write aborted), so the refusal is injected; everything
 * between the store and the reader's message is the real code.
 */
const fillStorage = (background: Worker, full: boolean) =>
  background.evaluate((on) => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { __put?: IDBObjectStore['put']; __add?: IDBObjectStore['add'] };
    proto.__put ??= proto.put;
    proto.__add ??= proto.add;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    proto.put = on ? refuse : proto.__put;
    proto.add = on ? refuse : proto.__add;
  }, full);

test('when the storage is full, a new highlight is refused with a clear message and nothing is lost', async ({
  context,
  serve,
  background,
  extensionId,
}) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await selectText(news.page, 'Toyota und Panasonic arbeiten an Batterien');
  await highlightButton(news.page).click();
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(1);
  await news.page.keyboard.press('Escape');

  await fillStorage(background, true);
  await selectText(news.page, 'die japanische Regierung zahlt Milliarden');
  await highlightButton(news.page).click();
  const alert = news.page.locator('querverweis-highlighter [role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nicht gespeichert: Der Browser hat keinen Speicherplatz mehr für Querverweis.');
  // Not painted as if saved; the selection is still there to try again.
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(1);
  expect(await news.page.evaluate(() => document.getSelection()?.toString())).toBe('die japanische Regierung zahlt Milliarden');

  await alert.getByRole('button', { name: 'Schließen' }).click();
  await expect(alert).toBeHidden();

  await fillStorage(background, false);
  await expect(highlightButton(news.page)).toBeVisible();
  await highlightButton(news.page).click();
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(2);
  await news.page.reload();
  await news.waitForMarks();
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(2);
  const popup = await Popup.open(context, extensionId);
  expect(await storedHighlights(popup.page)).toBe(2);
});

test('a service worker stopped in the middle of a large import loses nothing and leaves no half import', async ({
  context,
  extensionId,
}) => {
  const popup = await Popup.open(context, extensionId);
  const input = popup.page.getByLabel(/Markierungen importieren/);
  const file = (n: number) => ({
    name: 'highlights.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(
      toAnnotationCollection(
        Array.from({ length: n }, () => sampleHighlight()),
        'Test',
        'all',
      ),
    ),
  });

  await input.setInputFiles(file(3));
  await expect(popup.page.getByRole('status').filter({ hasText: 'hinzugefügt' })).toHaveText(
    '3 hinzugefügt, 0 aktualisiert, 0 unverändert, 0 übersprungen.',
  );

  const big = file(8000);
  const cdp = await context.newCDPSession(popup.page);
  await cdp.send('ServiceWorker.enable');
  const started = Date.now();
  await input.setInputFiles(big);
  // Stopped while the background parses, checks and writes the 8 000 records (about 1 s here).
  await popup.page.waitForTimeout(300);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const outcome = popup.page.getByRole('alert').or(popup.page.getByRole('status').filter({ hasText: 'hinzugefügt' }));
  await expect(outcome).toBeVisible({ timeout: 20_000 });
  const interrupted = (await outcome.getAttribute('role')) === 'alert';
  test.info().annotations.push({
    type: 'outcome',
    description: interrupted ? `stopped mid-import after ${Date.now() - started} ms` : 'the import finished before the stop',
  });
  // All or nothing: the three from before, and either none or all of the new ones.
  const stored = await storedHighlights(popup.page);
  if (interrupted) {
    await expect(outcome).toContainText('Querverweis hat nicht geantwortet');
    expect(stored).toBe(3);
  } else {
    expect(stored).toBe(8003);
  }

  // Trying again works with the restarted worker.
  await input.setInputFiles(big);
  await expect(popup.page.getByRole('status').filter({ hasText: 'hinzugefügt' })).toContainText(
    interrupted ? '8000 hinzugefügt' : '0 hinzugefügt, 0 aktualisiert, 8000 unverändert',
    { timeout: 20_000 },
  );
  expect(await storedHighlights(popup.page)).toBe(8003);
});
