/**
 * Page object for a news article with Querverweis marks. Marks are ranges in the page's highlight
 * registry (the README's contract): `CSS.highlights.get('querverweis-company' | 'querverweis-country')`.
 * The page sees their text and place, nothing else; entity ids come from the content script's
 * answer to the popup (`page/entities`).
 */
import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { MARK_HIGHLIGHT, READER_HIGHLIGHT_PREFIX } from '../../../lib/dom-labels';
import { countRanges, highlightColorOf, pointOfRange, prefixedRangeTexts, readMarks, type MarkRow } from './in-page';

export type { MarkRow };

export class NewsPage {
  constructor(readonly page: Page) {}

  /** Serves `html` at `url`, opens it in a new tab and waits for the first mark. */
  static async open(
    context: BrowserContext,
    serve: (url: string, html: string) => Promise<void>,
    url: string,
    html: string,
  ): Promise<NewsPage> {
    await serve(url, html);
    const page = await context.newPage();
    await page.goto(url);
    const news = new NewsPage(page);
    await news.waitForMarks();
    return news;
  }

  /** [text, type] of every mark, in document order; `within` limits them to one element's text. */
  async markList(within?: string): Promise<MarkRow[]> {
    return this.page.evaluate(readMarks, { names: MARK_HIGHLIGHT, within });
  }

  async markTexts(within?: string): Promise<string[]> {
    return (await this.markList(within)).map(([text]) => text);
  }

  async markCount(): Promise<number> {
    return this.page.evaluate(countRanges, Object.values(MARK_HIGHLIGHT));
  }

  /** Waits until the content script has marked something. */
  async waitForMarks(): Promise<void> {
    await this.page.waitForFunction(
      (names) => Object.values(names).some((name) => ((CSS.highlights.get(name) as Set<Range> | undefined)?.size ?? 0) > 0),
      MARK_HIGHLIGHT,
      { timeout: 15_000 },
    );
  }

  /** The viewport point at the middle of the nth range of `name` reading `text` (scrolled into view). */
  async pointOf(names: string[], text: string, nth = 0): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(pointOfRange, { names, text, nth });
    if (!point) throw new Error(`no range reads "${text}" (#${nth}) in ${names.join(', ')}`);
    return point;
  }

  /** Moves the pointer onto the nth mark that reads `text`. */
  async hover(text: string, nth = 0): Promise<void> {
    const { x, y } = await this.pointOf(Object.values(MARK_HIGHLIGHT), text, nth);
    // Two moves: the hover is judged once per frame from the pointer's last position.
    await this.page.mouse.move(x - 2, y);
    await this.page.mouse.move(x, y);
  }

  /** The hover card: a tooltip, or a dialog when it holds controls, inside its extension-origin frame. */
  async hoverCard(): Promise<Locator> {
    return (await extensionFrame(this.page, '/card.html')).locator('[role="tooltip"], [role="dialog"]');
  }

  /** The entities the content script reports for this tab (what the popup lists), sorted by id. */
  static async entities(background: Worker, tabId: number | undefined): Promise<Array<{ id: string; type: string; count: number }>> {
    type Chrome = {
      tabs: { sendMessage(id: number, msg: unknown): Promise<{ ok: boolean; value: Array<{ id: string; type: string; count: number }> }> };
    };
    const reply = await background.evaluate(
      (id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id!, { type: 'page/entities', payload: {} }),
      tabId,
    );
    return [...reply.value].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Texts of the reader's highlights painted on the page, in document order. */
  async highlightTexts(): Promise<string[]> {
    return this.page.evaluate(prefixedRangeTexts, READER_HIGHLIGHT_PREFIX);
  }

  /** The colour of the highlight reading `text` (from its registry entry's name). */
  async highlightColor(text: string): Promise<string | undefined> {
    return this.page.evaluate(highlightColorOf, { prefix: READER_HIGHLIGHT_PREFIX, text });
  }
}

/** The extension page framed into `page` whose address holds `path` (the page's DOM cannot reach it). */
export async function extensionFrame(page: Page, path: string): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === path);
  for (let i = 0; i < 200 && !find(); i++) await page.waitForTimeout(25);
  const frame = find();
  if (!frame) throw new Error(`no extension frame ${path} in the page`);
  return frame;
}
