/**
 * A company the knowledge base does not know, introduced by the text ("der Fensterbauer Meeth"):
 * marked, its card says it is not in the knowledge base and offers to add it; added, it is a known
 * entity on the next page.
 */
import { expect, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/unternehmen/mittelstand/insolvenz-fensterbauer/100000009.html';
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Insolvenz im Mittelstand</title></head><body><article>
  <h1>Fensterbauer meldet Insolvenz</h1>
  <p>Der Fensterbauer Meeth aus Wittlich hat Insolvenz angemeldet. Die Löhne in Deutschland sind bis März gesichert.</p>
  <p>Meeth beschäftigt 90 Mitarbeiter.</p>
</article></body></html>`;

test('an introduced company is marked, its card offers "Add to knowledge base", and then it is known', async ({
  context,
  serve,
  background,
  activeTabId,
}) => {
  const news = await NewsPage.open(context, serve, URL, PAGE);
  await expect
    .poll(() => news.markList())
    .toEqual([
      ['Meeth', 'company'],
      ['Deutschland', 'country'],
      ['Meeth', 'company'],
    ]);
  expect((await NewsPage.entities(background, await activeTabId())).map((e) => e.id)).toEqual(['Q183', 'new:Meeth']);

  await news.hover('Meeth');
  const card = await news.hoverCard();
  await expect(card).toContainText('Nicht in der Wissensbasis');
  await card.getByRole('button', { name: 'Zur Wissensbasis hinzufügen' }).click();
  await expect(card.getByRole('status')).toContainText('Hinzugefügt');

  await news.page.reload();
  await news.waitForMarks();
  await expect.poll(async () => (await NewsPage.entities(background, await activeTabId())).map((e) => e.id)).toContain('user:meeth');
  await news.hover('Meeth');
  await expect(await news.hoverCard()).not.toContainText('Nicht in der Wissensbasis');
});
