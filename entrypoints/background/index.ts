/**
 * Background: owns the knowledge base (IndexedDB in the extension's origin) and answers the
 * typed messages of content scripts, popup and options.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBuiltin } from '../../lib/kb/builtin';
import { KbDB } from '../../lib/kb/db';
import builtin from '../../lib/kb/generated/builtin.json';
import type { BuiltinData } from '../../lib/kb/builtin';
import { kbHandlers } from '../../lib/kb/handlers';
import { KbService } from '../../lib/kb/service';
import { createDispatcher } from '../../lib/messaging';

export default defineBackground(() => {
  const db = new KbDB();
  const kb = new KbService(db);
  // Installs or replaces the built-in data when its version changed; a no-op otherwise.
  const ready = installBuiltin(db, builtin as BuiltinData).then((changed) => changed && kb.invalidate());
  const dispatcher = createDispatcher({
    ...kbHandlers(db, kb, ready),
    // The hover card's "Details": the entity's page of the popup, in a tab beside the article.
    'ui/showEntity': async ({ id }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(id)}`) });
      return null;
    },
  });

  browser.runtime.onMessage.addListener((msg, sender) => {
    // Only the extension's own pages and content scripts may ask.
    if (sender.id !== browser.runtime.id || !dispatcher.accepts(msg)) return undefined;
    return dispatcher.dispatch(msg);
  });
});
