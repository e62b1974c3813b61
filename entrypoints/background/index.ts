/**
 * Background: owns the knowledge base (IndexedDB in the extension's origin) and answers the
 * typed messages of content scripts, popup and options.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AppDB } from '../../lib/db';
import builtinVersion from '../../lib/kb/generated/builtin-version.json';
import { isInstalled, type BuiltinData } from '../../lib/kb/builtin';
import { readArtefact } from '../../lib/matcher/artefact';
import { kbHandlers } from './kb-handlers';
import { KbService } from '../../lib/kb/service';
import { highlightHandlers } from './highlight-handlers';
import { isEnvelope, type FillStatus, type PageMessage, type Request } from '../../lib/protocol';
import { createClient, createDispatcher } from '../../lib/messaging';
import { dataHandlers } from './data-handlers';
import { guardedListener } from '../../lib/message-access';
import type { Step } from '../../lib/page/mention-cursor';
import { settingsIn } from '../../lib/settings';
import { READER_SITES_SCRIPT_ID, syncReaderSites, type ScriptRegistry } from '../../lib/reader-sites';

const HIGHLIGHT_MENU = 'qv-highlight-selection';
/** The content script's file in the build (entrypoints/content). */
const CONTENT_SCRIPT = 'content-scripts/content.js';
/** The command's name in the manifest (wxt.config.ts). */
const HIGHLIGHT_COMMAND = 'highlight-selection';
/** The keyboard's way through a page's mentions (wxt.config.ts). */
const STEP_COMMANDS: Partial<Record<string, Step>> = { 'next-mention': 'next', 'previous-mention': 'previous' };

export default defineBackground(() => {
  const db = new AppDB();
  // The build's gzipped files, read from the extension's own package (not web-accessible: pages cannot).
  const packaged = async (path: string) => {
    const r = await fetch(browser.runtime.getURL(path as '/'));
    if (!r.ok || !r.body) throw new Error(`${path}: ${r.status}`);
    return new Response(r.body.pipeThrough(new DecompressionStream('gzip')));
  };
  const kb = new KbService(db, async () => readArtefact(await (await packaged('/kb/matcher.bin.gz')).arrayBuffer()));
  const loadBuiltin = async () => (await (await packaged('/kb/builtin.json.gz')).json()) as BuiltinData;
  // Spotting needs only the artefact: a page is marked while a first install still fills the database.
  void kb.warm().catch((e: unknown) => console.error('Querverweis: matcher', e));
  // Installs or replaces the built-in data when its version changed (read only then); a no-op otherwise.
  const fill: FillStatus = { installing: true, done: 0, total: 0 };
  const ready = isInstalled(db, builtinVersion.version)
    .then(async (installed) => installed || kb.installBuiltin(await loadBuiltin(), (done, total) => Object.assign(fill, { done, total })))
    .finally(() => (fill.installing = false));
  const dispatcher = createDispatcher({
    ...kbHandlers(db, kb, ready),
    'kb/spot': (part) => kb.spot(part),
    'kb/spotCancel': ({ session }) => {
      kb.cancelSpot(session);
      return null;
    },
    'kb/status': () => ({ ...fill }),
    ...highlightHandlers(db),
    ...dataHandlers(db, kb, loadBuiltin, settingsIn(browser.storage.local), ready),
    // The hover card's "Details": the entity's page of the popup, in a tab beside the article.
    'ui/showEntity': async ({ id }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(id)}`) });
      return null;
    },
  });

  // "Highlight selection" from the context menu and the keyboard shortcut: the tab's content
  // script does it (it knows the selection); a tab without one has nothing to highlight.
  const highlightIn = (tabId: number | undefined, frameId?: number) => {
    if (tabId === undefined) return;
    const send = createClient<PageMessage>((msg) => browser.tabs.sendMessage(tabId, msg, frameId === undefined ? undefined : { frameId }));
    send('page/highlightSelection', {}).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU, title: browser.i18n.getMessage('highlightSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU) highlightIn(tab?.id, info.frameId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === HIGHLIGHT_COMMAND) highlightIn(tab?.id);
    const direction = STEP_COMMANDS[command];
    if (direction && tab?.id !== undefined) {
      const tabId = tab.id;
      createClient<PageMessage>((msg) => browser.tabs.sendMessage(tabId, msg, { frameId: 0 }))('page/step', { direction }).catch(
        () => undefined,
      );
    }
  });

  // Sites the reader added (optional host permissions): the content script follows the grants,
  // also when the reader revokes one in the browser's own settings.
  const registry: ScriptRegistry = {
    granted: async () => (await browser.permissions.getAll()).origins ?? [],
    registered: async () => (await browser.scripting.getRegisteredContentScripts({ ids: [READER_SITES_SCRIPT_ID] }))[0]?.matches,
    register: (matches, excludeMatches) =>
      browser.scripting.registerContentScripts([
        { id: READER_SITES_SCRIPT_ID, matches, excludeMatches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
      ]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [READER_SITES_SCRIPT_ID] }),
  };
  const followGrants = () => void syncReaderSites(registry).catch((e: unknown) => console.error('Querverweis: reader sites', e));
  browser.permissions.onAdded.addListener(followGrants);
  browser.permissions.onRemoved.addListener(followGrants);
  followGrants();

  // Only the extension's own pages and content scripts may ask; a content script only what
  // lib/message-access.ts allows it, about its own page.
  const answer = guardedListener(dispatcher, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    lookups: { highlightUrl: async (id) => (await db.highlights.get(id))?.url },
  });
  // An extension frame on a page (card, editor) tells the page's content script what the reader did.
  // Only extension pages get here (guardedListener), and only to the tab they are in.
  browser.runtime.onMessage.addListener((msg, sender) => {
    if (isEnvelope(msg) && msg.type === 'ui/frameEvent') {
      const tabId = sender.tab?.id;
      if (sender.id !== browser.runtime.id || !/^(chrome|moz)-extension:/.test(sender.url ?? '') || tabId === undefined) return undefined;
      const payload = msg.payload as Request<'ui/frameEvent'>;
      return createClient<PageMessage>((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }))('page/frameEvent', payload).then(
        () => ({ ok: true, value: null }),
        (e: unknown) => ({ ok: false, error: String(e) }),
      );
    }
    return answer(msg, sender);
  });
});
