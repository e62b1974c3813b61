/**
 * Content script: has the background spot the page's text, paints marks and highlights as ranges in
 * the document's highlight registry (the page's nodes are never touched), and shows hover cards and
 * highlight controls in closed shadow roots at the end of <body>. Wiring only; the work is in
 * lib/page and components/.
 */
// The UI's CSS goes into its shadow roots as text: no web-accessible file a page could probe for, and
// it works on every site the reader adds, not only those listed in the manifest.
import uiCss from '../../components/card.css?inline';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountCardLayer } from '../../components/CardLayer';
import type { FromFrame } from '../../lib/frame-link';
import { ACTIVE_HIGHLIGHT, FOCUS_HIGHLIGHT, HOVER_CARD_HOST } from '../../lib/dom-labels';
import { fill, uiStrings } from '../../lib/i18n/strings';
import type { PageMessage } from '../../lib/protocol';
import { createClient, createDispatcher } from '../../lib/messaging';
import type { PageEntityCount } from '../../lib/page/annotate';
import { spotStream, type Spotter } from '../../lib/page/spot-stream';
import { caretAt, rangeUnder } from '../../lib/page/hit-test';
import { watchHoverIntent } from '../../lib/page/hover-intent';
import { markStyleSheet, PAINT_PRIORITY } from '../../lib/page/mark-style';
import { MarkLayer, type Mark } from '../../lib/page/marks';
import { MentionCursor, type Step } from '../../lib/page/mention-cursor';
import { keepHostsMounted } from '../../lib/page/own-hosts';
import { PageMarking } from '../../lib/page/page-marking';
import { browserHighlightApi, Painter } from '../../lib/page/painter';
import { inViewport, reveal, scrollToRange } from '../../lib/page/reveal';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, settingsIn, siteEnabled, type Settings } from '../../lib/settings';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites';
import { startHighlights } from './highlights';

