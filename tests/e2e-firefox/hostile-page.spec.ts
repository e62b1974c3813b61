/**
 * The news page as an adversary, in Firefox: what the reader types into the highlight editor (an
 * extension page in a frame inside a closed shadow root) stays out of the page's reach.
 */
import { expect, readTestPage, test } from './fixtures';
import { byName, FirefoxNews, textOf, visibleText, waitFor } from './pages';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const NOTE = 'Geheime Notiz: Verkauf vor der Hauptversammlung';

test('the page cannot read a note, nor log the keys the reader types into it', async ({ firefox }) => {
  const news = await FirefoxNews.open(firefox, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  // The page logs every key event it can get, in every phase.
  await page.evaluate(() => {
    const w = window as unknown as { __keys: string[] };
    w.__keys = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
      window.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
      document.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
    }
  });
  await news.select('Toyota und Panasonic arbeiten an Batterien');
  await (await waitFor(async () => (await news.highlightButton()) ?? undefined)).click();
  const editor = await news.editor();
  await expect.poll(() => visibleText(editor)).toContain('Toyota und Panasonic');
  await (await byName(editor, 'textarea', 'Notiz')).click();
  await page.keyboard.type(NOTE);
  expect(await editor.evaluate(() => document.querySelector('textarea')?.value)).toBe(NOTE);
  await (await byName(editor, 'button', 'Speichern')).click();
  await expect.poll(() => textOf(editor, '[role="status"]')).toBe('Gespeichert.');

  expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
  // The page's DOM with open shadow roots, its highlight registry and its frames.
  const seen = await page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    for (const [name, set] of CSS.highlights as unknown as Map<string, Set<Range>>) parts.push(name, ...[...set].map((r) => r.toString()));
    return { text: parts.join('\n'), frames: window.frames.length };
  });
  expect(seen.text).not.toContain('Geheime Notiz');
  expect(seen.text).not.toContain('highlight-editor.html');
  // The editor's frame is in a closed shadow root: not even listed in window.frames.
  expect(seen.frames).toBe(0);
});
