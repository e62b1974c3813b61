import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const expected = JSON.parse(readTestPage('handelsblatt-chips.expected.json')) as Array<[string, string]>;

test('marks companies and countries on a Handelsblatt page, without changing a node of it', async ({
  context,
  serve,
  blockedRequests,
  background,
  activeTabId,
}) => {
  const html = readTestPage('handelsblatt-chips.html');
  // The same page without the extension's work: what its own scripts make of it.
  const bare = await context.newPage();
  await bare.setContent(html.replace(/<script[^]*?<\/script>/g, ''));
  const expectedBody = await bare.evaluate(() => document.body.innerHTML);
  await bare.close();

  const news = await NewsPage.open(context, serve, URL, html);
  await expect.poll(() => news.markTexts()).toEqual(expected.map(([text]) => text));
  // The ids behind the marks, as the popup gets them from the content script.
  const ids = [...new Set(expected.map(([, id]) => id))].sort();
  expect((await NewsPage.entities(background, await activeTabId())).map((e) => e.id)).toEqual(ids);
  for (const [, type] of await news.markList()) expect(['company', 'country']).toContain(type);

  // The page's DOM is untouched: only the extension's two UI hosts at the end of <body>.
  const body = await news.page.evaluate(() => {
    const hosts = [...document.body.children].filter((c) => c.localName.startsWith('querverweis-')).map((c) => c.localName);
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('querverweis-card, querverweis-editor, querverweis-highlighter, script')) el.remove();
    return { hosts, last: [...document.body.children].slice(-3).map((c) => c.localName), html: clone.innerHTML };
  });
  expect(body.hosts).toEqual(['querverweis-card', 'querverweis-editor', 'querverweis-highlighter']);
  expect(body.last).toEqual(body.hosts);
  expect(body.html.replace(/\s+/g, ' ')).toBe(expectedBody.replace(/\s+/g, ' '));
  expect(await news.page.locator('[data-entity-id], qv-mark').count()).toBe(0);
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
  expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
});
