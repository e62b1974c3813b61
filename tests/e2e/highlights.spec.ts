import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, readTestPage, test } from './fixtures';
import { clickHighlight, highlightButton, highlightEditor, highlightTexts, selectText } from './pages/highlights';
import { NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const QUOTE = 'Auch Microsoft hat angekündigt, in Japan Rechenzentren zu bauen.';

test('select → "Markieren" → note and tags → the highlight comes back after a reload', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const page = news.page;
  await selectText(page, QUOTE);
  await expect(highlightButton(page)).toBeVisible();
  await expect(highlightButton(page)).toHaveText('Markieren');
  await highlightButton(page).click();

  await expect.poll(() => highlightTexts(page)).toEqual([QUOTE]);
  // The entities inside the passage stay marked inside the highlight.
  expect(await news.markTexts('article p:nth-of-type(2)')).toEqual(expect.arrayContaining(['Microsoft', 'Japan']));

  const editor = await highlightEditor(page);
  await expect(editor).toBeVisible();
  await editor.getByLabel('Notiz').fill('Microsoft investiert in Japan.');
  await editor.getByLabel('Schlagwörter, durch Kommas getrennt').fill('KI, Rechenzentren');
  await editor.getByRole('button', { name: 'Grün' }).click();
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(editor.getByRole('status')).toHaveText('Gespeichert.');
  await expect.poll(() => news.highlightColor(QUOTE)).toBe('green');

  await page.reload();
  await news.waitForMarks();
  await expect.poll(() => highlightTexts(page)).toEqual([QUOTE]);
  expect(await news.highlightColor(QUOTE)).toBe('green');
  // A click on it opens its editor with what was saved.
  await clickHighlight(page, QUOTE);
  await expect((await highlightEditor(page)).getByLabel('Notiz')).toHaveValue('Microsoft investiert in Japan.');
  await expect((await highlightEditor(page)).getByLabel('Schlagwörter, durch Kommas getrennt')).toHaveValue('KI, Rechenzentren');

  await (await highlightEditor(page)).getByRole('button', { name: 'Löschen' }).click();
  await expect.poll(() => highlightTexts(page)).toEqual([]);
  await page.reload();
  await news.waitForMarks();
  await page.waitForTimeout(300);
  expect(await highlightTexts(page)).toEqual([]);
});

test('the context menu and the keyboard shortcut highlight the selection (through the background)', async ({
  context,
  serve,
  background,
  activeTabId,
}) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  await selectText(news.page, 'Panasonic beliefert auch Tesla');
  const tabId = await activeTabId();
  // What the menu item and the command do: ask the tab's content script.
  type Chrome = {
    tabs: { sendMessage(id: number, msg: unknown): Promise<unknown> };
    runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }>; permissions?: string[] } };
  };
  const done = await background.evaluate(
    (id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id!, { type: 'page/highlightSelection', payload: {} }),
    tabId,
  );
  expect(done).toEqual({ ok: true, value: true });
  await expect.poll(() => highlightTexts(news.page)).toEqual(['Panasonic beliefert auch Tesla']);
  const manifest = await background.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest());
  expect(manifest.commands?.['highlight-selection']?.suggested_key?.default).toBe('Alt+Shift+H');
  expect(manifest.permissions).toContain('contextMenus');
});

test('a highlight whose paragraph arrives late is placed when it arrives', async ({ context, serve }) => {
  const html = readTestPage('handelsblatt-chips.html');
  const news = await NewsPage.open(context, serve, URL, html);
  await selectText(news.page, 'Toyota und Panasonic arbeiten an Batterien');
  await highlightButton(news.page).click();
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(1);

  // The same article, but its last paragraph is added by the page 1.5 s after load (lazy loading).
  const late = html
    .replace(/<p>Toyota und Panasonic[^]*?<\/p>/, '')
    .replace(
      '</body>',
      `<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Toyota und Panasonic arbeiten an Batterien für Elektroautos.'; document.querySelector('article').append(p); }, 1500);</script></body>`,
    );
  // Served again: the newest route wins.
  await serve(URL, late);
  await news.page.reload();
  await news.waitForMarks();
  expect(await highlightTexts(news.page)).toEqual([]);
  await expect.poll(() => highlightTexts(news.page), { timeout: 10_000 }).toEqual(['Toyota und Panasonic arbeiten an Batterien']);
});

test("the popup lists the page's highlights with orphans; export → delete → import → export gives the same file", async ({
  context,
  serve,
  extensionId,
  activeTabId,
}) => {
  const html = readTestPage('handelsblatt-chips.html');
  const news = await NewsPage.open(context, serve, URL, html);
  for (const quote of ['Toyota und Panasonic arbeiten an Batterien', 'die japanische Regierung zahlt Milliarden']) {
    await selectText(news.page, quote);
    await highlightButton(news.page).click();
    await expect(await highlightEditor(news.page)).toBeVisible();
    await news.page.keyboard.press('Escape');
  }
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(2);

  // The article changes: one quote is gone. That highlight is kept, shown as an orphan.
  await serve(URL, html.replace('die japanische Regierung zahlt Milliarden', 'die Regierung in Tokio hält sich bedeckt'));
  await news.page.reload();
  await news.waitForMarks();
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(1);

  const popup = await Popup.open(context, extensionId, await activeTabId());
  const list = popup.page.locator('[data-popup-highlight]');
  await expect(list).toHaveCount(2);
  await expect(list.filter({ hasText: 'die japanische Regierung zahlt Milliarden' })).toContainText('Auf der Seite nicht gefunden');
  await expect(list.filter({ hasText: 'Toyota und Panasonic' })).not.toContainText('nicht gefunden');

  const exportAll = async () => {
    const [download] = await Promise.all([
      popup.page.waitForEvent('download'),
      popup.page.getByRole('group', { name: 'Alle Markierungen exportieren' }).getByRole('button', { name: 'Web-Annotation-JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('querverweis-highlights-all.jsonld');
    return readFileSync((await download.path())!, 'utf8');
  };
  const first = await exportAll();
  expect(JSON.parse(first).total).toBe(2);

  for (let i = 0; i < 2; i++) await list.first().getByRole('button', { name: 'Löschen' }).click();
  await expect(list).toHaveCount(0);
  await expect.poll(() => highlightTexts(news.page)).toEqual([]);

  const file = join(test.info().outputDir, 'highlights.jsonld');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, first);
  await popup.page.getByLabel(/Markierungen importieren/).setInputFiles(file);
  await expect(popup.page.getByRole('status').filter({ hasText: 'hinzugefügt' })).toHaveText(
    '2 hinzugefügt, 0 aktualisiert, 0 unverändert, 0 übersprungen.',
  );
  expect(await exportAll()).toBe(first);
  // The imported highlight is back on the page.
  await expect.poll(() => highlightTexts(news.page)).toHaveLength(1);

  // A broken file: a clear message, nothing changed.
  writeFileSync(file, first.replace('"type": "Annotation"', '"type": "Squirrel"'));
  await popup.page.getByLabel(/Markierungen importieren/).setInputFiles(file);
  await expect(popup.page.getByRole('alert')).toContainText('Nothing was imported. Annotation 1: type must be "Annotation"');
  expect(await exportAll()).toBe(first);
});
