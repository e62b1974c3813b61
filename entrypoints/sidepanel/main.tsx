/**
 * The side panel (Chrome) and sidebar (Firefox): the popup's view beside the article, following
 * the active tab as the reader switches tabs or pages.
 */
import '../popup/style.css';
import '../../components/page-map.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { uiStrings } from '../../lib/i18n/strings';
import { api } from '../popup/api';

// For npm run bench -- popup: where the panel's own work starts (the browser made the page before).
performance.mark('querverweis-view-start');
const { lang, t } = uiStrings(browser.i18n);
document.documentElement.lang = lang;
document.body.classList.add('qv-panel');
const root = document.getElementById('app')!;
let generation = 0;
// A fresh view per tab or page: its entities, site switch and connections are the tab's.
const show = () => render(<PopupApp key={++generation} api={api} lang={lang} t={t} />, root);
show();
// `?tab=<id>` (tests, benchmarks) pins the panel to one tab: opened as a page, it is itself the active tab.
if (!new URLSearchParams(location.search).has('tab')) {
  browser.tabs.onActivated.addListener(show);
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    if (tab.active && change.status === 'complete') show();
  });
}
