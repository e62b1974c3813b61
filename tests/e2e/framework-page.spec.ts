/**
 * A page whose scripts own their text (a framework, a ticker) keeps it exactly: the extension never
 * adds, splits or changes a node, so every update the page makes lands as the page meant it, and the
 * marks follow the new text. Each step is done on the same page without the extension (a site it
 * does not run on) and the two serialisations are compared.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/finanzen/boerse-live.html';
const BARE_URL = 'https://www.example.org/finanzen/boerse-live.html';
const PREACT = readFileSync(resolve('node_modules/preact/dist/preact.mjs'), 'utf8');

/** The page as its own scripts left it: the body without the extension's hosts. */
const serialised = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('querverweis-card, querverweis-editor, querverweis-highlighter')) el.remove();
    return { html: clone.innerHTML, text: document.getElementById('app')!.textContent + document.getElementById('ticker')!.textContent };
  });

test('a framework-driven page keeps its text exactly while the marks follow it', async ({ context, serve }) => {
  for (const host of ['https://www.handelsblatt.com', 'https://www.example.org']) {
    await context.route(`${host}/js/preact.mjs`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: PREACT }));
  }
  const html = readTestPage('framework-news.html');
  await serve(BARE_URL, html);
  const bare = await context.newPage();
  await bare.goto(BARE_URL);
  await bare.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready);
  const news = await NewsPage.open(context, serve, URL, html);
  const { page } = news;
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready);
  await expect.poll(() => news.markTexts()).toEqual(['Siemens', 'Japan', 'BASF', 'China', 'Toyota', 'Siemens']);
  expect(await bare.evaluate(() => CSS.highlights.size)).toBe(0);

  const both = async (fn: (p: Page) => Promise<unknown>) => {
    await fn(bare);
    await fn(page);
    await expect.poll(async () => (await serialised(page)).html).toBe((await serialised(bare)).html);
    expect((await serialised(page)).text).toBe((await serialised(bare)).text);
  };
  type Driven = Window & { __set(s: object): Promise<void>; __tick(n: number): void };

  // State update: Preact rewrites the paragraph's text node in place.
  await both((p) => p.evaluate(() => (window as unknown as Driven).__set({ lead: 'Siemens und BASF liefern nach China.' })));
  await expect.poll(() => news.markTexts('#lead')).toEqual(['Siemens', 'BASF', 'China']);

  // A keyed list reordered (nodes moved), then its children replaced.
  await both((p) => p.evaluate(() => (window as unknown as Driven).__set({ items: ['Toyota', 'China', 'BASF'] })));
  await expect.poll(() => news.markTexts('ul')).toEqual(['Toyota', 'China', 'BASF']);
  await both((p) => p.evaluate(() => (window as unknown as Driven).__set({ items: ['Japan', 'Volkswagen'] })));
  await expect.poll(() => news.markTexts('ul')).toEqual(['Japan', 'Volkswagen']);

  // A ticker's text node rewritten (t.data = …) again and again: never duplicated, always marked.
  for (let n = 6; n < 10; n++) await both((p) => p.evaluate((k) => (window as unknown as Driven).__tick(k), n));
  expect((await serialised(page)).text).toContain('Kurs: Siemens 9');
  expect((await serialised(page)).text).not.toContain('Kurs: Siemens 5');
  await expect.poll(() => news.markTexts('#ticker')).toEqual(['Siemens']);
  await expect.poll(() => news.markTexts()).toEqual(['Siemens', 'BASF', 'China', 'Japan', 'Volkswagen', 'Siemens']);
});

test("a page that re-renders its <body> or swaps in a new one keeps its marks and the extension's UI", async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  // Re-render: the body's children replaced (our hosts with them).
  await page.evaluate(() => {
    document.body.innerHTML = '<main><p id="one">Siemens baut in Japan.</p></main>';
  });
  await expect.poll(() => news.markTexts()).toEqual(['Siemens', 'Japan']);
  await expect
    .poll(() => page.evaluate(() => [...document.body.children].map((c) => c.localName)))
    .toEqual(['main', 'querverweis-card', 'querverweis-editor', 'querverweis-highlighter']);
  await news.hover('Siemens');
  await expect(await news.hoverCard()).toBeVisible();
  await page.mouse.move(2, 2);
  await expect(await news.hoverCard()).toBeHidden();

  // A new <body> swapped in, as Turbo does.
  await page.evaluate(() => {
    const next = document.createElement('body');
    next.innerHTML = '<main><p>Die Deutsche Bank und BASF in China.</p></main>';
    document.documentElement.replaceChild(next, document.body);
  });
  await expect.poll(() => news.markTexts()).toEqual(['Deutsche Bank', 'BASF', 'China']);
  await expect
    .poll(() => page.evaluate(() => [...document.body.children].map((c) => c.localName)))
    .toEqual(['main', 'querverweis-card', 'querverweis-editor', 'querverweis-highlighter']);
  await news.hover('BASF');
  await expect(await news.hoverCard()).toContainText('BASF');
});

test('a ticker re-rendering every 500 ms keeps no node of the page alive: node count and heap stay flat', async ({ context, serve }) => {
  const ticker = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ticker</title></head><body>
    <main><h1>Ticker</h1><div id="t"></div></main>
    <script>
      let n = 0;
      const render = () => { document.getElementById('t').innerHTML = Array.from({ length: 20 }, (_, i) => '<p>Siemens und <b>BASF</b> in Japan, Meldung ' + (n + i) + '</p>').join(''); n++; };
      render();
      setInterval(render, 500);
    </script></body></html>`;
  const news = await NewsPage.open(context, serve, 'https://www.handelsblatt.com/ticker.html', ticker);
  const { page } = news;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { nodes: get('Nodes'), heap: get('JSHeapUsedSize') };
  };
  await page.waitForTimeout(2000);
  const early = await measure();
  await page.waitForTimeout(12_000);
  const late = await measure();
  // 24 re-renders of 80 nodes happened in between; what the page dropped is gone.
  expect(late.nodes).toBeLessThan(early.nodes * 1.3 + 200);
  expect(late.heap).toBeLessThan(early.heap * 1.5);
  // The marks follow the ticker: those of its current text (and at most one render behind), never piling up.
  // (Between a re-render and the pass 150 ms later the old ranges are collapsed: poll for a moment with marks.)
  let marks: string[] = [];
  await expect
    .poll(async () => (marks = (await news.markTexts()).filter(Boolean)).length, { timeout: 5000, intervals: [50] })
    .toBeGreaterThan(0);
  expect(new Set(marks)).toEqual(new Set(['Siemens', 'BASF', 'Japan']));
  expect(await news.markCount()).toBeLessThanOrEqual(2 * 60);
});
