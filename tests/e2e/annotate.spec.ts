import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const expected = JSON.parse(readTestPage('handelsblatt-chips.expected.json')) as Array<[string, string]>;

test('marks companies and countries on a Handelsblatt page', async ({ context, serve, blockedRequests }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  await expect.poll(async () => (await news.markList()).map(([text, id]) => [text, id])).toEqual(expected);

  const marks = await news.markList();
  for (const [, , type] of marks) expect(['company', 'country']).toContain(type);
  expect(blockedRequests).toEqual([]);
});

test('leaves form fields, scripts and the page behaviour alone', async ({ context, serve }) => {
  const { page } = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));

  await expect(page.locator('input[name="q"]')).toHaveValue('Japan IBM');
  await expect(page.locator('textarea')).toHaveValue('Japan und IBM im Kommentarfeld');
  expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
  await page.click('#like');
  await expect(page.locator('#like')).toHaveText('Gefällt mir (1)');
});

test('does not run on sites outside the list', async ({ context, serve }) => {
  const other = 'https://www.example.org/artikel.html';
  await serve(other, readTestPage('handelsblatt-chips.html'));
  const page = await context.newPage();
  await page.goto(other);
  await page.waitForTimeout(1500);
  await expect(new NewsPage(page).marks()).toHaveCount(0);
});
