import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, readTestPage, test, type Firefox } from './fixtures';
import { byName, FirefoxNews, textOf, visibleText, waitFor } from './pages';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const QUOTE = 'Auch Microsoft hat angekündigt, in Japan Rechenzentren zu bauen.';

interface Exported {
  total: number;
  first: {
    items: Array<{
      body: Array<{ value?: string }>;
      target: { source: { id: string }; selector: Array<{ type: string; exact?: string }> };
    }>;
  };
}

/** The popup's "all highlights" export as Web Annotation JSON-LD, as the browser saved it. */
async function exportAll(firefox: Firefox, popup: Page): Promise<string> {
  const group = await byName(popup, '[role="group"]', 'Alle Markierungen exportieren');
  await (await group.waitForSelector('button::-p-text(Web-Annotation-JSON)'))!.click();
  return firefox.downloaded('querverweis-highlights-all.jsonld');
}

const popupHighlights = (popup: Page) => popup.evaluate(() => document.querySelectorAll('[data-popup-highlight]').length);

test('select → "Markieren" → note, tags, colour → back after a reload → exported as Web Annotation JSON', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  await news.select(QUOTE);
  const button = await waitFor(async () => (await news.highlightButton()) ?? undefined);
  expect(await button.evaluate((b) => b.textContent)).toBe('Markieren');
  await button.click();

  await expect.poll(() => news.highlightTexts()).toEqual([QUOTE]);
  // The entities inside the passage stay marked inside the highlight.
  expect(await news.markTexts('article p:nth-of-type(2)')).toEqual(expect.arrayContaining(['Microsoft', 'Japan']));

  const editor = await news.editor();
  await expect.poll(() => visibleText(editor)).toContain(QUOTE);
  await (await byName(editor, 'textarea', 'Notiz')).type('Microsoft investiert in Japan.');
  await (await byName(editor, 'input', 'Schlagwörter, durch Kommas getrennt')).type('KI, Rechenzentren');
  await (await byName(editor, 'button', 'Grün')).click();
  await (await byName(editor, 'button', 'Speichern')).click();
  await expect.poll(() => textOf(editor, '[role="status"]')).toBe('Gespeichert.');
  await expect.poll(() => news.highlightColor(QUOTE)).toBe('green');

  await page.reload();
  await news.waitForMarks();
  await expect.poll(() => news.highlightTexts()).toEqual([QUOTE]);
  expect(await news.highlightColor(QUOTE)).toBe('green');
  // A click on it opens its editor with what was saved.
  await news.clickHighlight(QUOTE);
  const again = await news.editor();
  await expect.poll(() => again.evaluate(() => document.querySelector('textarea')?.value)).toBe('Microsoft investiert in Japan.');
  expect(await again.evaluate(() => document.querySelector<HTMLInputElement>('input[type="text"]')?.value)).toBe('KI, Rechenzentren');

  // The popup exports every highlight as W3C Web Annotation JSON-LD, saved as a download.
  const popup = await firefox.extensionPage(`/popup.html?tab=${await firefox.tabId(page)}`);
  await expect.poll(() => popupHighlights(popup)).toBe(1);
  const exported = JSON.parse(await exportAll(firefox, popup)) as Exported;
  expect(exported.total).toBe(1);
  const [annotation] = exported.first.items;
  expect(annotation!.target.source.id).toBe(URL);
  expect(annotation!.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(QUOTE);
  expect(annotation!.body.map((b) => b.value)).toEqual(expect.arrayContaining(['Microsoft investiert in Japan.', 'KI', 'Rechenzentren']));
});

test('export → delete → import in the popup brings the highlights back, and the export is the same file', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  for (const quote of ['Toyota und Panasonic arbeiten an Batterien', 'die japanische Regierung zahlt Milliarden']) {
    await news.select(quote);
    await (await waitFor(async () => (await news.highlightButton()) ?? undefined)).click();
    await expect.poll(async () => visibleText(await news.editor())).toContain(quote);
    await news.page.keyboard.press('Escape');
  }
  await expect.poll(() => news.highlightTexts()).toHaveLength(2);

  const popup = await firefox.extensionPage(`/popup.html?tab=${await firefox.tabId(news.page)}`);
  await expect.poll(() => popupHighlights(popup)).toBe(2);
  const first = await exportAll(firefox, popup);
  expect((JSON.parse(first) as Exported).total).toBe(2);

  for (const left of [1, 0]) {
    await (await byName(popup, '[data-popup-highlight] button', 'Löschen')).click();
    await expect.poll(() => popupHighlights(popup)).toBe(left);
  }
  await expect.poll(() => news.highlightTexts()).toEqual([]);

  const file = join(test.info().outputDir, 'highlights.jsonld');
  mkdirSync(test.info().outputDir, { recursive: true });
  writeFileSync(file, first);
  await (await byName<HTMLInputElement>(popup, 'input[type="file"]', /^Markierungen importieren/)).uploadFile(file);
  await expect.poll(() => textOf(popup, '[role="status"]')).toContain('2 hinzugefügt, 0 aktualisiert, 0 unverändert, 0 übersprungen.');
  expect(await exportAll(firefox, popup)).toBe(first);
  await expect.poll(() => news.highlightTexts()).toHaveLength(2);
});

test('the context menu and the keyboard shortcut highlight the selection (through the background)', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  await news.select('Panasonic beliefert auch Tesla');
  // What the menu item and the command (Alt+Shift+H) do: ask the tab's content script.
  expect(await firefox.sendToTab(await firefox.tabId(news.page), { type: 'page/highlightSelection', payload: {} })).toEqual({
    ok: true,
    value: true,
  });
  await expect.poll(() => news.highlightTexts()).toEqual(['Panasonic beliefert auch Tesla']);
});
