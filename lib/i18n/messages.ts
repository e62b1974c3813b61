/**
 * Every UI string, in English and German. scripts/build-locales.ts writes these to
 * public/_locales/{en,de}/messages.json, so the extension reads them through browser.i18n;
 * TypeScript makes a key missing in either language a compile error.
 */
const en = {
  extName: 'Querverweis',
  extDescription: 'Spots companies and countries in news articles, shows their facts and connections, keeps your highlights. Local-first, no network.',
  typeCompany: 'Company',
  typeCountry: 'Country',
  typeOrganisation: 'Organisation',
  groupCountries: 'Countries',
  groupCompanies: 'Companies',
  searchPlaceholder: 'Search companies and countries',
  searchLabel: 'Search the knowledge base',
  noResults: 'Nothing found.',
  thisPage: 'On this page',
  thisPageEmpty: 'No companies or countries found on this page.',
  thisPageUnavailable: 'Querverweis does not run on this page.',
  mentions: 'mentions',
  relationsOnPage: 'Connections on this page',
  openDetails: 'Details',
  loading: 'Loading…',
  back: 'Back',
  facts: 'Facts',
  relations: 'Relations',
  source: 'Source',
  close: 'Close',
  siteSwitch: 'Mark names on this site',
  seenIn: 'Seen in',
  oftenTogether: 'Often named together',
  ownFacts: 'Your facts',
  addFact: 'Add fact',
  property: 'Property',
  value: 'Value',
  save: 'Save',
  edit: 'Edit',
  delete: 'Delete',
  pages: 'pages',
  muteHere: "Don't mark this name on this site",
  muteEverywhere: "Don't mark this name anywhere",
  optionsTitle: 'Querverweis settings',
  optionsIntro: 'Querverweis keeps everything on this device.',
  sites: 'Sites where names are marked',
  history: 'Reading history',
  recordHistory: 'Remember where I met companies and countries',
  clearHistory: 'Clear history',
  historyCleared: 'History cleared.',
  mutedNames: 'Muted names',
  noMutedNames: 'No muted names.',
  everywhere: 'everywhere',
  unmute: 'Mark again',
  knowledgeBase: 'Knowledge base',
  exportOwn: 'Export my data',
  exportAll: 'Export everything',
  importFormat: 'Import format',
  importFile: 'Import file',
  importDone: 'Imported {entities} entities and {facts} facts.',
  importFailed: 'Nothing was imported:',
} as const;

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, string> = {
  extName: 'Querverweis',
  extDescription: 'Erkennt Unternehmen und Länder in Nachrichtenartikeln, zeigt Fakten und Verbindungen, bewahrt Ihre Markierungen. Alles lokal, ohne Netzwerk.',
  typeCompany: 'Unternehmen',
  typeCountry: 'Land',
  typeOrganisation: 'Organisation',
  groupCountries: 'Länder',
  groupCompanies: 'Unternehmen',
  searchPlaceholder: 'Unternehmen und Länder suchen',
  searchLabel: 'Wissensbasis durchsuchen',
  noResults: 'Nichts gefunden.',
  thisPage: 'Auf dieser Seite',
  thisPageEmpty: 'Keine Unternehmen oder Länder auf dieser Seite gefunden.',
  thisPageUnavailable: 'Querverweis läuft auf dieser Seite nicht.',
  mentions: 'Erwähnungen',
  relationsOnPage: 'Verbindungen auf dieser Seite',
  openDetails: 'Details',
  loading: 'Lädt …',
  back: 'Zurück',
  facts: 'Fakten',
  relations: 'Beziehungen',
  source: 'Quelle',
  close: 'Schließen',
  siteSwitch: 'Auf dieser Website markieren',
  seenIn: 'Gesehen in',
  oftenTogether: 'Oft zusammen genannt',
  ownFacts: 'Ihre Fakten',
  addFact: 'Fakt hinzufügen',
  property: 'Eigenschaft',
  value: 'Wert',
  save: 'Speichern',
  edit: 'Bearbeiten',
  delete: 'Löschen',
  pages: 'Seiten',
  muteHere: 'Diesen Namen auf dieser Website nicht markieren',
  muteEverywhere: 'Diesen Namen nirgends markieren',
  optionsTitle: 'Querverweis-Einstellungen',
  optionsIntro: 'Querverweis speichert alles auf diesem Gerät.',
  sites: 'Websites, auf denen markiert wird',
  history: 'Leseverlauf',
  recordHistory: 'Merken, wo ich Unternehmen und Ländern begegnet bin',
  clearHistory: 'Verlauf löschen',
  historyCleared: 'Verlauf gelöscht.',
  mutedNames: 'Stummgeschaltete Namen',
  noMutedNames: 'Keine stummgeschalteten Namen.',
  everywhere: 'überall',
  unmute: 'Wieder markieren',
  knowledgeBase: 'Wissensbasis',
  exportOwn: 'Eigene Daten exportieren',
  exportAll: 'Alles exportieren',
  importFormat: 'Importformat',
  importFile: 'Datei importieren',
  importDone: '{entities} Einträge und {facts} Fakten importiert.',
  importFailed: 'Nichts wurde importiert:',
};

export const MESSAGES = { en, de } as const;
export type UiLang = keyof typeof MESSAGES;

/** Picks the UI language from a browser locale ("de-AT" → de); everything else is English. */
export function uiLangOf(locale: string | undefined): UiLang {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export type Translate = (key: MessageKey) => string;

export function translator(lang: UiLang): Translate {
  return (key) => MESSAGES[lang][key];
}
