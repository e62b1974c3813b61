import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

test("the popup lists this page's entities and searches the knowledge base", async ({ context, serve, extensionId, activeTabId }) => {
  await serve(URL, readTestPage('handelsblatt-chips.html'));
  const page = await context.newPage();
  await page.goto(URL);
  await new NewsPage(page).waitForMarks();
  const tabId = await activeTabId();
  expect(tabId).toBeGreaterThan(0);

  const popup = await Popup.open(context, extensionId, tabId);
  await expect(popup.search()).toBeFocused();
  await expect(popup.pageEntity('Q17')).toContainText('Japan');
  await expect(popup.pageEntity('Q53247')).toContainText('Panasonic');
  await expect(popup.page.locator('.qv-connections')).toContainText('Microsoft → investiert in → Japan');
  await expect(popup.page.locator('.qv-connections')).toContainText('Panasonic → beliefert → Tesla');

  await popup.search().fill('Turkei');
  await expect(popup.results().first()).toContainText('Türkei');
  await popup.results().first().click();
  await expect(popup.page.locator('h1')).toContainText('Türkei');
  await expect(popup.page.locator('.qv-facts')).toContainText('Ankara');
});

test('switching a site off in the popup removes every mark and restores the page; on brings them back', async ({
  context,
  serve,
  extensionId,
  activeTabId,
}) => {
  const html = readTestPage('handelsblatt-chips.html');
  const news = await NewsPage.open(context, serve, URL, html);
  const tabId = await activeTabId();
  const popup = await Popup.open(context, extensionId, tabId);
  const toggle = popup.page.getByLabel('Auf dieser Website markieren');
  await expect(toggle).toBeChecked();

  await toggle.uncheck();
  await expect.poll(() => news.markCount()).toBe(0);
  // The page is exactly as served: no host, no registry entry, no stylesheet of the extension's left.
  const original = await news.page.evaluate(
    (source) => new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML,
    html,
  );
  await expect.poll(() => news.page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
  expect(await news.page.evaluate(() => ({ highlights: [...CSS.highlights.keys()], sheets: document.adoptedStyleSheets.length }))).toEqual({
    highlights: [],
    sheets: 0,
  });
  // Clicking where a mark was opens nothing.
  await news.page.mouse.move(100, 100);
  await news.page.waitForTimeout(400);
  expect(news.page.frames().filter((f) => f.url().startsWith('chrome-extension://'))).toEqual([]);

  await toggle.check();
  await expect.poll(() => news.markTexts()).toContain('Japan');
});

test('the popup shows where the reader met an entity', async ({ context, serve, extensionId, activeTabId }) => {
  await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const tabId = await activeTabId();
  // The page's entities are recorded a moment after the marks settle.
  await new Promise((r) => setTimeout(r, 1500));
  const popup = await Popup.open(context, extensionId, tabId);
  await popup.pageEntity('Q53247').getByRole('button').click();
  await expect(popup.page.locator('.qv-seen')).toContainText('Chipindustrie: Japans Aufholjagd mit amerikanischer Hilfe');
  await expect(popup.page.locator('.qv-seen')).toContainText('handelsblatt.com');
  await expect(popup.page.locator('.qv-together')).toContainText('Tesla');
});

test('choosing an entity of the page scrolls the tab to its first mention and flashes it', async ({
  context,
  serve,
  extensionId,
  activeTabId,
}) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const tabId = await activeTabId();
  const popup = await Popup.open(context, extensionId, tabId);
  await popup.pageEntity('Q478214').getByRole('button').click();
  await expect
    .poll(() =>
      news.page.evaluate(() => [...((CSS.highlights.get('querverweis-flash') as Set<Range> | undefined) ?? [])].map((r) => r.toString())),
    )
    .toEqual(['Tesla']);
  await expect(popup.page.locator('h1')).toContainText('Tesla');
});

test('a fact the reader adds in the details is kept', async ({ context, extensionId }) => {
  const first = await Popup.open(context, extensionId);
  await first.page.goto(`chrome-extension://${extensionId}/popup.html?entity=Q17`);
  await expect(first.page.locator('h1')).toContainText('Japan');
  await first.page.getByLabel('Eigenschaft').fill('notiz');
  await first.page.getByLabel('Wert').fill('Wichtiger Absatzmarkt');
  await first.page.getByRole('button', { name: 'Fakt hinzufügen' }).click();
  await expect(first.page.locator('.qv-own')).toContainText('notiz: Wichtiger Absatzmarkt');
  await first.page.reload();
  await expect(first.page.locator('.qv-own')).toContainText('notiz: Wichtiger Absatzmarkt');
});

test('the side panel shows the same view for the article beside it', async ({ context, serve, extensionId, activeTabId }) => {
  await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const tabId = await activeTabId();
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('[data-page-entity="Q17"]')).toContainText('Japan');
  await expect(panel.locator('input[type="search"]')).toBeVisible();
});

test("the popup follows the system's dark mode", async ({ context, extensionId }) => {
  const popup = await Popup.open(context, extensionId);
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  const dark = await popup.page.evaluate(() => getComputedStyle(document.body).color);
  await popup.page.emulateMedia({ colorScheme: 'light' });
  const light = await popup.page.evaluate(() => getComputedStyle(document.body).color);
  // Text is light on dark and dark on light: the sum of the RGB channels tells which.
  const brightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((a, c) => a + Number(c), 0);
  expect(brightness(dark)).toBeGreaterThan(600);
  expect(brightness(light)).toBeLessThan(150);
});

test('relations in the details carry their source and date, in both directions', async ({ context, extensionId }) => {
  const popup = await Popup.open(context, extensionId);
  await popup.page.goto(`chrome-extension://${extensionId}/popup.html?entity=Q17`);
  // Incoming: Microsoft's investment in Japan, with the date it held and the page that says so.
  await expect(popup.page.locator('.qv-relations')).toContainText('Investition von Microsoft');
  await expect(popup.page.locator('.qv-relations')).toContainText('Stand 10. Apr. 2024');
  await expect(popup.page.locator('.qv-relations').getByRole('link', { name: 'naija247news.com' })).toHaveAttribute('href', /^https:\/\//);
  // The most telling first: stakes and investments before the hundreds of companies based in Japan, which fold away.
  const items = await popup.page.locator('.qv-relations > li').allTextContents();
  expect(items.findIndex((t) => t.startsWith('Investition von'))).toBeLessThan(items.findIndex((t) => t.startsWith('Sitz von')));
  await expect(popup.page.locator('.qv-relations__more summary')).toContainText('Beziehungen');
  await popup.page.getByRole('button', { name: 'Microsoft' }).click();
  await expect(popup.page.locator('h1')).toContainText('Microsoft');
  await expect(popup.page.locator('[data-details-entity]')).toContainText('investiert in Japan');
  await popup.page.getByRole('button', { name: /Zurück/ }).click();
  await expect(popup.page.locator('h1')).toContainText('Japan');
});
