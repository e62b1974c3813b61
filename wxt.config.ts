import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noInnerHtml } from './scripts/vite/no-inner-html';

// The content script's `matches` (lib/sites.ts) grant access to the default news sites; any other
// site is only an optional permission the reader grants in the options.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [noInnerHtml(), preact()] }),
  hooks: {
    // The attributions and the licences of the data and code of others travel with the package.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('NOTICE'), relativeDest: 'NOTICE.txt' });
      for (const source of readdirSync(resolve('data/open'), { withFileTypes: true }).filter((d) => d.isDirectory()))
        for (const file of readdirSync(resolve('data/open', source.name)).filter((f) => f.startsWith('LICENSE')))
          files.push({ absoluteSrc: resolve('data/open', source.name, file), relativeDest: `licenses/${source.name}/${file}` });
    },
  },
  // The sources archive (for Firefox review) holds what git tracks; generated files are rebuilt by `npm ci`.
  zip: {
    excludeSources: [
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'lib/kb/generated/**',
      'lib/matcher/generated/**',
      'public/_locales/**',
      'web-ext-artifacts/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel: the popup's view beside the article (Chrome); Firefox gets a sidebar without a permission.
    // contextMenus: "Highlight selection" on selected text. None of these shows an install warning.
    // scripting: the content script on sites the reader adds (after granting that site's permission).
    permissions: browser === 'firefox' ? ['storage', 'contextMenus', 'scripting'] : ['storage', 'contextMenus', 'scripting', 'sidePanel'],
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_highlightSelection__' },
      // Marks are ranges and take no focus: keyboard readers step through the mentions instead.
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_nextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_previousMention__' },
    },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The hover card and the highlight editor are extension pages framed into news pages, so that what
    // they show and what the reader types there stay out of the page's reach. On every site, as the
    // reader may add any; a dynamic URL where the browser has it, so pages cannot probe for them.
    web_accessible_resources:
      browser === 'firefox'
        ? ['card.html', 'highlight-editor.html']
        : [{ resources: ['card.html', 'highlight-editor.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    action: { default_title: 'Querverweis' },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: hosts go with the optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'querverweis@querverweis.invalid',
              // 142 is the first version that knows data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
