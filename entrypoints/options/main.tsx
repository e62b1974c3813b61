/** Options page. The settings themselves arrive with the options issue; this states the basics. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator, uiLangOf } from '../../lib/i18n/messages';

const t = translator(uiLangOf(browser.i18n.getUILanguage()));
render(
  <main style={{ font: '14px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto' }}>
    <h1>{t('optionsTitle')}</h1>
    <p>{t('optionsIntro')}</p>
  </main>,
  document.getElementById('app')!,
);
