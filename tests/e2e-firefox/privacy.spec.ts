import { expect, readTestPage, test } from './fixtures';
import { FirefoxNews, textOf, visibleText } from './pages';

test('a reading session over several pages sends no network request', async ({ firefox }) => {
  for (const url of [
    'https://www.handelsblatt.com/technik/artikel-a.html',
    'https://www.faz.net/aktuell/wirtschaft/artikel-b.html',
    'https://www.spiegel.de/wirtschaft/artikel-c.html',
  ]) {
    const news = await FirefoxNews.open(firefox, url, readTestPage('handelsblatt-chips.html'));
    await news.hover('Microsoft');
    await expect.poll(async () => visibleText(await news.card())).toContain('Microsoft');
  }
  const popup = await firefox.extensionPage('/popup.html');
  await popup.type('input[type="search"]', 'Siemens');
  await expect.poll(() => textOf(popup, '[role="option"]')).toContain('Siemens');
  // Every request that left a page would have been recorded here (interception answers only the pages).
  expect(firefox.blockedRequests).toEqual([]);
});
