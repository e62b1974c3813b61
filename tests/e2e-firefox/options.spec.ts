import { expect, readTestPage, test } from './fixtures';
import { byName, FirefoxNews, textOf } from './pages';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';

test('the options page loads, lists muted names to mark again and switches a site off and on', async ({ firefox }) => {
  const options = await firefox.extensionPage('/options.html');
  await expect.poll(() => textOf(options, 'h1')).toBe('Querverweis-Einstellungen');
  // The default news sites are the manifest's; they are not "your sites".
  await expect.poll(() => textOf(options, 'main')).toContain('Noch keine eigenen Websites.');
  await options.evaluate(() =>
    (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
      type: 'kb/mute',
      payload: { name: 'Toyota', site: '*' },
    }),
  );
  options.reload().catch(() => undefined);
  await expect.poll(() => textOf(options, '.qv-mutes')).toContain('Toyota');
  await (await byName(options, 'button', 'Wieder markieren Toyota')).click();
  await expect.poll(() => textOf(options, 'main')).toContain('Keine stummgeschalteten Namen.');

  const handelsblatt = await byName<HTMLInputElement>(options, 'input[type="checkbox"]', 'handelsblatt.com');
  await handelsblatt.click();
  firefox.serve(URL, readTestPage('handelsblatt-chips.html'));
  const page = await firefox.newPage();
  await page.goto(URL);
  await new Promise((r) => setTimeout(r, 1500));
  const news = new FirefoxNews(page);
  expect(await news.markCount()).toBe(0);
  await handelsblatt.click();
  await expect.poll(() => news.markTexts()).toContain('Toyota');
});

test('a site the reader adds gets the content script (scripting.registerContentScripts in Manifest V2)', async ({ firefox }) => {
  const other = 'https://www.example.org/wirtschaft/artikel.html';
  firefox.serve(other, readTestPage('handelsblatt-chips.html'));
  const before = await firefox.newPage();
  await before.goto(other);
  await new Promise((r) => setTimeout(r, 1000));
  expect(await new FirefoxNews(before).markCount()).toBe(0);

  const options = await firefox.extensionPage('/options.html');
  await (await byName(options, 'input[type="text"]', /^Website hinzufügen/)).type('example.org');
  // The permission request is granted without a prompt here (a pref), as if the reader said yes.
  await (await byName(options, 'button[type="submit"]', 'Hinzufügen')).click();
  await expect.poll(() => textOf(options, '.qv-sites--own')).toContain('example.org');

  const news = await FirefoxNews.open(firefox, other, readTestPage('handelsblatt-chips.html'));
  expect(await news.markTexts()).toContain('Panasonic');
});
