import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/live/artikel-1.html';

test('content added after load is marked once', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('dynamic-news.html'));
  await expect(news.mark('Q81230')).toHaveCount(1);
  await expect(news.mark('Q17')).toHaveCount(1);
  await news.page.waitForTimeout(800);
  expect((await news.markList()).map(([text]) => text)).toEqual(['USA', 'China', 'Siemens', 'Japan']);
});

test('a page that navigates with pushState gets its new article marked', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('dynamic-news.html'));
  await news.page.click('#next');
  await expect(news.mark('Q66048')).toHaveText('Deutsche Bank');
  await expect(news.mark('Q9401')).toHaveText('BASF');
  expect(news.page.url()).toContain('/live/artikel-2.html');
});
