/** Selecting text and working with highlights on a news page. */
import type { Locator, Page } from '@playwright/test';
import { HIGHLIGHTER_HOST, READER_HIGHLIGHT_PREFIX } from '../../../lib/dom-labels';
import { selectTextInPage } from './in-page';
import { extensionFrame, NewsPage } from './news-page';

/** Selects the first occurrence of `text` in the article (it may cross elements), as a reader's drag would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectTextInPage, text);
}

/** The "Highlight" button beside the selection (an open shadow root: it holds nothing of the reader's). */
export function highlightButton(page: Page): Locator {
  return page.locator(`${HIGHLIGHTER_HOST} .qv-hl-button`);
}

/** The highlight editor inside its extension-origin frame. */
export async function highlightEditor(page: Page): Promise<Locator> {
  return (await extensionFrame(page, '/highlight-editor.html')).locator('[role="dialog"]');
}

/** Texts of the reader's highlights painted on the page, in document order. */
export function highlightTexts(page: Page): Promise<string[]> {
  return new NewsPage(page).highlightTexts();
}

/** Clicks the middle of the painted highlight that reads `text`, as the reader would. */
export async function clickHighlight(page: Page, text: string): Promise<void> {
  const names = await page.evaluate((prefix) => [...CSS.highlights.keys()].filter((n) => n.startsWith(prefix)), READER_HIGHLIGHT_PREFIX);
  const { x, y } = await new NewsPage(page).pointOf(names, text);
  await page.mouse.click(x, y);
}
