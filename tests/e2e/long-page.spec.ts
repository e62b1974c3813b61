import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/dossier/langer-artikel.html';

/** A long article: the synthetic page's paragraphs 300 times over, about 0.5 MB of HTML. */
function longPage(): string {
  const source = readTestPage('handelsblatt-chips.html');
  const article = /<article>([\s\S]*)<\/article>/.exec(source)![1]!.replace(/<button[\s\S]*?<\/button>/, '');
  const paragraphs = Array.from({ length: 300 }, (_, i) => `<section id="s${i}">${article}</section>`).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Dossier</title></head><body>
    <button id="ping" type="button" onclick="this.textContent = 'pong'">ping</button><article>${paragraphs}</article></body></html>`;
}

test('a long generated page is marked to its end and stays usable meanwhile', async ({ context, serve }) => {
  await serve(URL, longPage());
  const page = await context.newPage();
  await page.goto(URL);
  const news = new NewsPage(page);
  await news.waitForMarks();
  // The page answers while marking goes on in slices.
  await page.click('#ping');
  await expect(page.locator('#ping')).toHaveText('pong');
  await expect(page.locator('#s299 [data-entity-id="Q2283"]')).toHaveCount(1, { timeout: 30_000 });
  // The synthetic page has 20 marks, one of them in its navigation, which is not copied here.
  expect(await news.marks().count()).toBe(300 * 19);
});
