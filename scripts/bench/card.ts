/**
 * `npm run bench -- card`: how long the hover card takes from the moment it is asked for (the
 * keyboard shortcut steps to a mention, which opens the card without the dwell delay) until the
 * entity's facts are drawn in the card's frame, with the built extension in Chromium on a news page.
 * The content script stamps the request; the card's frame measures against that stamp. Baseline:
 * the bare message round trip to the background for the same card, from an extension page.
 */
import { activeTabId, withExtension } from './extension';
import { median, percentile } from './stats';
import { sized } from './size';

const PAGE_URL = 'https://www.handelsblatt.com/bench/card.html';
const ROUNDS = sized(40, 3);

export async function benchCard(): Promise<string[]> {
  const lines = await withExtension(PAGE_URL, async ({ context, extensionId, page, worker }) => {
    const tabId = await activeTabId(worker);
    const sendStep = () =>
      worker.evaluate((id) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: unknown): Promise<unknown> } };
        };
        return chrome.tabs.sendMessage(id, { type: 'page/step', payload: { direction: 'next' } }, { frameId: 0 });
      }, tabId!);
    // On a loaded machine the tab's content script may not listen yet when the first step is sent.
    const step = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await sendStep();
        } catch (e) {
          if (attempt === 40 || !/Receiving end does not exist/.test(String(e))) throw e;
          await page.waitForTimeout(50);
        }
      }
    };
    const frame = async () => {
      for (let i = 0; i < 200; i++) {
        const f = page.frames().find((x) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(x.url()));
        if (f) return f;
        await page.waitForTimeout(25);
      }
      throw new Error('no card frame');
    };
    const card = await frame();
    await card.waitForFunction(() => 'querverweisCardTimings' in window);
    const count = () => card.evaluate(() => (window as unknown as { querverweisCardTimings: number[] }).querverweisCardTimings.length);
    for (let i = 0; i < ROUNDS; i++) {
      const before = await count();
      await step();
      while ((await count()) === before) await page.waitForTimeout(2);
    }
    const cardMs = await card.evaluate(() => (window as unknown as { querverweisCardTimings: number[] }).querverweisCardTimings);

    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    const roundTripMs: number[] = await ext.evaluate(async (rounds) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      const ids = ['Q17', 'Q30', 'Q2283', 'Q37156', 'Q53247', 'Q148', 'Q66048', 'slug:rapidus'];
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'kb/card', payload: { id: ids[i % ids.length], pageEntityIds: ids } });
        times.push(performance.now() - t0);
      }
      return times;
    }, ROUNDS);

    return [
      `hover card, built extension in Chromium, ${ROUNDS} cards on a news page (an extension page in a frame)`,
      `  card drawn after the request       median ${median(cardMs).toFixed(1)} ms, p95 ${percentile(cardMs, 95).toFixed(1)} ms (goal ≤ 30 ms after the dwell)`,
      `  bare kb/card message round trip    median ${median(roundTripMs).toFixed(1)} ms, p95 ${percentile(roundTripMs, 95).toFixed(1)} ms`,
    ];
  });
  return lines ?? ['card: build the extension first (npm run build)'];
}
