/**
 * Highlights on the page: wiring between the selection, the highlight controls (their own open
 * shadow root), the page's highlight layer and the background's store.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { mountHighlighter, type HighlighterLayer } from '../../components/HighlighterLayer';
import { ATTR_HIGHLIGHT_ID, ATTR_HIGHLIGHT_PART, HIGHLIGHT_TAG, HIGHLIGHTER_HOST } from '../../lib/dom-labels';
import { newHighlightId, type Highlight, type HighlightEdit } from '../../lib/highlights/model';
import type { Translate } from '../../lib/i18n/messages';
import { problemText } from '../../lib/i18n/problem';
import type { createClient } from '../../lib/messaging';
import { HighlightLayer } from '../../lib/page/highlight-layer';
import { PageHighlights } from '../../lib/page/page-highlights';
import type { MarkLayer } from '../../lib/page/marks';
import { pageAddresses } from '../../lib/url';

type Send = ReturnType<typeof createClient>;

export interface PageHighlighting {
  highlightSelection(): Promise<boolean>;
  statuses(): { urls: string[]; statuses: { id: string; anchored: boolean }[] };
  sync(): Promise<void>;
}

const addresses = () => pageAddresses(location.href, document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href);

/** The highlight's id from any of its elements. */
const highlightIdOf = (el: Element | null) => el?.getAttribute(ATTR_HIGHLIGHT_ID) ?? el?.getAttribute(ATTR_HIGHLIGHT_PART) ?? undefined;

export async function startHighlights(
  ctx: ContentScriptContext,
  o: { send: Send; t: Translate; css: string; marks: MarkLayer; ownHosts: ReadonlySet<string>; afterPaint: () => void },
): Promise<PageHighlighting> {
  const layer = new HighlightLayer();
  const page = new PageHighlights(document.body, layer, { ownHosts: o.ownHosts, signal: ctx.signal, afterPaint: o.afterPaint });
  ctx.onInvalidated(() => layer.removeAll());

  let ui!: HighlighterLayer;
  /** A failed save or delete: the reader is told, the page and the selection stay as they were. */
  const tell = (e: unknown, near?: DOMRect) => ui.showProblem(problemText(e, o.t), near);
  const edit = async (id: string, change: Omit<HighlightEdit, 'id'>) => {
    const updated = await o.send('hl/edit', { id, ...change });
    page.update(updated);
    ui.refresh(updated);
  };
  const host = await createShadowRootUi(ctx, {
    name: HIGHLIGHTER_HOST,
    css: o.css,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) =>
      mountHighlighter(container, {
        t: o.t,
        onHighlight: () => void highlightSelection(),
        onColor: (id, color) => void edit(id, { color }).catch(tell),
        onSave: (id, change) => edit(id, change),
        onDelete: (id) => {
          void o.send('hl/delete', { id }).then(() => {
            page.remove(id);
            ui.closeEditor();
          }, tell);
        },
      }),
  });
  host.mount();
  ui = host.mounted!;

  /** The selection, when it is page text the reader can highlight. */
  const selectedRange = (): Range | undefined => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
    const range = sel.getRangeAt(0);
    const within = range.commonAncestorContainer;
    const el = within.nodeType === 1 ? (within as Element) : within.parentElement;
    if (!el || !document.body.contains(el) || el.closest('input, textarea, [contenteditable]:not([contenteditable="false"])')) return undefined;
    return range.toString().trim() ? range : undefined;
  };

  /** Highlights the selection; when the store refuses, the reader is told and the selection kept. */
  async function highlightSelection(): Promise<boolean> {
    try {
      return await saveSelection();
    } catch (e) {
      // The selection is kept and its button comes back, so trying again is one click.
      const rect = selectedRange()?.getBoundingClientRect();
      if (rect) ui.showButton(rect);
      tell(e, rect);
      return false;
    }
  }

  async function saveSelection(): Promise<boolean> {
    const range = selectedRange();
    const selectors = range && page.describe(range);
    ui.hideButton();
    if (!range || !selectors) return false;
    const entityIds = [...new Set(o.marks.all().filter((m) => range.intersectsNode(m)).map((m) => m.dataset.entityId!).filter(Boolean))];
    const now = Date.now();
    const { primary } = addresses();
    const highlight: Highlight = {
      id: newHighlightId(),
      url: primary,
      title: document.title.slice(0, 2000),
      createdAt: now,
      updatedAt: now,
      color: 'yellow',
      note: '',
      tags: [],
      entityIds,
      selectors,
    };
    const saved = await o.send('hl/create', { highlight });
    const els = page.add(saved);
    document.getSelection()?.removeAllRanges();
    if (els[0]) ui.openEditor(saved, els[0]);
    return true;
  }

  // The button follows the selection; a click on a highlight opens its editor.
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  const onSelection = () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => {
      const range = selectedRange();
      if (range) ui.showButton(range.getBoundingClientRect());
      else ui.hideButton();
    }, 120);
  };
  ctx.addEventListener(document, 'selectionchange', onSelection);
  ctx.addEventListener(document, 'click', (e) => {
    if (!document.getSelection()?.isCollapsed) return;
    const target = e.target instanceof Element ? e.target.closest(HIGHLIGHT_TAG) : null;
    const id = highlightIdOf(target);
    const h = id ? page.get(id) : undefined;
    if (h && target) ui.openEditor(h, layer.elements(h.id)[0] ?? target);
    else if (e.target !== host.shadowHost && ui.editing()) ui.closeEditor();
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (e.key === 'Escape' && ui.editing()) ui.closeEditor();
  });

  const sync = async () => page.load(await o.send('hl/forPage', { urls: addresses().all }));
  await sync();
  // Single-page navigation: another article, other highlights.
  ctx.addEventListener(window, 'wxt:locationchange', () => void sync());
  return { highlightSelection, statuses: () => ({ urls: addresses().all, statuses: page.statuses() }), sync };
}
