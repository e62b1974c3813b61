import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/test/feindselige-seite.html';

test('a hostile page: marks only in prose, no script runs from text, survives re-renders without looping', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('hostile-news.html'));
  const { page } = news;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Prose is marked, also right-to-left text and 3 000 levels deep.
  await expect
    .poll(() => news.markList('#plain'))
    .toEqual([
      ['Siemens', 'company'],
      ['Japan', 'country'],
    ]);
  expect(await news.markTexts('#rtl')).toEqual(['Siemens']);
  expect(await news.markTexts('#deep')).toEqual(['Toyota']);

  // Text that looks like HTML stays text; BASF after it is marked.
  expect(await news.markTexts('#html-like')).toEqual(['BASF']);
  expect(await page.locator('#html-like').textContent()).toContain('<img src=x onerror="window.__xss=1">');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Never marked: editable regions, form fields, the page's own shadow DOM, iframes.
  expect(await news.markTexts('#editable')).toEqual([]);
  expect(await page.locator('#ta').inputValue()).toBe('Japan im Textfeld');
  expect(await page.locator('#in').inputValue()).toBe('Siemens im Eingabefeld');
  expect(await page.locator('#host').evaluate((h) => h.shadowRoot!.innerHTML)).toBe('<p>Japan im eigenen Shadow DOM der Seite</p>');
  expect(
    await page
      .frameLocator('#frame')
      .locator('body')
      .evaluate(() => CSS.highlights.size),
  ).toBe(0);

  // The re-rendered paragraph is marked again after each render; once the page stops, so does the extension.
  await page.waitForTimeout(2000);
  expect(await news.markTexts('#rerender')).toEqual(['BASF', 'China']);
  const changes = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        const o = new MutationObserver((records) => (n += records.length));
        o.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => resolve(n), 1500);
      }),
  );
  expect(changes).toBe(0);

  // The page's own CSS cannot hide or restyle the hover card (its own shadow root, all: initial).
  await news.hover('Siemens');
  await expect(await news.hoverCard()).toBeVisible();
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
});

test('a page whose CSS hides every element still loads, and nothing throws', async ({ context, serve }) => {
  const html = readTestPage('hostile-news.html').replace('* { letter-spacing: 0.01em !important; }', '* { display: none !important; }');
  await serve(URL, html);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(URL);
  await new NewsPage(page).waitForMarks();
  await expect.poll(() => new NewsPage(page).markTexts('#plain')).toEqual(['Siemens', 'Japan']);
  expect(errors).toEqual([]);
});
