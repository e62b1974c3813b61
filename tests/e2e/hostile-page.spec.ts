/**
 * The news page as an adversary: its scripts try to read, drive or outlive the reader's data. Each
 * test plays one finding of issue #16 against the built extension; each failed before the fix.
 */
import type { Page } from '@playwright/test';
import { expect, readTestPage, test } from './fixtures';
import { highlightButton, highlightEditor, highlightTexts, selectText } from './pages/highlights';
import { extensionFrame, NewsPage } from './pages/news-page';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const NOTE = 'Geheime Notiz: Verkauf vor der Hauptversammlung';
const TAG = 'vertraulich-7731';

/** Everything a page script can see: its DOM with open shadow roots, its globals, the highlight registry. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    for (const [name, set] of CSS.highlights as unknown as Map<string, Set<Range>>) parts.push(name, ...[...set].map((r) => r.toString()));
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const v = (window as unknown as Record<string, unknown>)[key];
        if (typeof v === 'string') parts.push(v);
      } catch {
        /* cross-origin */
      }
    }
    // Frames: a cross-origin frame's document and address are out of reach.
    for (let i = 0; i < window.frames.length; i++) {
      try {
        parts.push(window.frames[i]!.document.documentElement.outerHTML, window.frames[i]!.location.href);
      } catch {
        parts.push('frame unreadable');
      }
    }
    return parts.join('\n');
  });
}

async function highlightWithNote(news: NewsPage, quote: string) {
  await selectText(news.page, quote);
  await highlightButton(news.page).click();
  const editor = await highlightEditor(news.page);
  await expect(editor).toBeVisible();
  return editor;
}

test('the page cannot read a note or tags, nor log the keys the reader types into them', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  // The page logs every key event it can get, in every phase.
  await page.evaluate(() => {
    const w = window as unknown as { __keys: string[] };
    w.__keys = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
      window.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
      document.addEventListener(type, (e) => w.__keys.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
    }
  });
  const editor = await highlightWithNote(news, 'Toyota und Panasonic arbeiten an Batterien');
  await editor.getByLabel('Notiz').click();
  await page.keyboard.type(NOTE);
  await editor.getByLabel('Schlagwörter, durch Kommas getrennt').fill(TAG);
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(editor.getByRole('status')).toHaveText('Gespeichert.');

  expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
  const seen = await whatThePageSees(page);
  expect(seen).not.toContain('Geheime Notiz');
  expect(seen).not.toContain(TAG);
  // The editor's frame is another origin's document in a closed shadow root: not even listed in window.frames.
  expect(await page.evaluate(() => window.frames.length)).toBe(0);
  expect(seen).not.toContain('highlight-editor.html');
  // The highlight's place is painted, as the README says; nothing else of it.
  expect(await highlightTexts(page)).toEqual(['Toyota und Panasonic arbeiten an Batterien']);

  // After a reload, a page script clicking the highlight opens nothing it can read either.
  await page.reload();
  await news.waitForMarks();
  await expect.poll(() => highlightTexts(page)).toHaveLength(1);
  expect(await whatThePageSees(page)).not.toContain('Geheime Notiz');
});

test('synthetic events from the page create no highlight, open no editor and no card', async ({ context, serve }) => {
  const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
  const { page } = news;
  await selectText(page, 'Panasonic beliefert auch Tesla');
  await expect(highlightButton(page)).toBeVisible();
  // The page finds the button (its shadow root is open: nothing private in it) and clicks it by script.
  await page.evaluate(() => {
    const button = document.querySelector('querverweis-highlighter')!.shadowRoot!.querySelector('button')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await page.waitForTimeout(500);
  expect(await highlightTexts(page)).toEqual([]);

  // A fake mark with an entity id, hovered by synthetic pointer events: no card (marks are not elements).
  await page.evaluate(() => {
    const fake = document.createElement('span');
    fake.setAttribute('data-entity-id', 'Q2283');
    fake.textContent = 'Microsoft';
    document.querySelector('article')!.prepend(fake);
    const r = fake.getBoundingClientRect();
    for (const type of ['pointerover', 'pointermove', 'mouseover', 'focusin'])
      fake.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: r.left + 5, clientY: r.top + 5 }));
  });
  await page.waitForTimeout(600);
  await expect(await news.hoverCard()).toHaveCount(0);
  // The page's own span was left as the page made it; the extension did not mark it (it was not read yet) or touch it.
  expect(
    await page
      .locator('article > span')
      .first()
      .evaluate((el) => el.outerHTML),
  ).toBe('<span data-entity-id="Q2283">Microsoft</span>');
});

