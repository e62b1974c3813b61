/**
 * Closed German compounds whose first part is a country: "Japanexperte", "Chinageschäft",
 * "Russlandreise". The whole word is a mention of the country. Only heads from this list count:
 * an open rule would read "Indiana" or "Perusahaan" as compounds.
 */

const HEADS = [
  'experte',
  'expertin',
  'kenner',
  'kennerin',
  'korrespondent',
  'korrespondentin',
  'beauftragte',
  'beauftragter',
  'geschäft',
  'markt',
  'handel',
  'export',
  'import',
  'politik',
  'strategie',
  'reise',
  'besuch',
  'gipfel',
  'krise',
  'konflikt',
  'abkommen',
  'deal',
  'zoll',
  'zölle',
  'sanktion',
  'beziehung',
  'engagement',
  'investition',
  'werk',
  'fabrik',
  'niederlassung',
  'tochter',
  'ableger',
  'chef',
  'chefin',
  'zentrale',
  'kurs',
  'team',
  'fan',
  'freund',
  'kritiker',
  'berater',
  'bild',
  'risiko',
  'exposure',
  'anleihe',
  'fonds',
  'aktie',
  'börse',
  'wahl',
  'urlaub',
];

/** Endings a head takes in compounds: plural, genitive, feminine plural. */
const ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'innen', 'ungen'];

const FORMS = new Set(HEADS.flatMap((h) => ENDINGS.map((e) => h + e)));

/** Whether `rest` (the lower-case part of a word after a country name) is a known compound head. */
export function isCompoundHead(rest: string): boolean {
  return rest.length >= 3 && FORMS.has(rest);
}
