/**
 * Companies the knowledge base knows since it is at news scale (issue 21): one from the open data
 * (Bristol-Myers Squibb, from the S&P 500 list), hand-written ones for what open data lacks (Trumpf,
 * a family firm; Camunda, a start-up). Each is marked and its card shows its facts.
 */
import { expect, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/unternehmen/industrie/pharma-maschinenbau/100000021.html';
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Pharma und Maschinenbau</title></head><body><article>
  <h1>Übernahmen in Pharma und Maschinenbau</h1>
  <p>Bristol-Myers Squibb übernimmt einen Wirkstoffentwickler. Der Maschinenbauer Trumpf investiert in Ditzingen, und das Berliner Softwarehaus Camunda sammelt Kapital ein.</p>
</article></body></html>`;

test('companies from the open data and the hand-written records are marked and have cards', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, PAGE);
  await expect
    .poll(() => news.markList())
    .toEqual([
      ['Bristol-Myers Squibb', 'company'],
      ['Trumpf', 'company'],
      ['Camunda', 'company'],
    ]);

  await news.hover('Bristol-Myers Squibb');
  const card = await news.hoverCard();
  await expect(card).toContainText('Bristol-Myers Squibb');
  await expect(card).toContainText('New York');
  await expect(card).not.toContainText('Nicht in der Wissensbasis');

  await news.page.mouse.move(5, 5);
  await news.hover('Trumpf');
  await expect(await news.hoverCard()).toContainText('Ditzingen');
});