test("the page cannot shut the content script down with WXT's start event, nor learn the id from a postMessage", async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(
    URL,
    readTestPage('handelsblatt-chips.html').replace(
      '<head>',
      `<head><script>window.__messages = []; window.addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));</script>`,
    ),
  );
  const page = await context.newPage();
  await page.goto(URL);
  const news = new NewsPage(page);
  await news.waitForMarks();
  const before = await news.markCount();
  expect(before).toBeGreaterThan(10);
  expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages.join('\n'))).not.toContain(
    'content-script-started',
  );
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'page-made' } }),
    );
  }, extensionId);
  // New content still gets marked: the script is alive.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Nachtrag: Siemens baut in Japan.';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(() => news.markTexts()).toContain('Siemens');
  expect(await news.markCount()).toBe(before + 2);
});

test('single-page navigation loads the highlights of the new address, not of the one before', async ({ context, serve }) => {
  const other = 'https://www.handelsblatt.com/technik/it-internet/zweiter-artikel/100000002.html';
  // Two articles without a canonical link (the test page's link would make them one address).
  const html = readTestPage('handelsblatt-chips.html').replace(/<link rel="canonical"[^>]*>/, '');
  // The reader highlighted a passage on the second article.
  const second = await NewsPage.open(context, serve, other, html);
  await highlightWithNote(second, 'Toyota und Panasonic arbeiten an Batterien');
  await second.page.close();
  // On the first article, the page's router moves to the second one and renders it.
  const news = await NewsPage.open(context, serve, URL, html);
  await news.page.waitForTimeout(500);
  expect(await highlightTexts(news.page)).toEqual([]);
  await news.page.evaluate((to) => {
    history.pushState({}, '', to);
    const p = document.createElement('p');
    p.textContent = 'Neu gerendert.';
    document.querySelector('article')!.append(p);
  }, other);
  await expect.poll(() => highlightTexts(news.page), { timeout: 5000 }).toEqual(['Toyota und Panasonic arbeiten an Batterien']);
});

test("the card of the reader's own entity is shown only inside the extension's frame", async ({ context, serve, extensionId }) => {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    await chrome.runtime.sendMessage({
      type: 'kb/addEntity',
      payload: {
        entity: {
          type: 'company',
          name: 'Geheimfirma Beteiligungs GmbH',
          aliases: ['Geheimfirma'],
          description: { de: 'Privat: Zielunternehmen für die Übernahme', en: 'Private: takeover target' },
        },
      },
    });
  });
  const html = readTestPage('handelsblatt-chips.html').replace('Toyota und Panasonic', 'Geheimfirma, Toyota und Panasonic');
  const news = await NewsPage.open(context, serve, URL, html);
  await expect.poll(() => news.markTexts()).toContain('Geheimfirma');
  await news.hover('Geheimfirma');
  const card = await news.hoverCard();
  await expect(card).toContainText('Zielunternehmen');
  expect(await whatThePageSees(news.page)).not.toContain('Zielunternehmen');
  // The frame is there for the reader (Playwright reaches it through the browser, as the README says).
  expect((await extensionFrame(news.page, '/card.html')).url()).toMatch(/^chrome-extension:\/\//);
});
