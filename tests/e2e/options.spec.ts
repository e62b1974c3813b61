import type { Page } from '@playwright/test';
import { expect, readTestPage, test } from './fixtures';
import { highlightButton, highlights, selectText } from './pages/highlights';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

/** Mutes a name through the message API, as the hover card's "Don't mark this name anywhere" does. */
const muteEverywhere = (extensionPage: Page, name: string) =>
  extensionPage.evaluate(async (n) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    await chrome.runtime.sendMessage({ type: 'kb/mute', payload: { name: n, site: '*' } });
  }, name);

test('the options page switches a site off and lists muted names to mark again', async ({ context, serve, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await muteEverywhere(options, 'Toyota');
  await options.reload();
  // Chromium lists the 24 default sites among the granted origins; they are not "your sites".
  await expect(options.getByText('Noch keine eigenen Websites.')).toBeVisible();
  await expect(options.locator('.qv-mutes')).toContainText('Toyota');
  await options.getByRole('button', { name: 'Wieder markieren Toyota' }).click();
  await expect(options.getByText('Keine stummgeschalteten Namen.')).toBeVisible();

  await options.getByLabel('handelsblatt.com').uncheck();
  await serve(URL, readTestPage('handelsblatt-chips.html'));
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(1500);
  await expect(new NewsPage(page).marks()).toHaveCount(0);
  await options.getByLabel('handelsblatt.com').check();
  await expect(new NewsPage(page).mark('Q53268')).toHaveCount(1);
});

test('entity types, look and hover delay apply to an open page at once', async ({ context, serve, extensionId }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await expect(news.page.locator('[data-entity-type="country"]').first()).toBeAttached();
  const companies = await news.page.locator('[data-entity-type="company"]').count();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Länder', { exact: true }).uncheck();
  await expect(news.page.locator('[data-entity-type="country"]')).toHaveCount(0);
  // Companies stay, and no country name took their place ("Deutsche" inside a company name).
  await expect(news.page.locator('[data-entity-type="company"]')).toHaveCount(companies);

  await options.getByLabel('Getönter Hintergrund').check();
  const mark = news.mark('Q53268').first();
  await expect.poll(() => mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(59, 130, 246, 0.16)');
  await expect.poll(() => mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');

  await options.getByLabel('Infokarte öffnet nach (Millisekunden)').fill('1500');
  await options.getByLabel('Infokarte öffnet nach (Millisekunden)').blur();
  await news.page.bringToFront();
  await mark.hover();
  await news.page.waitForTimeout(700);
  await expect(news.hoverCard()).toBeHidden();
  await expect(news.hoverCard()).toBeVisible({ timeout: 3000 });

  await options.getByLabel('Länder', { exact: true }).check();
  await expect(news.page.locator('[data-entity-type="country"]').first()).toBeAttached();
});

test('backup → delete all → restore brings back highlights, muted names and settings', async ({ context, serve, extensionId }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await selectText(news.page, 'Toyota und Panasonic arbeiten an Batterien');
  await highlightButton(news.page).click();
  await expect(highlights(news.page)).toHaveCount(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await muteEverywhere(options, 'Toyota');
  await options.reload();
  await options.getByLabel('Durchgehend unterstrichen').check();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Alles sichern' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^querverweis-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupFile = (await download.path())!;

  await options.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
  await options.getByRole('button', { name: 'Ja, alle meine Daten löschen' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'gelöscht' })).toHaveText('Alle Ihre Daten wurden gelöscht.');
  await expect(options.getByText('Keine stummgeschalteten Namen.')).toBeVisible();
  await expect(options.getByLabel('Gepunktet unterstrichen')).toBeChecked();
  await news.page.reload();
  await news.waitForMarks();
  await expect(highlights(news.page)).toHaveCount(0);

  await options.getByLabel('Sicherung wiederherstellen').setInputFiles(backupFile);
  await expect(options.getByRole('status').filter({ hasText: 'wiederhergestellt' })).toContainText('1 Markierungen, 1 stummgeschaltete Namen');
  await expect(options.locator('.qv-mutes')).toContainText('Toyota');
  await expect(options.getByLabel('Durchgehend unterstrichen')).toBeChecked();
  await news.page.reload();
  await news.waitForMarks();
  await expect(highlights(news.page)).toHaveText(['Toyota und Panasonic arbeiten an Batterien']);
  // The muted name is not marked again.
  await expect(news.page.locator('[data-entity-id]', { hasText: /^Toyota$/ })).toHaveCount(0);
});
