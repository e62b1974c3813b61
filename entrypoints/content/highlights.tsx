/**
 * Highlights on the page: wiring between the selection, the highlight controls (a closed shadow
 * root; the editor is an extension page in a frame), the page's highlight layer and the store.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { FrameHost } from '../../components/FrameHost';
import { mountHighlightControls, type HighlightControls } from '../../components/HighlightControls';
import { EDITOR_HOST, HIGHLIGHTER_HOST } from '../../lib/dom-labels';
import type { FromFrame } from '../../lib/frame-link';
import { newHighlight, type Highlight } from '../../lib/highlights/model';
import type { Translate } from '../../lib/i18n/strings';
import { problemText } from '../../lib/i18n/problem';
import type { createClient } from '../../lib/messaging';
import { HighlightLayer } from '../../lib/page/highlight-layer';
import { caretAt, rangeCovers } from '../../lib/page/hit-test';
import type { MarkLayer } from '../../lib/page/marks';
import { PageHighlights } from '../../lib/page/page-highlights';
import type { Painter } from '../../lib/page/painter';
import { entityIdsIn, highlightableSelection } from '../../lib/page/selection';
import { pageAddresses } from '../../lib/url';

type Send = ReturnType<typeof createClient>;

export interface PageHighlighting {
  /** The editor's frame, while it is mounted. */
  frame(): FrameHost | undefined;
  /** The UI hosts this part puts at the end of <body>. */
  readonly hosts: readonly HTMLElement[];
  highlightSelection(): Promise<boolean>;
  statuses(): { urls: string[]; statuses: { id: string; anchored: boolean }[] };
  sync(url?: string): Promise<void>;
  range(id: string): Range | undefined;
  /** Paints the page's highlights and listens to the reader (the site is on). */
  on(): Promise<void>;
  /** Takes every highlight down and ignores the page (the site is off). */
  off(): void;
}

const canonical = () => document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href;

export async function startHighlights(
  ctx: ContentScriptContext,
  o: { send: Send; t: Translate; css: string; marks: MarkLayer; painter: Painter; origin: string },
): Promise<PageHighlighting> {
  const layer = new HighlightLayer(o.painter);
  let page: PageHighlights | undefined;
  let session: AbortController | undefined;
  /** The address the highlights belong to: single-page navigation tells it before `location` changes. */
  let href = location.href;
  const addresses = () => pageAddresses(href, canonical());

  let ui!: HighlightControls;
  /** A failed save or delete: the reader is told, the page and the selection stay as they were. */
  const tell = (e: unknown, near?: DOMRect) => ui.showProblem(problemText(e, o.t), near);
  /** What the editor frame did that the page layer must show. */
  const fromEditor = (m: FromFrame) => {
    if (m.type === 'recoloured') page?.recolour(m.id, m.color);
    else if (m.type === 'deleted') {
      page?.remove(m.id);
      ui.closeEditor();
    } else if (m.type === 'close') ui.closeEditor();
  };
  const editorHost = await createShadowRootUi(ctx, {
    name: EDITOR_HOST,
    css: o.css,
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => container,
  });
  const host = await createShadowRootUi(ctx, {
    name: HIGHLIGHTER_HOST,
    css: o.css,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) =>
      mountHighlightControls(container, editorHost.mounted!, {
        t: o.t,
        url: browser.runtime.getURL('/highlight-editor.html'),
        origin: o.origin,
        onHighlight: () => void highlightSelection(),
        onMessage: fromEditor,
      }),
  });

  const selectedRange = () => highlightableSelection(document);

  /** Highlights the selection; when the store refuses, the reader is told and the selection kept. */
  async function highlightSelection(): Promise<boolean> {
    if (!page) return false;
    try {
      return await saveSelection(page);
    } catch (e) {
      // The selection is kept and its button comes back, so trying again is one click.
      const rect = selectedRange()?.getBoundingClientRect();
      if (rect) ui.showButton(rect);
      tell(e, rect);
      return false;
    }
  }

  async function saveSelection(p: PageHighlights): Promise<boolean> {
    const range = selectedRange();
    const selectors = range && p.describe(range);
    ui.hideButton();
    if (!range || !selectors) return false;
    const highlight = newHighlight({
      url: addresses().primary,
      title: document.title,
      entityIds: entityIdsIn(range, o.marks.all()),
      selectors,
    });
    const saved = await o.send('hl/create', { highlight });
    const painted = p.add(saved);
    document.getSelection()?.removeAllRanges();
    if (painted) ui.openEditor(saved, painted);
    return true;
  }

  /** The highlight under a click, innermost first. */
  const highlightAt = (x: number, y: number): { h: Highlight; range: Range } | undefined => {
    const caret = caretAt(document, x, y);
    if (!caret || !page) return undefined;
    for (const id of layer.at(caret.node, caret.offset)) {
      const range = layer.range(id);
      const h = page.get(id);
      if (range && h && rangeCovers(range, x, y)) return { h, range };
    }
    return undefined;
  };

  const listen = (signal: AbortSignal) => {
    // The button follows the selection; a click on a highlight opens its editor.
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener(
      'selectionchange',
      () => {
        clearTimeout(selectionTimer);
        selectionTimer = setTimeout(() => {
          const range = selectedRange();
          if (range) ui.showButton(range.getBoundingClientRect());
          else ui.hideButton();
        }, 120);
      },
      { signal },
    );
    document.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || !document.getSelection()?.isCollapsed) return;
        const hit = e.target === host.shadowHost ? undefined : highlightAt(e.clientX, e.clientY);
        if (hit) ui.openEditor(hit.h, hit.range);
        else if (e.target !== host.shadowHost && ui.editing()) ui.closeEditor();
      },
      { signal },
    );
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape' && ui.editing()) ui.closeEditor();
      },
      { signal },
    );
  };
  // Single-page navigation: another article, other highlights. The event carries the new address
  // (`location` may not have changed yet when it fires). Only through ctx: it starts WXT's watcher.
  // A page can dispatch an event of that name too, but not give it WXT's newUrl (set in this world).
  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    const next = (e as { newUrl?: URL }).newUrl;
    if (session && next instanceof URL) void sync(next.href);
  });

  async function sync(url?: string): Promise<void> {
    if (url) href = url;
    const p = page;
    if (!p) return;
    const stored = await o.send('hl/forPage', { urls: addresses().all });
    if (p === page) p.load(stored);
  }

  return {
    hosts: [editorHost.shadowHost, host.shadowHost],
    frame: () => host.mounted?.frame,
    highlightSelection,
    statuses: () => ({ urls: addresses().all, statuses: page?.statuses() ?? [] }),
    sync,
    range: (id) => layer.range(id),
    async on() {
      if (session) return;
      session = new AbortController();
      ctx.onInvalidated(() => session?.abort());
      editorHost.mount();
      host.mount();
      ui = host.mounted!;
      page = new PageHighlights(document, layer, session.signal);
      listen(session.signal);
      href = location.href;
      await sync();
    },
    off() {
      session?.abort();
      session = undefined;
      page = undefined;
      layer.removeAll();
      host.remove();
      editorHost.remove();
    },
  };
}
