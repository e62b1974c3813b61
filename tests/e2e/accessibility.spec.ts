/**
 * Accessibility of every view, in light and dark: axe-core's WCAG 2.1 A/AA rules (labels, names,
 * contrast, roles) on the popup, the options page, and the hover card and highlight editor inside
 * a news page (axe reads open shadow roots).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { expect, readTestPage, test } from './fixtures';
import { highlightButton, highlightEditor, selectText } from './pages/highlights';
import { extensionFrame, NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

const URL = 'https://www.handelsblatt.com/technik/it-internet/chipindustrie-japans-aufholjagd/100000001.html';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: string[]; any: Array<{ message: string }> }> }> };
const describe = (result: AxeResult) =>
  result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`,
  );

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  return describe((await (include ? builder.include(include) : builder).analyze()) as AxeResult);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe in an extension frame on the page (the card, the editor), which the page's own DOM cannot reach. */
async function frameViolations(frame: Frame) {
  await frame.evaluate(AXE);
  return describe(
    await frame.evaluate(
      (tags) =>
        (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResult> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        }),
      WCAG,
    ),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('popup and options page', async ({ context, serve, extensionId, activeTabId }) => {
      await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
      const popup = await Popup.open(context, extensionId, await activeTabId());
      await expect(popup.pageEntity('Q2283')).toBeVisible();
      expect(await violations(popup.page)).toEqual([]);
      await popup.search().fill('Sony');
      await expect(popup.results().first()).toBeVisible();
      expect(await violations(popup.page)).toEqual([]);

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(options)).toEqual([]);
      await options.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
      expect(await violations(options)).toEqual([]);
    });

    test('hover card and highlight editor on a page', async ({ context, serve }) => {
      const news = await NewsPage.open(context, serve, URL, readTestPage('handelsblatt-chips.html'));
      await news.hover('Microsoft');
      await expect(await news.hoverCard()).toBeVisible();
      expect(await frameViolations(await extensionFrame(news.page, '/card.html'))).toEqual([]);
      await news.page.keyboard.press('Escape');

      await selectText(news.page, 'Toyota und Panasonic arbeiten an Batterien');
      await highlightButton(news.page).click();
      await expect(await highlightEditor(news.page)).toBeVisible();
      expect(await frameViolations(await extensionFrame(news.page, '/highlight-editor.html'))).toEqual([]);
      expect(await violations(news.page, 'querverweis-highlighter')).toEqual([]);
    });
  });
}
