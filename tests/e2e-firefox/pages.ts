/**
 * Page objects for the Firefox suite (puppeteer pages). What they read in the page is shared with
 * the Chromium suite (tests/e2e/pages/in-page.ts); puppeteer has no auto-waiting locators, so
 * elements are found by their accessible name with a short wait, and assertions poll.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { HIGHLIGHTER_HOST, MARK_HIGHLIGHT, READER_HIGHLIGHT_PREFIX } from '../../lib/dom-labels';
import {
  countRanges,
  highlightColorOf,
  pointOfRange,
  prefixedRangeTexts,
  rangeTexts,
  readMarks,
  selectTextInPage,
  type MarkRow,
} from '../e2e/pages/in-page';
import { extensionFrame, until, type Firefox } from './fixtures';

export class FirefoxNews {
  constructor(readonly page: Page) {}

  /** Serves `html` at `url`, opens it in a new tab and waits for the first mark. */
  static async open(firefox: Firefox, url: string, html: string): Promise<FirefoxNews> {
    firefox.serve(url, html);
    const page = await firefox.newPage();
    await page.goto(url);
    const news = new FirefoxNews(page);
    await news.waitForMarks();
    return news;
  }

  markList(within?: string): Promise<MarkRow[]> {
    return this.page.evaluate(readMarks, { names: MARK_HIGHLIGHT, within });
  }

  async markTexts(within?: string): Promise<string[]> {
    return (await this.markList(within)).map(([text]) => text);
  }

  markCount(): Promise<number> {
    return this.page.evaluate(countRanges, Object.values(MARK_HIGHLIGHT));
  }

  /** Texts of one registry entry (e.g. `querverweis-active`), in document order. */
  rangeTexts(name: string): Promise<string[]> {
    return this.page.evaluate(rangeTexts, name);
  }

  /** Waits until the content script has marked something. */
  async waitForMarks(): Promise<void> {
    await until(async () => (await this.markCount()) > 0, 15_000, 'no marks on the page');
  }

  /** The viewport point at the middle of the nth range of `names` reading `text` (scrolled into view). */
  async pointOf(names: string[], text: string, nth = 0): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(pointOfRange, { names, text, nth });
    if (!point) throw new Error(`no range reads "${text}" (#${nth}) in ${names.join(', ')}`);
    return point;
  }

  /** Moves the real pointer onto the nth mark that reads `text`. */
  async hover(text: string, nth = 0): Promise<void> {
    const { x, y } = await this.pointOf(Object.values(MARK_HIGHLIGHT), text, nth);
    // Two moves: the hover is judged once per frame from the pointer's last position.
    await this.page.mouse.move(x - 2, y);
    await this.page.mouse.move(x, y);
  }

  /** The hover card's frame (an extension page, card.html). */
  card(): Promise<Frame> {
    return extensionFrame(this.page, '/card.html');
  }

  /** The highlight editor's frame (highlight-editor.html). */
  editor(): Promise<Frame> {
    return extensionFrame(this.page, '/highlight-editor.html');
  }

  highlightTexts(): Promise<string[]> {
    return this.page.evaluate(prefixedRangeTexts, READER_HIGHLIGHT_PREFIX);
  }

  highlightColor(text: string): Promise<string | undefined> {
    return this.page.evaluate(highlightColorOf, { prefix: READER_HIGHLIGHT_PREFIX, text });
  }

  async select(text: string): Promise<void> {
    await this.page.evaluate(selectTextInPage, text);
  }

  /** The "Markieren" button beside the selection, in the open shadow root of its host; null while there is none. */
  async highlightButton(): Promise<ElementHandle<HTMLButtonElement> | null> {
    const handle = await this.page.evaluateHandle((host: string) => {
      const button = document.querySelector(host)?.shadowRoot?.querySelector<HTMLButtonElement>('.qv-hl-button');
      return button && button.getClientRects().length > 0 ? button : null;
    }, HIGHLIGHTER_HOST);
    return handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  }

  /** Clicks the middle of the reader's highlight that reads `text`. */
  async clickHighlight(text: string): Promise<void> {
    const names = await this.page.evaluate(
      (prefix: string) => [...CSS.highlights.keys()].filter((n) => n.startsWith(prefix)),
      READER_HIGHLIGHT_PREFIX,
    );
    const { x, y } = await this.pointOf(names, text);
    await this.page.mouse.click(x, y);
  }
}

/** The text a framed extension page shows, '' while its frame is hidden (a hidden frame has no viewport). */
export function visibleText(frame: Frame): Promise<string> {
  return frame.evaluate(() => (innerWidth > 0 && innerHeight > 0 ? document.body.innerText.trim() : '')).catch(() => '');
}

/**
 * The element in `where` (a page or frame) matching `selector` whose accessible name is `name`:
 * aria-label, a field's label text, or the element's text. Waits up to `timeout` for it.
 */
export async function byName<T extends Element = HTMLElement>(
  where: Page | Frame,
  selector: string,
  name: string | RegExp,
  timeout = 5_000,
): Promise<ElementHandle<T>> {
  const pattern =
    typeof name === 'string'
      ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' }
      : { source: name.source, flags: name.flags };
  const find = async () => {
    const handle = await where.evaluateHandle(
      (selector: string, source: string, flags: string) => {
        const re = new RegExp(source, flags);
        const nameOf = (el: Element) => {
          const labelled = el.getAttribute('aria-label');
          if (labelled) return labelled;
          const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
          const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
          return ((field && label ? label.textContent : el.textContent) ?? '').replace(/\s+/g, ' ').trim();
        };
        return [...document.querySelectorAll(selector)].find((el) => re.test(nameOf(el))) ?? null;
      },
      selector,
      pattern.source,
      pattern.flags,
    );
    return (handle.asElement() as ElementHandle<T> | null) ?? undefined;
  };
  return until(find, timeout, `no ${selector} named ${String(name)}`);
}

/** Polls `read` until it returns something other than undefined (or `timeout`). */
export async function waitFor<T>(read: () => Promise<T | undefined>, timeout = 5_000): Promise<T> {
  return until(async () => {
    const value = await read();
    return value === undefined ? undefined : { value };
  }, timeout).then((box) => box.value);
}

/** The text of the first element matching `selector` in a page or frame ('' when there is none). */
export function textOf(where: Page | Frame, selector: string): Promise<string> {
  return where.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector).catch(() => '');
}
