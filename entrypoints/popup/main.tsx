/**
 * Mounts the popup. `?tab=<id>` names the tab to read (end-to-end tests open the popup as a page);
 * `?entity=<id>` opens an entity's details (the hover card's "Details" opens the popup page so).
 */
import './style.css';
import '../../components/page-map.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { uiStrings } from '../../lib/i18n/strings';
import { api } from './api';

const { lang, t } = uiStrings(browser.i18n);
document.documentElement.lang = lang;
const initialEntity = new URLSearchParams(location.search).get('entity') ?? undefined;
render(<PopupApp api={api} lang={lang} t={t} initialEntity={initialEntity} />, document.getElementById('app')!);
