import { expect, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/unternehmen/mittelstand/kleinfirma-expandiert/100000002.html';
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kleinfirma</title></head><body>
<article><h1>Kleinfirma expandiert nach Japan</h1><p>Die Kleinfirma Maschinenbau GmbH baut ein Werk in Japan.</p></article></body></html>`;

test('an entity the reader adds is marked on the next page load and found by search', async ({ context, serve, extensionId }) => {
  await serve(URL, PAGE);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const added = await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { id: string } }> } };
    };
    return chrome.runtime.sendMessage({
      type: 'kb/addEntity',
      payload: { entity: { type: 'company', name: 'Kleinfirma Maschinenbau GmbH', aliases: ['Kleinfirma'] } },
    });
  });
  expect(added).toMatchObject({ ok: true, value: { id: 'user:kleinfirma-maschinenbau-gmbh' } });

  const page = await context.newPage();
  await page.goto(URL);
  const news = new NewsPage(page);
  await news.waitForMarks();
  await expect
    .poll(() => news.markList())
    .toEqual([
      ['Kleinfirma', 'company'],
      ['Japan', 'country'],
      ['Kleinfirma Maschinenbau GmbH', 'company'],
      ['Japan', 'country'],
    ]);

  const search = await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: Array<{ id: string }> }> } };
    };
    return chrome.runtime.sendMessage({ type: 'kb/search', payload: { query: 'kleinfirma' } });
  });
  expect(search.value[0]?.id).toBe('user:kleinfirma-maschinenbau-gmbh');
});

test('a message from a web page is not answered by the background', async ({ context, serve }) => {
  await serve(URL, PAGE);
  const page = await context.newPage();
  await page.goto(URL);
  // Web pages have no chrome.runtime.sendMessage to an extension without externally_connectable.
  const reachable = await page.evaluate(
    () => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
  );
  expect(reachable).toBe('undefined');
});

test('a name the reader mutes on a site is not marked there on the next load', async ({ context, serve, extensionId }) => {
  await serve(URL, PAGE);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const muted = await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } };
    return chrome.runtime.sendMessage({ type: 'kb/mute', payload: { name: 'Japan', site: 'www.handelsblatt.com' } });
  });
  expect(muted).toMatchObject({ ok: true });

  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(1500);
  expect(await new NewsPage(page).markTexts()).not.toContain('Japan');
});
