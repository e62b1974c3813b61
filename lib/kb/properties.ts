/**
 * How each fact property reads, in both languages and both directions of a relation:
 * "Microsoft → investiert in → Japan" seen from Japan is "Japan ← Investition von ← Microsoft".
 */
import type { Lang } from './types';

export interface PropertyLabel {
  out: Record<Lang, string>;
  /** For relations: the label seen from the object's side. */
  in?: Record<Lang, string>;
}

export const PROPERTIES: Record<string, PropertyLabel> = {
  isoCode: { out: { de: 'ISO-Code', en: 'ISO code' } },
  capital: { out: { de: 'Hauptstadt', en: 'Capital' } },
  population: { out: { de: 'Einwohner', en: 'Population' } },
  gdpPpp: { out: { de: 'BIP (KKP)', en: 'GDP (PPP)' } },
  area: { out: { de: 'Fläche', en: 'Area' } },
  currency: { out: { de: 'Währung', en: 'Currency' } },
  language: { out: { de: 'Sprache', en: 'Language' } },
  region: { out: { de: 'Region', en: 'Region' } },
  legalName: { out: { de: 'Firmenname', en: 'Legal name' } },
  legalForm: { out: { de: 'Rechtsform', en: 'Legal form' } },
  city: { out: { de: 'Sitz', en: 'Headquarters' } },
  sector: { out: { de: 'Branche', en: 'Sector' } },
  industry: { out: { de: 'Industriezweig', en: 'Industry' } },
  isin: { out: { de: 'ISIN', en: 'ISIN' } },
  indexMember: { out: { de: 'Im Index', en: 'In index' } },
  founded: { out: { de: 'Gegründet', en: 'Founded' } },
  listing: { out: { de: 'Börsennotierung', en: 'Listing' } },
  website: { out: { de: 'Website', en: 'Website' } },
  dissolved: { out: { de: 'Bestand bis', en: 'Existed until' } },
  borders: { out: { de: 'grenzt an', en: 'borders' }, in: { de: 'grenzt an', en: 'borders' } },
  memberOf: { out: { de: 'Mitglied von', en: 'member of' }, in: { de: 'hat Mitglied', en: 'has member' } },
  headquarteredIn: { out: { de: 'Sitz in', en: 'headquartered in' }, in: { de: 'Sitz von', en: 'home of' } },
  subsidiaryOf: { out: { de: 'Tochter von', en: 'subsidiary of' }, in: { de: 'Muttergesellschaft von', en: 'parent of' } },
  successor: { out: { de: 'aufgegangen in', en: 'succeeded by' }, in: { de: 'Nachfolger von', en: 'successor of' } },
  investsIn: { out: { de: 'investiert in', en: 'invests in' }, in: { de: 'Investition von', en: 'investment by' } },
  technologyPartnerOf: {
    out: { de: 'Technologiepartner von', en: 'technology partner of' },
    in: { de: 'Technologiepartner', en: 'technology partner' },
  },
  supplies: { out: { de: 'beliefert', en: 'supplies' }, in: { de: 'beliefert von', en: 'supplied by' } },
  acquires: { out: { de: 'übernahm', en: 'acquired' }, in: { de: 'übernommen von', en: 'acquired by' } },
  jointVentureOf: {
    out: { de: 'Gemeinschaftsunternehmen von', en: 'joint venture of' },
    in: { de: 'Partner im Gemeinschaftsunternehmen', en: 'partner in joint venture' },
  },
  competesWith: { out: { de: 'Wettbewerber von', en: 'competes with' }, in: { de: 'Wettbewerber von', en: 'competes with' } },
  sameIndex: {
    out: { de: 'im selben Index wie', en: 'in the same index as' },
    in: { de: 'im selben Index wie', en: 'in the same index as' },
  },
  sameIndustry: { out: { de: 'selbe Branche wie', en: 'same industry as' }, in: { de: 'selbe Branche wie', en: 'same industry as' } },
  sameCountry: {
    out: { de: 'Sitz im selben Land wie', en: 'based in the same country as' },
    in: { de: 'Sitz im selben Land wie', en: 'based in the same country as' },
  },
  holdsStakeIn: { out: { de: 'beteiligt an', en: 'holds a stake in' }, in: { de: 'Beteiligung von', en: 'stake held by' } },
  cooperatesWith: { out: { de: 'kooperiert mit', en: 'cooperates with' }, in: { de: 'kooperiert mit', en: 'cooperates with' } },
  operates: { out: { de: 'betreibt', en: 'operates' }, in: { de: 'betrieben von', en: 'operated by' } },
};

/** Label of a property seen from one end; unknown (reader-made) properties show as written. */
export function propertyLabel(property: string, direction: 'out' | 'in', lang: Lang): string {
  const p = PROPERTIES[property];
  if (!p) return property;
  return (direction === 'in' ? (p.in ?? p.out) : p.out)[lang];
}
