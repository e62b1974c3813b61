/**
 * The popup's and the side panel's link to the extension: knowledge-base messages to the
 * background, page messages to the content script of the active tab.
 */
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup-api';
import { uiStrings } from '../../lib/i18n/strings';
import { offerFile } from '../../lib/download';
import type { PageMessage } from '../../lib/protocol';
import { createClient } from '../../lib/messaging';
import { settingsIn, withSiteEnabled } from '../../lib/settings';

const send = createClient((msg) => browser.runtime.sendMessage(msg));

async function activeTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (fromUrl) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function tabClient() {
  const tabId = await activeTabId();
  return tabId === undefined ? undefined : createClient<PageMessage>((msg) => browser.tabs.sendMessage(tabId, msg));
}

/** Highlights changed here: the tab shows the change at once (a tab without the content script has none to show). */
async function syncPage(): Promise<void> {
  await (await tabClient())?.('page/syncHighlights', {}).catch(() => null);
}

export const api: PopupApi = {
  async pageHighlights() {
    const tab = await tabClient();
    const page = await tab?.('page/highlights', {}).catch(() => null);
    if (!tab || !page) return null;
    const highlights = await send('hl/forPage', { urls: page.urls });
    return { highlights, anchored: Object.fromEntries(page.statuses.map((s) => [s.id, s.anchored])), url: page.urls[0]! };
  },
  async editHighlight(edit) {
    const h = await send('hl/edit', edit);
    await syncPage();
    return h;
  },
  async deleteHighlight(id) {
    await send('hl/delete', { id });
    await syncPage();
  },
  async revealHighlight(id) {
    return (await tabClient())?.('page/revealHighlight', { id });
  },
  exportHighlights: (format, scope) => send('hl/export', { format, ...scope, lang: uiStrings(browser.i18n).lang }),
  async importHighlights(text) {
    const result = await send('hl/import', { text });
    await syncPage();
    return result;
  },
  download: (file) => offerFile(file),
  copy: (text) => navigator.clipboard.writeText(text),
  search: (query) => send('kb/search', { query }),
  fillStatus: () => send('kb/status', {}),
  entity: (id) => send('kb/entity', { id }),
  summaries: (ids) => send('kb/summaries', { ids }),
  facts: (id) => send('kb/facts', { id }),
  sightings: (entityId) => send('kb/sightings', { entityId }),
  notes: (entityId) => send('hl/list', { entityId }),
  pageMap: (entities) => send('kb/pageMap', { entities }),
  putFact: (fact) => send('kb/putFact', { fact }),
  deleteFact: (id) => send('kb/deleteFact', { id }),
  async coMentions(entityId) {
    const list = await send('kb/coMentions', { entityId });
    const labels = await send('kb/summaries', { ids: list.map((c) => c.id) });
    return list.map((c, i) => ({ ...c, label: labels[i]?.label }));
  },
  async reveal(id) {
    return (await tabClient())?.('page/reveal', { id });
  },
  async pageEntities() {
    // No content script in the tab (a page outside the site list): the popup says so.
    return (await tabClient())?.('page/entities', {}).catch(() => null) ?? null;
  },
  async siteStatus() {
    return (await tabClient())?.('page/info', {}).catch(() => null) ?? null;
  },
  async setSiteEnabled(host, enabled) {
    const settings = settingsIn(browser.storage.local);
    await settings.set(withSiteEnabled(await settings.get(), host, enabled));
  },
};
