/**
 * Word lists for the context rules (context.ts), in lower case unless said otherwise.
 * They are what a reader takes as a sign that "Allianz" is the insurer, or that "Japan" opens
 * an organisation's English name.
 */

/** Legal forms after a name ("Bayer AG", "Shell plc"), as written (trailing full stop removed). */
export const LEGAL_FORMS = new Set([
  'AG', 'SE', 'KGaA', 'GmbH', 'KG', 'Inc', 'Corp', 'Corporation', 'plc', 'PLC', 'N.V', 'NV', 'S.A', 'SA', 'Ltd', 'Limited',
  'Holding', 'Holdings', 'Group', 'Co', 'A/S', 'ASA', 'Oyj', 'AB', 'S.p.A', 'SpA', 'Konzern',
]);

/**
 * Legal forms as news writes them after a company's name, which the mark then covers ("Siemens AG",
 * "Samsung Electronics Co Ltd"); longest first where one starts another.
 */
export const LEGAL_FORMS_AS_WRITTEN = [
  'GmbH & Co. KGaA', 'GmbH & Co. KG', 'AG & Co. KGaA', 'SE & Co. KGaA', 'Co., Ltd.', 'Co. Ltd.', 'Co Ltd', 'Co., Ltd', 'Co. Ltd',
  'KGaA', 'GmbH', 'AG', 'SE', 'KG', 'Inc.', 'Inc', 'Corp.', 'Corporation', 'Ltd.', 'Ltd', 'plc', 'PLC', 'N.V.', 'NV', 'S.A.', 'SA',
  'S.p.A.', 'SpA', 'S.A.S.', 'A/S', 'ASA', 'AB', 'Oyj', 'LLC', 'L.P.', 'LP', 'K.K.',
];

/** Second parts of hyphenated compounds that make the first part a company: "Allianz-Chef", "Bayer-Aktie". */
export const COMPANY_COMPOUND_HEADS = new Set([
  'chef', 'chefin', 'boss', 'ceo', 'konzern', 'aktie', 'aktionär', 'aktionäre', 'vorstand', 'vorstandschef', 'manager',
  'managerin', 'sprecher', 'sprecherin', 'tochter', 'werk', 'mitarbeiter', 'beschäftigte', 'gruppe', 'zentrale', 'umsatz',
  'gewinn', 'quartalszahlen', 'zahlen', 'bilanz', 'kurs', 'papier', 'papiere', 'titel', 'anleihe', 'übernahme', 'deal',
  'produkt', 'produkte', 'filiale', 'tankstelle', 'hauptversammlung', 'aufsichtsrat', 'eigner', 'gründer', 'store',
  'smartphone', 'chip', 'fabrik', 'standort', 'vertrag', 'konkurrent', 'rivale', 'logo', 'sparte', 'geschäft', 'marke',
  'gelände', 'zentrale', 'kunden', 'hauptquartier',
]);

/** Endings of a word before a name that call it a company: "der Versicherer Allianz", "Autobauer Mercedes". */
export const COMPANY_NOUN_ENDINGS = [
  'konzern', 'versicherer', 'hersteller', 'bauer', 'händler', 'riese', 'unternehmen', 'firma', 'gigant', 'rivale',
  'konkurrent', 'gruppe', 'marke', 'zulieferer', 'logistiker', 'versorger', 'mutter', 'company', 'giant', 'maker',
  'retailer', 'insurer', 'firm', 'rival', 'group',
];

/** Company and market words: in the same sentence, they make an ambiguous company name likely. */
export const CONTEXT_WORDS = new Set([
  'konzern', 'konzerns', 'unternehmen', 'aktie', 'aktionär', 'aktionäre', 'börse', 'dax', 'mdax', 'sdax', 'umsatz',
  'gewinn', 'verlust', 'quartal', 'milliarden', 'millionen', 'mrd', 'mio', 'vorstand', 'vorstandschef', 'konzernchef',
  'ceo', 'aufsichtsrat', 'tochter', 'mitarbeiter', 'beschäftigte', 'werk', 'übernahme', 'marktwert', 'bilanz',
  'dividende', 'anleger', 'investoren', 'analysten', 'kunden', 'produkte', 'hersteller', 'versicherer', 'geschäftsjahr',
  'prognose', 'kursziel', 'jahreszahlen', 'hauptversammlung', 'börsenwert', 'konkurrent', 'konkurrenten', 'rivale',
  'company', 'companies', 'shares', 'stock', 'revenue', 'profit', 'profits', 'quarter', 'billion', 'million', 'investors',
  'analysts', 'listed', 'nasdaq', 'nyse', 'acquisition', 'merger', 'earnings', 'sales', 'employees', 'shareholders',
  'dividend', 'chief', 'executive',
]);

/** English organisation heads, as written: "China Electricity Council", "Japan Times". */
export const ORG_HEADS = new Set([
  'Council', 'Association', 'Institute', 'Institution', 'Foundation', 'Society', 'Agency', 'Authority', 'Committee',
  'Federation', 'Corporation', 'Company', 'Group', 'Holdings', 'Bank', 'Airlines', 'Airways', 'Times', 'Post', 'Daily',
  'News', 'Review', 'Television', 'Broadcasting', 'Exchange', 'Fund', 'Ministry', 'Organization', 'Organisation',
  'Center', 'Centre', 'University', 'Academy', 'Chamber', 'Forum', 'Party', 'Railway', 'Railways', 'Motors', 'Electric',
  'Telecom', 'Mobile', 'Steel', 'Tobacco', 'Energy', 'Petroleum', 'Investment', 'Investments', 'Securities',
  'Insurance', 'Industries', 'Development', 'Manufacturers', 'Cooperation',
]);
