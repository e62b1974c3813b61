/** The two gold-labelled pages from ../shared/fixtures; skipped where that folder is absent. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hasSharedFixtures, SHARED_FIXTURES, test } from './fixtures';
import { NewsPage } from './pages/news-page';

test.skip(!hasSharedFixtures, '../shared/fixtures is not present');

// seed-003's own URL is not a news site on the list, so it is served under a Handelsblatt path.
const PAGES = [
  {
    name: 'seed-000-usa-japan',
    url: 'https://www.handelsblatt.com/meinung/kolumnen/asia-techonomics/fixture-usa-japan-technologie-partnerschaft.html',
  },
  { name: 'seed-003-japan-china', url: 'https://www.handelsblatt.com/politik/international/japan-china-annaeherung.html' },
];

for (const { name, url } of PAGES) {
  test(`marks the gold mentions on ${name}`, async ({ context, serve, blockedRequests }) => {
    await serve(url, readFileSync(join(SHARED_FIXTURES, 'pages', `${name}.html`), 'utf8'));
    const page = await context.newPage();
    await page.goto(url);
    const news = new NewsPage(page);
    await news.waitForMarks();
    const gold = JSON.parse(readFileSync(join(SHARED_FIXTURES, 'gold', `${name}.json`), 'utf8')) as {
      mentions: Array<{ text: string; type: string; optional?: boolean }>;
      negatives: Array<{ text: string }>;
    };
    // Exactly the gold mentions are marked: the same texts, as often, and of the right type.
    const wanted = gold.mentions.filter((m) => m.type !== 'other_org' && !m.optional);
    const expected = wanted.map((m) => `${m.text} ${m.type === 'company' ? 'company' : 'country'}`).sort();
    // A mark on an optional gold mention ("Japanexperte") counts neither way.
    const optional = new Set(gold.mentions.filter((m) => m.optional).map((m) => m.text));
    const seen = async () =>
      (await news.markList())
        .filter(([text]) => !optional.has(text))
        .map(([text, type]) => `${text} ${type}`)
        .sort();
    await expect.poll(seen).toEqual(expected);
    const marked = new Set((await news.markList()).map(([text]) => text));
    for (const n of gold.negatives) expect(marked).not.toContain(n.text);
    // The search field on the page keeps its value untouched.
    await expect(page.locator('input[type="search"]')).toHaveValue('Japan Microsoft');
    expect(blockedRequests).toEqual([]);
  });
}
