import { expect, readTestPage, test } from './fixtures';
import { byName, FirefoxNews, textOf } from './pages';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

// The regression of issue #18: in Firefox the content script threw on `[...searchParams.keys()]`
// before it could answer, and the popup said "Querverweis läuft auf dieser Seite nicht."
test("the popup lists this page's entities and their connections, and searches the knowledge base", async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  const popup = await firefox.extensionPage(`/popup.html?tab=${await firefox.tabId(news.page)}`);
  await expect.poll(() => textOf(popup, '[data-page-entity="Q17"]')).toContain('Japan');
  expect(await textOf(popup, '.qv-page')).not.toContain('läuft auf dieser Seite nicht');
  expect(await textOf(popup, '[data-page-entity="Q53247"]')).toContain('Panasonic');
  await expect.poll(() => textOf(popup, '.qv-connections')).toContain('Microsoft → investiert in → Japan');
  expect(await textOf(popup, '.qv-connections')).toContain('Panasonic → beliefert → Tesla');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

  await popup.type('input[type="search"]', 'Turkei');
  await expect.poll(() => textOf(popup, '[role="option"]')).toContain('Türkei');
  await popup.click('[role="option"]');
  await expect.poll(() => textOf(popup, 'h1')).toContain('Türkei');
  expect(await textOf(popup, '.qv-facts')).toContain('Ankara');
});

test('switching the site off in the popup restores the page exactly; on brings the marks back', async ({ firefox }) => {
  const html = readTestPage('handelsblatt-chips.html');
  const news = await FirefoxNews.open(firefox, URL, html);
  const popup = await firefox.extensionPage(`/popup.html?tab=${await firefox.tabId(news.page)}`);
  const toggle = await byName<HTMLInputElement>(popup, 'input[type="checkbox"]', /^Auf dieser Website markieren/);
  expect(await toggle.evaluate((el) => el.checked)).toBe(true);

  await toggle.click();
  await expect.poll(() => news.markCount()).toBe(0);
  // The page is exactly as served: no host, no registry entry, no stylesheet of the extension's left.
  const original = await news.page.evaluate(
    (source: string) => new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML,
    html,
  );
  await expect.poll(() => news.page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
  expect(await news.page.evaluate(() => ({ highlights: [...CSS.highlights.keys()], sheets: document.adoptedStyleSheets.length }))).toEqual({
    highlights: [],
    sheets: 0,
  });
  // Pointing where a mark was opens nothing: no extension frame is left in the page.
  await news.page.mouse.move(100, 100);
  await new Promise((r) => setTimeout(r, 400));
  expect(news.page.frames()).toHaveLength(1);

  await toggle.click();
  await expect.poll(() => news.markTexts()).toContain('Japan');
});

test('the sidebar shows the same view for the article beside it', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  // Opened as a page for the article's tab (in the sidebar it follows the window's active tab).
  const sidebar = await firefox.extensionPage(`/sidepanel.html?tab=${await firefox.tabId(news.page)}`);
  await expect.poll(() => textOf(sidebar, '[data-page-entity="Q17"]')).toContain('Japan');
  expect(await sidebar.$('input[type="search"]')).not.toBeNull();
  // It is Firefox's sidebar: the manifest declares this page as its panel.
  const manifest = await sidebar.evaluate(() =>
    (
      globalThis as unknown as { browser: { runtime: { getManifest(): { sidebar_action?: { default_panel?: string } } } } }
    ).browser.runtime.getManifest(),
  );
  expect(manifest.sidebar_action?.default_panel).toMatch(/\/sidepanel\.html$/);
});
