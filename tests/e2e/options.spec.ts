import type { Page } from '@playwright/test';
import { expect, readTestPage, test } from './fixtures';
import { highlightButton, highlightTexts, selectText } from './pages/highlights';
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
  expect(await new NewsPage(page).markCount()).toBe(0);
  await options.getByLabel('handelsblatt.com').check();
  await expect.poll(() => new NewsPage(page).markTexts()).toContain('Toyota');
});

test('entity types, look and hover delay apply to an open page at once', async ({ context, serve, extensionId }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const ofType = async (type: string) => (await news.markList()).filter(([, t]) => t === type).length;
  expect(await ofType('country')).toBeGreaterThan(0);
  const companies = await ofType('company');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Länder', { exact: true }).uncheck();
  await expect.poll(() => ofType('country')).toBe(0);
  // Companies stay, and no country name took their place ("Deutsche" inside a company name).
  await expect.poll(() => ofType('company')).toBe(companies);

  // The look is the ::highlight() rule of the extension's one adopted stylesheet.
  const companyRule = () =>
    news.page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
        .find((t) => t.includes('::highlight(querverweis-company)')),
    );
  expect(await companyRule()).toContain('dotted');
  await options.getByLabel('Getönter Hintergrund').check();
  await expect.poll(companyRule).toContain('background-color: rgba(59, 130, 246, 0.18)');
  expect(await companyRule()).not.toContain('underline');

  await options.getByLabel('Infokarte öffnet nach (Millisekunden)').fill('1500');
  await options.getByLabel('Infokarte öffnet nach (Millisekunden)').blur();
  await news.page.bringToFront();
  await news.hover('Toyota');
  await news.page.waitForTimeout(700);
  await expect(await news.hoverCard()).toBeHidden();
  await expect(await news.hoverCard()).toBeVisible({ timeout: 3000 });

  await options.getByLabel('Länder', { exact: true }).check();
  await expect.poll(() => ofType('country')).toBeGreaterThan(0);
});

test('backup → delete all → restore brings back highlights, muted names and settings', async ({ context, serve, extensionId }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await selectText(news.page, 'Toyota und Panasonic arbeiten an Batterien');
  await highlightButton(news.page).click();
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(1);

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
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(0);

  await options.getByLabel('Sicherung wiederherstellen').setInputFiles(backupFile);
  await expect(options.getByRole('status').filter({ hasText: 'wiederhergestellt' })).toContainText(
    '1 Markierungen, 1 stummgeschaltete Namen',
  );
  await expect(options.locator('.qv-mutes')).toContainText('Toyota');
  await expect(options.getByLabel('Durchgehend unterstrichen')).toBeChecked();
  await news.page.reload();
  await news.waitForMarks();
  await expect.poll(() => highlightTexts(news.page)).toEqual(['Toyota und Panasonic arbeiten an Batterien']);
  // The muted name is not marked again.
  await expect(news.page.locator('[data-entity-id]', { hasText: /^Toyota$/ })).toHaveCount(0);
});
