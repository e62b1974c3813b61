/** Page object for the popup, opened as a page for a given tab. */
import type { BrowserContext, Locator, Page } from '@playwright/test';

export class Popup {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<Popup> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tab=${tabId}` : ''}`);
    return new Popup(page);
  }

  search(): Locator {
    return this.page.locator('input[type="search"]');
  }

  pageEntity(id: string): Locator {
    return this.page.locator(`[data-page-entity="${id}"]`);
  }

  results(): Locator {
    return this.page.getByRole('option');
  }
}
