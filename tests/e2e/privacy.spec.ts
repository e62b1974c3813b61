import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

test('a reading session over several pages sends no network request', async ({ context, serve, extensionId, blockedRequests }) => {
  const pages = [
    'https://www.handelsblatt.com/technik/artikel-a.html',
    'https://www.faz.net/aktuell/wirtschaft/artikel-b.html',
    'https://www.spiegel.de/wirtschaft/artikel-c.html',
  ];
  for (const url of pages) {
    const news = await NewsPage.open(context, serve, url, readTestPage('handelsblatt-chips.html'));
    await news.hover('Microsoft');
    await expect(await news.hoverCard()).toBeVisible();
  }
  const popup = await Popup.open(context, extensionId);
  await popup.search().fill('Siemens');
  await expect(popup.results().first()).toContainText('Siemens');
  // Every request that left the browser would have been recorded here (the routing answers only the pages).
  expect(blockedRequests).toEqual([]);
});
