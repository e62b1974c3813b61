/** Selecting text and working with highlights on a news page. */
import type { Locator, Page } from '@playwright/test';
import { ATTR_HIGHLIGHT_ID, HIGHLIGHTER_HOST } from '../../../lib/dom-labels';

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

export function highlightButton(page: Page): Locator {
  return page.locator(`${HIGHLIGHTER_HOST} .qv-hl-button`);
}

export function highlightEditor(page: Page): Locator {
  return page.locator(`${HIGHLIGHTER_HOST} [role="dialog"]`);
}

export function highlights(page: Page): Locator {
  return page.locator(`[${ATTR_HIGHLIGHT_ID}]`);
}
