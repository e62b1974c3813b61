/**
 * Cross-references (issue 20): on a page naming a company and its owner, the hover card and the
 * page map show the relation with its share, its date and its source; the map is usable with the
 * keyboard. The views are photographed for the README in light and dark.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

const URL = 'https://www.handelsblatt.com/unternehmen/industrie/porsche-se-volkswagen/100000031.html';
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Porsche SE und Volkswagen</title></head><body><article>
  <h1>Die Porsche SE hält an Volkswagen fest</h1>
  <p>Die Holding Porsche SE will ihre Stimmrechtsmehrheit an Volkswagen behalten. Der Autobauer Volkswagen liefert sich in China einen Preiskampf mit BYD, während BMW und Mercedes-Benz in Deutschland Stellen abbauen.</p>
  <p>Auch Toyota und Tesla melden sinkende Margen.</p>
</article></body></html>`;

test('the card and the page map show the owner relation with its share, date and source', async ({
  context,
  serve,
  extensionId,
  activeTabId,
}) => {
  const news = await NewsPage.open(context, serve, URL, PAGE);
  await expect.poll(async () => (await news.markList()).map(([text]) => text)).toContain('Porsche SE');

  await news.hover('Porsche SE');
  const card = await news.hoverCard();
  await expect(card).toContainText('Porsche SE → beteiligt an → Volkswagen');
  await expect(card).toContainText('Stand');
  await expect(card.getByRole('link', { name: 'kurier.at' })).toHaveAttribute('href', /^https:\/\/kurier\.at\//);
  await news.page.keyboard.press('Escape');

  const popup = await Popup.open(context, extensionId, await activeTabId());
  const map = popup.page.locator('.qv-map');
  await expect(map.locator('[data-map-node="slug:porsche-se"]')).toBeVisible();
  await expect(map.locator('[data-map-node="slug:volkswagen"]')).toBeVisible();
  await expect(map.locator('[data-map-edge="slug:porsche-se slug:volkswagen"]')).toHaveCount(1);
  // Keyboard: Tab reaches the map's one tab stop, focusing a node lists its relations in words.
  await map.locator('[data-map-node="slug:porsche-se"]').focus();
  await expect(map.locator('.qv-map__focus')).toContainText('Porsche SE → beteiligt an → Volkswagen');
  await expect(map.locator('.qv-map__focus')).toContainText('kurier.at');
  await popup.page.keyboard.press('ArrowRight');
  await expect(popup.page.locator('[data-map-node]:focus')).toHaveCount(1);
  await popup.page.keyboard.press('Enter');
  await expect(popup.page.locator('[data-details-entity]')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} screenshots`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1100, height: 760 } });

    test(`the popup with the page map, the details and the card, ${scheme}`, async ({ context, serve, extensionId, activeTabId }) => {
      mkdirSync('docs/screenshots', { recursive: true });
      const news = await NewsPage.open(context, serve, URL, PAGE);
      await news.hover('Porsche SE');
      await expect(await news.hoverCard()).toContainText('beteiligt an');
      await news.page.screenshot({ path: `docs/screenshots/card-${scheme}.png`, clip: { x: 0, y: 0, width: 900, height: 520 } });

      const popup = await Popup.open(context, extensionId, await activeTabId());
      await popup.page.setViewportSize({ width: 380, height: 900 });
      await expect(popup.page.locator('.qv-map [data-map-node]').first()).toBeVisible();
      await popup.page.locator('[data-map-node="slug:porsche-se"]').hover();
      await popup.page.screenshot({ path: `docs/screenshots/popup-${scheme}.png`, fullPage: true });
      await popup.page.locator('[data-map-node="slug:volkswagen"]').click();
      await expect(popup.page.locator('[data-details-entity]')).toBeVisible();
      await popup.page.screenshot({ path: `docs/screenshots/details-${scheme}.png`, fullPage: true });

      const options = await context.newPage();
      await options.setViewportSize({ width: 900, height: 900 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
      await options.screenshot({ path: `docs/screenshots/options-${scheme}.png` });
    });
  });
}
