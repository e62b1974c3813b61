import { expect, readTestPage, test } from './fixtures';
import { byName, FirefoxNews, textOf, visibleText } from './pages';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

test('hovering a mark shows its card with the connections on the page; Escape closes it', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Microsoft');
  const card = await news.card();
  await expect.poll(() => visibleText(card)).toContain('Microsoft');
  await expect.poll(() => visibleText(card)).toContain('investiert in → Japan');
  const text = await visibleText(card);
  expect(text).toContain('Unternehmen');
  expect(text).toContain('Gegründet');
  // While the card is open, every mention of its entity is emphasised.
  expect(await news.rangeTexts('querverweis-active')).toEqual(['Microsoft']);

  await news.page.keyboard.press('Escape');
  await expect.poll(() => visibleText(card)).toBe('');
  expect(await news.rangeTexts('querverweis-active')).toEqual([]);
});

test('the card stays while the pointer moves into it and closes after leaving', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Japans');
  const card = await news.card();
  await expect.poll(() => visibleText(card)).toContain('Tokio');
  const box = (await (await card.frameElement())!.boundingBox())!;
  await news.page.mouse.move(box.x + 20, box.y + 20);
  await news.page.mouse.move(box.x + 30, box.y + 30);
  await new Promise((r) => setTimeout(r, 600));
  expect(await visibleText(card)).toContain('Tokio');
  await news.page.mouse.move(5, 5);
  await expect.poll(() => visibleText(card)).toBe('');
});

test('"don\'t mark this name" in the card removes its marks at once and on the next visit', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Panasonic');
  const card = await news.card();
  await expect.poll(() => visibleText(card)).toContain('Panasonic');
  await (await byName(card, 'button', 'Diesen Namen auf dieser Website nicht markieren')).click();
  await expect.poll(() => news.markTexts()).not.toContain('Panasonic');
  expect(await news.markTexts()).toContain('Toyota');
  // The page's text is as it was.
  expect(await news.page.evaluate(() => document.body.innerText)).toContain('Toyota und Panasonic arbeiten');

  await news.page.reload();
  await news.waitForMarks();
  await expect.poll(() => news.markTexts()).toContain('Japan');
  expect(await news.markTexts()).not.toContain('Panasonic');
});

test('the keyboard shortcut steps through the mentions and opens each card with focus inside; Escape returns', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  await page.focus('#like');
  const tabId = await firefox.tabId(page);
  // What the command does (Alt+Shift+Period): the background asks the tab's top frame to step.
  const step = (direction: 'next' | 'previous') => firefox.sendToTab(tabId, { type: 'page/step', payload: { direction } }, { frameId: 0 });
  const marks = await news.markTexts();

  expect(await step('next')).toEqual({ ok: true, value: true });
  const card = await news.card();
  await expect.poll(() => visibleText(card)).toContain('Japan');
  expect(await news.rangeTexts('querverweis-focus')).toEqual([marks[0]]);
  // Focus is inside the card: on its first button.
  await expect.poll(() => card.evaluate(() => document.hasFocus() && document.activeElement?.localName)).toBe('button');

  await step('next');
  await expect.poll(() => news.rangeTexts('querverweis-focus')).toEqual([marks[1]]);
  await step('previous');
  await step('previous');
  // Before the first comes the last.
  await expect.poll(() => news.rangeTexts('querverweis-focus')).toEqual([marks[marks.length - 1]]);
  await expect.poll(() => visibleText(card)).toContain('Vereinigte Staaten');

  await page.keyboard.press('Escape');
  await expect.poll(() => visibleText(card)).toBe('');
  expect(await news.rangeTexts('querverweis-focus')).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('like');
});

test('"Details" in the card opens the entity\'s details in a tab', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Microsoft');
  const card = await news.card();
  await expect.poll(() => visibleText(card)).toContain('Microsoft');
  const tabs = (await firefox.browser.pages()).length;
  await (await byName(card, 'button', 'Details')).click();
  // A new tab (BiDi reports a moz-extension:// page's address late: ask the page itself).
  await expect.poll(async () => (await firefox.browser.pages()).length).toBe(tabs + 1);
  const details = (await firefox.browser.pages()).at(-1)!;
  await expect.poll(() => details.evaluate(() => location.pathname + location.search).catch(() => '')).toBe('/popup.html?entity=Q2283');
  await expect.poll(() => textOf(details, 'h1')).toContain('Microsoft');
  // Microsoft's investment in Japan is among the relations folded below the most telling ones: open them
  // (once the facts are read: the heading comes before them).
  await expect.poll(() => details.evaluate(() => document.querySelector('.qv-relations__more') !== null)).toBe(true);
  await details.evaluate(() => document.querySelector('.qv-relations__more')?.setAttribute('open', ''));
  await expect.poll(() => textOf(details, '[data-details-entity]')).toContain('investiert in Japan');
});
