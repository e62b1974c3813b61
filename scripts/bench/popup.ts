/**
 * `npm run bench -- popup`: how long the popup takes to open and be usable (search field focused,
 * this page's entities listed) with 10 000 sightings and 5 000 highlights stored, with the built
 * extension in Chromium. Baseline: opening the extension's empty options page the same way.
 */
import { withExtension } from './extension';
import { median, percentile } from './stats';
import { sized } from './size';

const PAGE_URL = 'https://www.handelsblatt.com/bench/popup.html';
const ROUNDS = sized(15, 2);
/** Visits of 20 entities each, and highlights, stored before the popup opens. */
const VISITS = sized(500, 10);
const HIGHLIGHTS = sized(5000, 50);

export async function benchPopup(): Promise<string[]> {
  const lines = await withExtension(PAGE_URL, async ({ context, worker, extensionId }) => {
    const tabId = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      return (await chrome.tabs.query({ active: true }))[0]?.id;
    });

    // 10 000 sightings through the message API (VISITS of 20 entities), 5 000 highlights written
    // straight into the database from an extension page, in the store's record shape.
    const seed = await context.newPage();
    await seed.goto(`chrome-extension://${extensionId}/options.html`);
    await seed.evaluate(
      async ({ visits, highlights }) => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
        const ids = [
          'Q17',
          'Q30',
          'Q148',
          'Q183',
          'Q2283',
          'Q37156',
          'Q53247',
          'Q478214',
          'Q53268',
          'Q66048',
          'Q81230',
          'Q552581',
          'Q9396',
          'Q9401',
          'Q26678',
          'Q27530',
          'Q487292',
          'Q152051',
          'Q3895',
          'Q145',
        ];
        for (let v = 0; v < visits; v++) {
          await chrome.runtime.sendMessage({
            type: 'kb/recordSightings',
            payload: {
              url: `https://www.handelsblatt.com/a/${v}.html`,
              title: `Artikel ${v}`,
              entities: ids.map((id) => ({ id, count: 1 + (v % 5) })),
            },
          });
        }
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('querverweis');
          open.onsuccess = () => {
            const tx = open.result.transaction('highlights', 'readwrite');
            for (let h = 0; h < highlights; h++) {
              const exact = 'Japan setzt auf Chips';
              tx.objectStore('highlights').put({
                id: `urn:uuid:00000000-0000-4000-8000-${h.toString(16).padStart(12, '0')}`,
                url: `https://www.handelsblatt.com/a/${h % 500}.html`,
                title: `Artikel ${h % 500}`,
                createdAt: h,
                updatedAt: h,
                color: 'yellow',
                note: '',
                tags: [],
                entityIds: ['Q17'],
                selectors: {
                  quote: { type: 'TextQuoteSelector', exact },
                  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
                },
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        });
      },
      { visits: VISITS, highlights: HIGHLIGHTS },
    );
    await seed.close();

    const opened = async (path: string, ready: string) => {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const p = await context.newPage();
        const t0 = Date.now();
        await p.goto(`chrome-extension://${extensionId}/${path}`);
        await p.locator(ready).first().waitFor({ state: 'visible' });
        times.push(Date.now() - t0);
        await p.close();
      }
      return times;
    };
    const popupMs = await opened(`popup.html?tab=${tabId}`, '[data-page-entity="Q17"]');
    const optionsMs = await opened('options.html', 'h1');
    return [
      `popup with ${(VISITS * 20).toLocaleString('en')} sightings and ${HIGHLIGHTS.toLocaleString('en')} highlights stored, built extension in Chromium, ${ROUNDS} openings`,
      `  open to usable (entities listed)   median ${median(popupMs).toFixed(0)} ms, p95 ${percentile(popupMs, 95).toFixed(0)} ms (goal ≤ 150 ms)`,
      `  the empty options page             median ${median(optionsMs).toFixed(0)} ms (the cost of opening any extension page)`,
    ];
  });
  return lines ?? ['popup: build the extension first (npm run build)'];
}
