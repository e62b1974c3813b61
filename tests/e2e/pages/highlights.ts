/** Selecting text and working with highlights on a news page. */
import type { Locator, Page } from '@playwright/test';
import { HIGHLIGHTER_HOST, READER_HIGHLIGHT_PREFIX } from '../../../lib/dom-labels';
import { extensionFrame, NewsPage } from './news-page';

/** Selects the first occurrence of `text` in the article (it may cross elements), as a reader's drag would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector('article') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    const starts: number[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      starts.push(all.length);
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`text not on page: ${wanted}`);
    // The start lies in the node holding the character at `offset`, the end in the node holding the one before it.
    const locate = (offset: number, end: boolean) => {
      const i = nodes.findIndex((n, k) => (end ? starts[k]! < offset && offset <= starts[k]! + n.length : offset < starts[k]! + n.length && offset >= starts[k]!));
      return { node: nodes[i]!, offset: offset - starts[i]! };
    };
    const a = locate(at, false);
    const b = locate(at + wanted.length, true);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, text);
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
