import { mkdirSync } from 'node:fs';
import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

test('hovering a mark shows its card with the connections on the page', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;

  await news.hover('Microsoft');
  const card = await news.hoverCard();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Microsoft');
  await expect(card).toContainText('Unternehmen');
  // While the card is open, every mention of its entity is emphasised.
  expect(
    await page.evaluate(() => [...((CSS.highlights.get('querverweis-active') as Set<Range> | undefined) ?? [])].map((r) => r.toString())),
  ).toEqual(['Microsoft']);
  await expect(card).toContainText('Gegründet');
  await expect(card).toContainText('investiert in → Japan');

  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png', clip: { x: 0, y: 0, width: 1100, height: 720 } });

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('the card stays while the pointer moves into it and closes after leaving', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;

  await news.hover('Japans');
  const card = await news.hoverCard();
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
  await news.hover('Panasonic');
  const card = await news.hoverCard();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Diesen Namen auf dieser Website nicht markieren' }).click();
  await expect.poll(() => news.markTexts()).not.toContain('Panasonic');
  await expect(news.page.locator('p', { hasText: 'Toyota und Panasonic' })).toContainText('Toyota und Panasonic arbeiten');

  await news.page.reload();
  await new NewsPage(news.page).waitForMarks();
  await expect.poll(() => news.markTexts()).toContain('Japan');
  expect(await news.markTexts()).not.toContain('Panasonic');
});

test('the keyboard shortcut steps through the mentions, opens each card with focus inside, Escape returns', async ({
  context,
  serve,
  background,
  activeTabId,
}) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  const manifest = await background.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { getManifest(): { commands: Record<string, { suggested_key?: { default?: string } }> } } };
      }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.commands['next-mention']?.suggested_key?.default).toBe('Alt+Shift+Period');
  expect(manifest.commands['previous-mention']?.suggested_key?.default).toBe('Alt+Shift+Comma');
  await page.locator('#like').focus();
  const tabId = await activeTabId();
  // What the command does: the background asks the tab's content script to step.
  const step = (direction: 'next' | 'previous') =>
    background.evaluate(
      ({ id, direction }) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: unknown): Promise<unknown> } } }
        ).chrome.tabs.sendMessage(id, { type: 'page/step', payload: { direction } }, { frameId: 0 }),
      { id: tabId!, direction },
    );
  const focusRing = () =>
    page.evaluate(() => [...((CSS.highlights.get('querverweis-focus') as Set<Range> | undefined) ?? [])].map((r) => r.toString()));
  const marks = await news.markTexts();

  expect(await step('next')).toEqual({ ok: true, value: true });
  const card = await news.hoverCard();
  await expect(card).toBeVisible();
  expect(await focusRing()).toEqual([marks[0]]);
  await expect(card).toContainText('Japan');
  // Focus is inside the card, and the entity is announced.
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('querverweis-card');
  // The live region sits in the extension's closed shadow root: read it from the accessibility tree.
  const cdp = await context.newCDPSession(page);
  const announced = async () => {
    type AxNode = {
      nodeId: string;
      parentId?: string;
      name?: { value?: string };
      properties?: Array<{ name: string; value: { value: unknown } }>;
    };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const polite = new Set(
      nodes.filter((n) => n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite')).map((n) => n.nodeId),
    );
    // The text of a polite live region is in its text children.
    return nodes.filter((n) => n.parentId !== undefined && polite.has(n.parentId)).map((n) => n.name?.value ?? '');
  };
  await expect.poll(async () => (await announced()).join(' ')).toContain(`Japan, Land, Nennung 1 von ${marks.length}`);

  await step('next');
  await expect.poll(focusRing).toEqual([marks[1]]);
  await step('previous');
  await step('previous');
  // Before the first comes the last.
  await expect.poll(focusRing).toEqual([marks[marks.length - 1]]);
  await expect(card).toContainText('Vereinigte Staaten');

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(await focusRing()).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('like');
});

test('"Details" in the card opens the entity\'s details from the popup', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await news.hover('Microsoft');
  const card = await news.hoverCard();
  await expect(card).toBeVisible();
  const [details] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Details' }).click()]);
  await expect(details.locator('h1')).toContainText('Microsoft');
  await expect(details.locator('[data-details-entity]')).toContainText('investiert in Japan');
});
