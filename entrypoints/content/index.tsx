/**
 * Content script: asks the background for the dictionary, marks the page, and shows hover cards
 * in an open shadow root. Wiring only; the work is in lib/page and components/.
 */
// The UI's CSS goes into its shadow roots as text: no web-accessible file a page could probe for, and
// it works on every site the reader adds, not only those listed in the manifest.
import uiCss from '../../components/card.css?inline';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountCardLayer, type CardLayer } from '../../components/CardLayer';
import { HIGHLIGHTER_HOST, HOVER_CARD_HOST } from '../../lib/dom-labels';
import { uiStrings } from '../../lib/i18n/messages';
import { unpackDictionary } from '../../lib/kb/dictionary';
import { EVERYWHERE } from '../../lib/kb/mutes';
import { Matcher } from '../../lib/matcher/matcher';
import { createClient, createDispatcher } from '../../lib/messaging';
import type { PageEntityCount } from '../../lib/page/annotate';
import { watchHoverIntent } from '../../lib/page/hover-intent';
import { injectMarkStyle } from '../../lib/page/mark-style';
import { MarkLayer } from '../../lib/page/marks';
import { PageMarking } from '../../lib/page/page-marking';
import { revealEntity, revealHighlight } from '../../lib/page/reveal';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, settingsIn, siteEnabled, type Settings } from '../../lib/settings';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites';
import { startHighlights } from './highlights';

/** Quiet time before a page's entities are recorded for "seen in". */
const RECORD_DELAY_MS = 1000;

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const send = createClient((msg) => browser.runtime.sendMessage(msg));
    const { lang, t } = uiStrings(browser.i18n);

    // 1. The matcher, compiled from the background's dictionary.
    const matcher = Matcher.compile(unpackDictionary(await send('kb/dictionary', { site: location.hostname })));

    // 2. Marks, now and for content the page adds later, unless the reader switched the site off.
    const marks = new MarkLayer();
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
    const ownHosts = new Set([HOVER_CARD_HOST, HIGHLIGHTER_HOST]);
    const marking = new PageMarking(document.body, matcher, marks, ownHosts, ctx.signal, record);
    ctx.onInvalidated(() => marking.off());
    const applySettings = async (next: Settings) => {
      settings = next;
      injectMarkStyle(document, settings.markStyle);
      await marking.setTypes(settings.markTypes);
      if (siteEnabled(settings, location.hostname)) await marking.on();
      else marking.off();
    };
    await applySettings(await settingsIn(browser.storage.local).get());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[SETTINGS_KEY]) void applySettings(parseSettings(changes[SETTINGS_KEY].newValue));
    });

    // 3. Hover cards in an open shadow root.
    let layer: CardLayer;
    const ui = await createShadowRootUi(ctx, {
      name: HOVER_CARD_HOST,
      css: uiCss,
      mode: 'open',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) =>
        mountCardLayer(container, {
          lang,
          t,
          fetchCard: (id) => send('kb/card', { id, pageEntityIds: [...marking.found.keys()] }),
          onDetails: (id) => void send('ui/showEntity', { id }),
          onMute: (mark, scope) => {
            const name = mark.textContent ?? '';
            void send('kb/mute', { name, site: scope === 'site' ? location.hostname : EVERYWHERE });
            // The name goes from this page at once, every mark of it.
            for (const m of marks.all()) if ((m.textContent ?? '').toLowerCase() === name.toLowerCase()) marks.unwrap(m);
            layer.close();
          },
        }),
    });
    ui.mount();
    // The layer is created by onMount above; its callbacks run later, when it exists.
    layer = ui.mounted!;
    watchHoverIntent(document, {
      openDelay: () => settings.hoverDelayMs,
      onOpen: (mark) => layer.open(mark),
      onClose: () => layer.close(),
      isCard: (target) => target === ui.shadowHost,
      signal: ctx.signal,
    });

    // 4. The reader's highlights: restored, and created from the selection.
    const highlights = await startHighlights(ctx, { send, t, css: uiCss, marks, ownHosts, afterPaint: () => marking.discardObserved() });

    // 5. Answers to the popup and the background (context menu, keyboard shortcut).
    const page = createDispatcher({
      'page/entities': () => [...marking.found].map(([id, { type, count }]) => ({ id, type, count })),
      'page/info': () => ({ host: location.hostname, enabled: marking.enabled, url: location.href, title: document.title }),
      'page/reveal': ({ id }) => revealEntity(document, id),
      'page/highlightSelection': () => highlights.highlightSelection(),
      'page/highlights': () => highlights.statuses(),
      'page/syncHighlights': async () => {
        await highlights.sync();
        return null;
      },
      'page/revealHighlight': ({ id }) => revealHighlight(document, id),
    });
    browser.runtime.onMessage.addListener((msg) => (page.accepts(msg) ? page.dispatch(msg) : undefined));
  },
});
