import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

test('the options page switches a site off and lists muted names to mark again', async ({ context, serve, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    await chrome.runtime.sendMessage({ type: 'kb/mute', payload: { name: 'Toyota', site: '*' } });
  });
  await options.reload();
  await expect(options.locator('.qv-mutes')).toContainText('Toyota');
  await options.getByRole('button', { name: 'Wieder markieren' }).click();
  await expect(options.getByText('Keine stummgeschalteten Namen.')).toBeVisible();

  await options.getByLabel('handelsblatt.com').uncheck();
  await serve(URL, readTestPage('handelsblatt-chips.html'));
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(1500);
  await expect(new NewsPage(page).marks()).toHaveCount(0);
  await options.getByLabel('handelsblatt.com').check();
  await expect(new NewsPage(page).mark('Q53268')).toHaveCount(1);
});