/** Quiet time before a page's entities are recorded for "seen in". */
const RECORD_DELAY_MS = 1000;

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would announce every start to the page with window.postMessage (and the extension's id in it).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // WXT stops an older copy of this script when a newer one starts, by a DOM event any page script
    // can dispatch too (20 marks → 0). While this copy's extension is alive (runtime.id is gone once
    // it was updated or reloaded), nobody may stop it that way.
    // The event's name as WXT 0.20 builds it (the static that holds it is private).
    window.addEventListener(
      `${browser.runtime.id}:content:wxt:content-script-started`,
      (e) => {
        if (browser.runtime?.id != null) e.stopImmediatePropagation();
      },
      { capture: true },
    );
    // Without the CSS Custom Highlight API there is no way to mark a page without changing it.
    const api = browserHighlightApi(window);
    if (!api) return;
    const send = createClient((msg) => browser.runtime.sendMessage(msg));
    const { t } = uiStrings(browser.i18n);
    const painter = new Painter(api, PAINT_PRIORITY);
    const style = markStyleSheet(document);

    // 1. Spotting: the page's text blocks go to the background in parts, which holds the knowledge
    // base and its matcher; the page never gets the dictionary.
    const spotter: Spotter = (lang) =>
      spotStream((part) => send('kb/spot', { ...part, lang, site: location.hostname }), {
        cancel: (session) => void send('kb/spotCancel', { session }).catch(() => undefined),
      });

    // 2. Marks, now and for content the page adds later, unless the reader switched the site off.
    const marks = new MarkLayer(painter);
    let settings = DEFAULT_SETTINGS;
    // "Seen in": the entities of this page, sent a moment after the marks settle.
    let recordTimer: ReturnType<typeof setTimeout> | undefined;
    const record = (found: ReadonlyMap<string, PageEntityCount>) => {
      clearTimeout(recordTimer);
      if (!settings.recordHistory || found.size === 0) return;
      recordTimer = setTimeout(() => {
        const entities = [...found].map(([id, { count }]) => ({ id, count }));
        void send('kb/recordSightings', { url: location.href, title: document.title, entities });
      }, RECORD_DELAY_MS);
    };
    const marking = new PageMarking(document, spotter, marks, ctx.signal, record);
    // The marks first: the settings are read and the page spotted while the card's and the
    // highlights' hosts are made (that took some 20 ms before the page was sent to spotting).
    const firstSettings = settingsIn(browser.storage.local).get();
    const firstMarks = firstSettings.then(async (first) => {
      // The reader's settings hold from the first mark on ("seen in" off means nothing is recorded).
      settings = first;
      if (!siteEnabled(first, location.hostname)) return;
      style.set(first.markStyle);
      await marking.setTypes(first.markTypes);
      await marking.on();
    });

    // 3. Hover cards: an extension page in a frame, in a closed shadow root; announcements for keyboard readers.
    const origin = new URL(browser.runtime.getURL('/')).origin;
    const onCardMessage = (m: FromFrame) => {
      if (m.type === 'pointer') hover.cardPointer(m.inside);
      else if (m.type === 'close') hover.close();
      else if (m.type === 'muted') {
        // The name goes from this page at once, every mark of it.
        const name = m.name.toLowerCase();
        for (const mark of [...marks.all()]) if (mark.text.toLowerCase() === name) marks.remove(mark);
        hover.close();
      }
    };
    const cardHost = await createShadowRootUi(ctx, {
      name: HOVER_CARD_HOST,
      css: uiCss,
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        const live = document.createElement('div');
        live.className = 'qv-live';
        live.setAttribute('aria-live', 'polite');
        container.append(live);
        const cards = mountCardLayer(container, {
          url: browser.runtime.getURL('/card.html'),
          origin,
          title: t('extName'),
          site: location.hostname,
          pageEntityIds: () => [...marking.found.keys()],
          onMessage: onCardMessage,
        });
        return { cards, announce: (text: string) => void (live.textContent = text) };
      },
    });
    const cardUi = () => cardHost.mounted;
    const markAt = (x: number, y: number): Mark | undefined => {
      const caret = caretAt(document, x, y);
      return caret ? rangeUnder(marks.at(caret.node, caret.offset), x, y) : undefined;
    };
    /** Every mention of the entity whose card is open, emphasised. */
    const emphasise = (entityId: string | undefined) => {
      painter.clear(ACTIVE_HIGHLIGHT);
      if (entityId) for (const m of marks.all()) if (m.entityId === entityId) painter.add(ACTIVE_HIGHLIGHT, m.range);
    };
    let focusCard = false;
    const hover = watchHoverIntent<Mark>(document, {
      find: markAt,
      openDelay: () => settings.hoverDelayMs,
      onOpen: (mark) => {
        emphasise(mark.entityId);
        cardUi()?.cards.open(mark, focusCard);
        focusCard = false;
      },
      onClose: () => {
        emphasise(undefined);
        painter.clear(FOCUS_HIGHLIGHT);
        cursor.reset();
        cardUi()?.cards.close();
        // Escape from the card returns the keyboard to where the reader was.
        if (returnFocus?.isConnected) returnFocus.focus();
        returnFocus = undefined;
      },
      isCard: (target) => target === cardHost.shadowHost,

      signal: ctx.signal,
    });

    // 4. Keyboard readers: the shortcut moves through the mentions, opens each card with focus inside.
    const cursor = new MentionCursor(marks);
    let returnFocus: HTMLElement | undefined;
    const step = (direction: Step) => {
      const to = cursor.step(direction, (m) => m.range.getBoundingClientRect().bottom > 0);
      if (!to) return false;
      const { mark, index, total } = to;
      if (!inViewport(mark.range)) scrollToRange(mark.range, 'instant');
      painter.clear(FOCUS_HIGHLIGHT);
      painter.add(FOCUS_HIGHLIGHT, mark.range);
      const active = document.activeElement;
      if (!returnFocus && active instanceof HTMLElement && active !== cardHost.shadowHost) returnFocus = active;
      focusCard = true;
      hover.open(mark);
      cardUi()?.announce(
        fill(t('mentionAnnounced'), {
          name: mark.text,
          type: t(mark.type === 'company' ? 'typeCompany' : 'typeCountry'),
          n: index + 1,
          total,
        }),
      );
      return true;
    };

    // 5. The reader's highlights: restored, and created from the selection.
    const highlights = await startHighlights(ctx, { send, t, css: uiCss, marks, painter, origin });

    // The page's own scripts may re-render <body> or swap in a new one: our hosts come back.
    const hosts = keepHostsMounted(document, [cardHost.shadowHost, ...highlights.hosts], () => {
      painter.reassert();
      style.reassert();
    });

    const applySettings = async (next: Settings) => {
      settings = next;
      if (!siteEnabled(settings, location.hostname)) return switchOff();
      style.set(settings.markStyle);
      if (!cardHost.mounted) cardHost.mount();
      hosts.start();
      await marking.setTypes(settings.markTypes);
      await marking.on();
      await highlights.on();
    };
    /** Everything Querverweis added leaves the page: marks, highlights, their style, its hosts. */
    const switchOff = () => {
      hover.close();
      hosts.stop();
      marking.off();
      highlights.off();
      cardHost.remove();
      painter.removeAll();
      style.remove();
    };
    ctx.onInvalidated(switchOff);
    await firstMarks;
    await applySettings(await firstSettings);
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[SETTINGS_KEY]) void applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
    });

    // 6. Answers to the popup and the background (context menu, keyboard shortcuts).
    const page = createDispatcher<PageMessage>({
      'page/entities': () => [...marking.found].map(([id, { type, count }]) => ({ id, type, count })),
      'page/info': () => ({ host: location.hostname, enabled: marking.enabled, url: location.href, title: document.title }),
      'page/reveal': ({ id }) => reveal(painter, marks.inOrder().find((m) => m.entityId === id)?.range),
      'page/highlightSelection': () => highlights.highlightSelection(),
      'page/highlights': () => highlights.statuses(),
      'page/syncHighlights': async () => {
        await highlights.sync();
        return null;
      },
      'page/revealHighlight': ({ id }) => reveal(painter, highlights.range(id)),
      'page/step': ({ direction }) => marking.enabled && step(direction),
      // Only the extension's own frames can send this (the page has no way into its messaging).
      'page/frameEvent': ({ secret, event }) => {
        for (const frame of [cardUi()?.cards.frame, highlights.frame()]) if (frame?.secret === secret) frame.receive(event);
        return null;
      },
    });
    browser.runtime.onMessage.addListener((msg) => (page.accepts(msg) ? page.dispatch(msg) : undefined));
  },
});
