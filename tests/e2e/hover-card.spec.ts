import { mkdirSync } from 'node:fs';
import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

test('hovering a mark shows its card with the connections on the page', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;

  await news.hover('Q2283');
  const card = news.hoverCard();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Microsoft');
  await expect(card).toContainText('Unternehmen');
  await expect(card).toContainText('Gegründet');
  await expect(card).toContainText('investiert in → Japan');

  // The card lives in an open shadow root, out of reach of page CSS.
  const inShadow = await page.evaluate(() => {
    const host = document.querySelector('querverweis-card');
    return !!host?.shadowRoot?.querySelector('[role="tooltip"], [role="dialog"]');
  });
  expect(inShadow).toBe(true);

  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png', clip: { x: 0, y: 0, width: 1100, height: 720 } });

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('the card stays while the pointer moves into it and closes after leaving', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;

  await news.hover('Q17', 1);
  const card = news.hoverCard();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Hauptstadt');
  await expect(card).toContainText('Tokio');
  await card.hover();
  await page.waitForTimeout(500);
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test('"don\'t mark this name" removes its marks at once and on the next visit', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Q53247');
  const card = news.hoverCard();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Diesen Namen auf dieser Website nicht markieren' }).click();
  await expect(news.mark('Q53247')).toHaveCount(0);
  await expect(news.page.locator('p', { hasText: 'Toyota und Panasonic' })).toContainText('Toyota und Panasonic arbeiten');

  await news.page.reload();
  await new NewsPage(news.page).waitForMarks();
  await expect(news.mark('Q17').first()).toBeAttached();
  await expect(news.mark('Q53247')).toHaveCount(0);
});

test('a mark reached with the keyboard opens its card, Escape closes it', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await news.mark('Q2283').first().focus();
  const card = news.hoverCard();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Microsoft');
  await news.page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('"Details" in the card opens the entity\'s details from the popup', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Q2283');
  const card = news.hoverCard();
  await expect(card).toBeVisible();
  const [details] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Details' }).click()]);
  await expect(details.locator('h1')).toContainText('Microsoft');
  await expect(details.locator('.qv-relations')).toContainText('Japan');
});
