import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/live/artikel-1.html';

test('content added after load is marked once', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('dynamic-news.html'));
  await expect.poll(() => news.markTexts()).toEqual(['USA', 'China', 'Siemens', 'Japan']);
  await news.page.waitForTimeout(800);
  expect(await news.markTexts()).toEqual(['USA', 'China', 'Siemens', 'Japan']);
});

test('a page that navigates with pushState gets its new article marked', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('dynamic-news.html'));
  await news.page.click('#next');
  await expect.poll(() => news.markTexts()).toEqual(['Deutsche Bank', 'BASF']);
  expect(news.page.url()).toContain('/live/artikel-2.html');
});
