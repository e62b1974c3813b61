/** Mounts the options page; its api is extension storage and the background's messages. */
import './style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import { uiStrings } from '../../lib/i18n/strings';
import { offerFile } from '../../lib/download';
import { createClient } from '../../lib/messaging';
import { readerSites } from '../../lib/reader-sites';
import { settingsIn } from '../../lib/settings';

const send = createClient((msg) => browser.runtime.sendMessage(msg));
const settings = settingsIn(browser.storage.local);

const api: OptionsApi = {
  settings: () => settings.get(),
  saveSettings: (next) => settings.set(next),
  clearHistory: () => send('kb/clearSightings', {}),
  fillStatus: () => send('kb/status', {}),
  mutes: () => send('kb/mutes', {}),
  unmute: (id) => send('kb/unmute', { id }),
  exportKb: (scope) => send('kb/export', { scope }),
  importKb: (format, text) => send('kb/import', { format, text }),
  resetBuiltin: () => send('data/resetBuiltin', {}),
  backup: () => send('data/backup', {}),
  restore: (text) => send('data/restore', { text }),
  deleteAll: () => send('data/deleteAll', {}),
  readerSites: async () => readerSites((await browser.permissions.getAll()).origins ?? []),
  grant: (origins) => browser.permissions.request({ origins }),
  revoke: async (origins) => void (await browser.permissions.remove({ origins })),
  download: (filename, text) => offerFile({ filename, text, mime: 'application/json' }),
};

const { lang, t } = uiStrings(browser.i18n);
document.documentElement.lang = lang;
render(<OptionsApp api={api} t={t} />, document.getElementById('app')!);
