/** Page object for a news article with Querverweis marks. */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { ATTR_ENTITY_ID, ATTR_ENTITY_TYPE, MARK_TAG } from '../../../lib/dom-labels';

export class NewsPage {
  constructor(readonly page: Page) {}

  /** Serves `html` at `url`, opens it in a new tab and waits for the first mark. */
  static async open(context: BrowserContext, serve: (url: string, html: string) => Promise<void>, url: string, html: string): Promise<NewsPage> {
    await serve(url, html);
    const page = await context.newPage();
    await page.goto(url);
    const news = new NewsPage(page);
    await news.waitForMarks();
    return news;
  }

  marks(): Locator {
    return this.page.locator(`[${ATTR_ENTITY_ID}]`);
  }

  mark(entityId: string): Locator {
    return this.page.locator(`[${ATTR_ENTITY_ID}="${entityId}"]`);
  }

  /** Waits until the content script has marked something. */
  async waitForMarks(): Promise<void> {
    await this.marks().first().waitFor({ state: 'attached', timeout: 15_000 });
  }

  /** [text, entity id, type] of every mark in document order. */
  async markList(): Promise<Array<[string, string, string]>> {
    return this.page.$$eval(`[${ATTR_ENTITY_ID}]`, (els, attrs) => els.map((el) => [el.textContent ?? '', el.getAttribute(attrs[0]!) ?? '', el.getAttribute(attrs[1]!) ?? ''] as [string, string, string]), [ATTR_ENTITY_ID, ATTR_ENTITY_TYPE]);
  }

  /** The hover card: a tooltip, or a dialog when it holds controls. */
  hoverCard(): Locator {
    return this.page.locator('querverweis-card [role="tooltip"], querverweis-card [role="dialog"]');
  }

  async hover(entityId: string, nth = 0): Promise<void> {
    await this.mark(entityId).nth(nth).hover();
  }

  markTag(): string {
    return MARK_TAG;
  }
}
