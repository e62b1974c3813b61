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
  highlight: 'Highlight',
  highlightSelection: 'Highlight selection',
  highlights: 'Highlights',
  highlightsEmpty: 'No highlights yet. Select text on a news page and choose “Highlight”.',
  highlightNote: 'Note',
  highlightTags: 'Tags, separated by commas',
  highlightColor: 'Colour',
  colorYellow: 'Yellow',
  colorGreen: 'Green',
  colorBlue: 'Blue',
  colorPink: 'Pink',
  colorPurple: 'Purple',
  saved: 'Saved.',
  orphan: 'Not found on the page',
  orphanHint: 'The text changed since you highlighted it. The highlight is kept.',
  exportMarkdown: 'Markdown',
  exportCsv: 'CSV',
  exportJson: 'Web Annotation JSON',
  exportHighlightsOfPage: 'Export this page’s highlights',
  exportHighlightsAll: 'Export all highlights',
  exportHighlightsOfEntity: 'Export highlights with this entity',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied.',
  importHighlights: 'Import highlights (Web Annotation JSON)',
  highlightsImported: 'Added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.',
  exportPageEntities: 'Export this page’s entities',
  goTo: 'Show',
  storageFull: 'Not saved: the browser has no more storage space for Querverweis. Everything saved before is kept. Free space on the device, or delete old highlights or the reading history, then try again.',
  notAnswered: 'Not saved: Querverweis did not answer (it may have been restarting). Nothing was changed; please try again.',
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
  highlight: 'Markieren',
  highlightSelection: 'Auswahl markieren',
  highlights: 'Markierungen',
  highlightsEmpty: 'Noch keine Markierungen. Text auf einer Nachrichtenseite auswählen und „Markieren“ wählen.',
  highlightNote: 'Notiz',
  highlightTags: 'Schlagwörter, durch Kommas getrennt',
  highlightColor: 'Farbe',
  colorYellow: 'Gelb',
  colorGreen: 'Grün',
  colorBlue: 'Blau',
  colorPink: 'Rosa',
  colorPurple: 'Lila',
  saved: 'Gespeichert.',
  orphan: 'Auf der Seite nicht gefunden',
  orphanHint: 'Der Text hat sich seit dem Markieren geändert. Die Markierung bleibt erhalten.',
  exportMarkdown: 'Markdown',
  exportCsv: 'CSV',
  exportJson: 'Web-Annotation-JSON',
  exportHighlightsOfPage: 'Markierungen dieser Seite exportieren',
  exportHighlightsAll: 'Alle Markierungen exportieren',
  exportHighlightsOfEntity: 'Markierungen mit diesem Eintrag exportieren',
  copyMarkdown: 'Als Markdown kopieren',
  copied: 'Kopiert.',
  importHighlights: 'Markierungen importieren (Web-Annotation-JSON)',
  highlightsImported: '{added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen.',
  exportPageEntities: 'Einträge dieser Seite exportieren',
  goTo: 'Zeigen',
  storageFull: 'Nicht gespeichert: Der Browser hat keinen Speicherplatz mehr für Querverweis. Alles bisher Gespeicherte bleibt erhalten. Schaffen Sie Platz auf dem Gerät oder löschen Sie alte Markierungen oder den Leseverlauf und versuchen Sie es noch einmal.',
  notAnswered: 'Nicht gespeichert: Querverweis hat nicht geantwortet (vielleicht wurde es gerade neu gestartet). Nichts wurde geändert; bitte versuchen Sie es noch einmal.',
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

/**
 * The browser's own message catalogue (browser.i18n.getMessage over _locales), which picks the
 * reader's language as the browser does; a key it lacks falls back to this table's English.
 */
export function catalogTranslator(getMessage: (key: string) => string): Translate {
  return (key) => getMessage(key) || MESSAGES.en[key];
}

/**
 * The UI's strings and the language of knowledge-base labels, both from the browser's choice of
 * locale (`@@ui_locale` is the locale its catalogue uses), so labels and strings always agree.
 */
export function uiStrings(i18n: { getMessage(key: string): string }): { lang: UiLang; t: Translate } {
  const getMessage = (key: string) => i18n.getMessage(key);
  return { lang: uiLangOf(getMessage('@@ui_locale')), t: catalogTranslator(getMessage) };
}
