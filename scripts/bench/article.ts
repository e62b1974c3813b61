/**
 * `npm run bench -- article`: a typical 30 KB article with the built extension in Chromium: how
 * soon after the page is ready the marks are painted, and how much main-thread time the extension
 * costs there. Baseline: the same article under an address the extension does not run on, loaded
 * the same way in the same browser; the difference of the page's script and task time is ours.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { withExtension } from './extension';
import { median } from './stats';
import { sized } from './size';

const OURS = 'https://www.handelsblatt.com/bench/artikel-30kb.html';
const BARE = 'https://www.example.org/bench/artikel-30kb.html';
const RUNS = sized(7, 2);

/** The chips article's paragraphs repeated to about 30 KB of HTML, with a probe for the first paint of marks. */
function article(): string {
  const html = readFileSync(resolve('tests/pages/handelsblatt-chips.html'), 'utf8');
  const paragraphs = html.match(/<p[^]*?<\/p>/g)!.join('\n');
  let body = '';
  while (body.length < 30_000) body += `${paragraphs}\n`;
  const probe = `<script>
    window.__qv = {};
    addEventListener('DOMContentLoaded', () => (window.__qv.ready = performance.now()));
    (function poll() {
      const n = (CSS.highlights.get('querverweis-company')?.size ?? 0) + (CSS.highlights.get('querverweis-country')?.size ?? 0);
      if (n > 0 && !window.__qv.painted) window.__qv.painted = performance.now();
      if (!window.__qv.painted) requestAnimationFrame(poll);
    })();
  </script>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Artikel</title>${probe}</head><body><article><h1>Chipindustrie</h1>${body}</article></body></html>`;
}

export async function benchArticle(): Promise<string[]> {
  const html = article();
  const lines = await withExtension(OURS, async ({ context }) => {
    await context.route('https://www.*/bench/artikel-30kb.html', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    const load = async (url: string) => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url);
      await page.waitForTimeout(1500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      const probe = await (page as Page).evaluate(() => (window as unknown as { __qv: { ready?: number; painted?: number } }).__qv);
      await page.close();
      return {
        script: get('ScriptDuration'),
        task: get('TaskDuration'),
        firstPaint: probe.painted !== undefined && probe.ready !== undefined ? probe.painted - probe.ready : NaN,
      };
    };
    const ours = [];
    const bare = [];
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await load(BARE));
      ours.push(await load(OURS));
    }
    // A cold start: the service worker stopped (as the browser does after 30 s idle), then the page.
    const stopWorkers = async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    };
    for (let i = 0; i < RUNS; i++) {
      await stopWorkers();
      cold.push(await load(OURS));
    }

    const m = (xs: { [k: string]: number }[], k: string) => median(xs.map((x) => x[k]!));
    return [
      `a typical article (${(html.length / 1000).toFixed(0)} KB), built extension in Chromium, median of ${RUNS} loads each`,
      `  marks painted after DOMContentLoaded  ${m(ours, 'firstPaint').toFixed(0)} ms (goal: first marks ≤ 100 ms after document_idle with the background warm)`,
      `  main-thread script time               ours ${(m(ours, 'script') - m(bare, 'script')).toFixed(1)} ms more than the bare page's ${m(bare, 'script').toFixed(1)} ms (goal ≤ 15 ms)`,
      `  main-thread task time                 ours ${(m(ours, 'task') - m(bare, 'task')).toFixed(1)} ms more than the bare page's ${m(bare, 'task').toFixed(1)} ms`,
      `  after a cold service-worker start     marks painted ${m(cold, 'firstPaint').toFixed(0)} ms after DOMContentLoaded (goal ≤ 400 ms)`,
    ];
  });
  return lines ?? ['article: build the extension first (npm run build)'];
}
