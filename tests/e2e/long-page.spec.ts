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
  await expect.poll(() => news.markTexts('#s299'), { timeout: 30_000 }).toContain('Microsoft');
  // The synthetic page has 20 marks, one of them in its navigation, which is not copied here.
  expect(await news.markCount()).toBe(300 * 19);
});

/** 5 000 paragraphs of 11 text nodes each (inline elements split them), two names in each. */
function manyTextNodes(): string {
  const paragraph = (i: number) =>
    `<p id="p${i}">Die <b>Siemens</b> AG meldet <i>ein Plus</i> in <a href="#">Japan</a>, sagt <em>der Chef</em> in Folge <span>${i}</span>.</p>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Viele Knoten</title></head><body>
    <button id="ping" type="button" onclick="this.textContent = 'pong'">ping</button>
    <article>${Array.from({ length: 5000 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`;
}

test('a page of 50 000 text nodes is marked to its end, stays usable, and then stays still', async ({ context, serve }) => {
  const url = 'https://www.handelsblatt.com/dossier/viele-knoten.html';
  await serve(url, manyTextNodes());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const textNodes = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });
  expect(textNodes).toBeGreaterThanOrEqual(50_000);
  const news = new NewsPage(page);
  await news.waitForMarks();
  await page.click('#ping');
  await expect(page.locator('#ping')).toHaveText('pong');
  await expect.poll(() => news.markTexts('#p4999'), { timeout: 30_000 }).toEqual(['Siemens AG', 'Japan']);
  const types = (await news.markList('article')).map(([, type]) => type);
  expect(types.filter((t) => t === 'company')).toHaveLength(5000);
  expect(types.filter((t) => t === 'country')).toHaveLength(5000);
  // Marked once: after the last of the extension's own parts is mounted, the page stays as it is.
  await page.locator('querverweis-highlighter').waitFor({ state: 'attached' });
  const changes = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const describe = (r: MutationRecord) =>
          `${r.type} in ${r.target.nodeName}: +${[...r.addedNodes].map((x) => x.nodeName)} -${[...r.removedNodes].map((x) => x.nodeName)}`;
        new MutationObserver((records) => seen.push(...records.map(describe))).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        setTimeout(() => resolve(seen), 1500);
      }),
  );
  expect(changes).toEqual([]);
  expect(errors).toEqual([]);
});

/** "Allianz" alone needs evidence; here it comes only from the page's end, some 150 000 characters (three parts) later. */
function evidenceAtTheEnd(withEvidence: boolean): string {
  const filler = Array.from(
    { length: 1500 },
    (_, i) => `<p>Absatz ${i}: nur Text über Märkte, Zinsen und Preise, lang genug für viele Zeichen in jedem Absatz.</p>`,
  ).join('\n');
  const end = withEvidence ? '<p id="last">Die Allianz SE ist ein Versicherer aus München.</p>' : '';
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Allianz</title></head><body>
    <article><p id="first">Die Allianz wächst.</p>${filler}<p>Siemens und Japan.</p>${end}</article></body></html>`;
}

test('a long page is spotted in parts: a name confirmed only at its end is marked at its start', async ({ context, serve }) => {
  const marked = async (path: string, withEvidence: boolean) => {
    const url = `https://www.handelsblatt.com/dossier/${path}.html`;
    await serve(url, evidenceAtTheEnd(withEvidence));
    const page = await context.newPage();
    await page.goto(url);
    const news = new NewsPage(page);
    await expect.poll(() => news.markCount(), { timeout: 30_000 }).toBeGreaterThanOrEqual(withEvidence ? 4 : 2);
    const first = await news.markTexts('#first');
    await page.close();
    return first;
  };
  expect(await marked('ohne-beleg', false)).toEqual([]);
  expect(await marked('mit-beleg', true)).toEqual(['Allianz']);
});
