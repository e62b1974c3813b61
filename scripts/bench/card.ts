/**
 * `npm run bench -- card`: how long the hover card takes from the moment it is asked for (a mark
 * gets focus, which opens the card without the dwell delay) until the entity's facts are on
 * screen, with the built extension in Chromium on a news page. Baseline: the bare message round
 * trip to the background for the same card, from the same page's extension context.
 */
import { withExtension } from './extension';
import { median, percentile } from './stats';
import { sized } from './size';

const PAGE_URL = 'https://www.handelsblatt.com/bench/card.html';
const ROUNDS = sized(40, 3);

export async function benchCard(): Promise<string[]> {
  const lines = await withExtension(PAGE_URL, async ({ context, extensionId, page }) => {
    // Focus a mark, wait until its card shows the entity's name, Escape; repeat over the page's marks.
    const cardMs: number[] = await page.evaluate(async (rounds) => {
      // The marks that take focus: one per entity (its first), as a keyboard reader meets them.
      const marks = [...document.querySelectorAll<HTMLElement>('[data-entity-id][tabindex="0"]')];
      const root = document.querySelector('querverweis-card')!.shadowRoot!;
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const mark = marks[i % marks.length]!;
        const t0 = performance.now();
        mark.focus();
        // No named helpers in here: the function is serialised into the page as it is.
        while (!root.querySelector(`[data-card-entity="${mark.dataset.entityId}"]`)) await new Promise((r) => setTimeout(r, 1));
        times.push(performance.now() - t0);
        mark.blur();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        await new Promise((r) => setTimeout(r, 20));
      }
      return times;
    }, ROUNDS);

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
      `hover card, built extension in Chromium, ${ROUNDS} cards on a news page`,
      `  card on screen after the request   median ${median(cardMs).toFixed(1)} ms, p95 ${percentile(cardMs, 95).toFixed(1)} ms (goal ≤ 30 ms after the dwell)`,
      `  bare kb/card message round trip    median ${median(roundTripMs).toFixed(1)} ms, p95 ${percentile(roundTripMs, 95).toFixed(1)} ms`,
    ];
  });
  return lines ?? ['card: build the extension first (npm run build)'];
}
