import { expect, readTestPage, test } from './fixtures';
import { FirefoxNews } from './pages';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const expected = JSON.parse(readTestPage('handelsblatt-chips.expected.json')) as Array<[string, string]>;

test('marks companies and countries on a Handelsblatt page, without changing a node of it', async ({ firefox }) => {
  const html = readTestPage('handelsblatt-chips.html');
  const news = await FirefoxNews.open(firefox, URL, html);
  await expect.poll(() => news.markTexts()).toEqual(expected.map(([text]) => text));
  for (const [, type] of await news.markList()) expect(['company', 'country']).toContain(type);
  // The ids behind the marks, as the popup gets them from the content script.
  const reply = (await firefox.sendToTab(await firefox.tabId(news.page), { type: 'page/entities', payload: {} })) as {
    ok: boolean;
    value: Array<{ id: string }>;
  };
  expect(reply.ok).toBe(true);
  expect(reply.value.map((e) => e.id).sort()).toEqual([...new Set(expected.map(([, id]) => id))].sort());

  // The page's DOM is untouched: only the extension's three UI hosts at the end of <body>.
  const body = await news.page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('querverweis-card, querverweis-editor, querverweis-highlighter')) el.remove();
    return {
      last: [...document.body.children].slice(-3).map((c) => c.localName),
      html: clone.innerHTML,
      styles: document.querySelectorAll('style').length,
    };
  });
  expect(body.last).toEqual(['querverweis-card', 'querverweis-editor', 'querverweis-highlighter']);
  const served = await news.page.evaluate((source: string) => new DOMParser().parseFromString(source, 'text/html').body.innerHTML, html);
  expect(body.html.replace(/\s+/g, ' ').trim()).toBe(served.replace(/\s+/g, ' ').trim());
  // The marks' look is an adopted stylesheet, not a <style> in the page.
  expect(body.styles).toBe(1);
  expect(await news.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
  expect(firefox.blockedRequests).toEqual([]);
});
