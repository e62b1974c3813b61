/**
 * Builds the country entities and facts from the npm packages (world-countries for codes,
 * capitals, borders and area; CLDR for names, population, GDP, currencies and languages;
 * i18n-iso-countries for aliases; i18n-nationality for German adjectives) and our overrides.
 */
import type { Entity, EntityName } from '../../lib/kb/types';
import { adjectiveForms, demonymForms } from '../../lib/german/forms';
import { ambiguityOf, FactBuilder, pushName } from './shared';

export interface CountryOverride {
  qid?: string;
  aliases?: { de?: string[]; en?: string[] };
  acronyms?: string[];
  adjDe?: string[];
  adjEn?: string[];
  demonymsDe?: string[];
  /** English plural demonyms that are not the adjective with an -s ("Britons", "Danes", "Spaniards"). */
  demonymsEn?: string[];
  drop?: string[];
  ambiguous?: string[];
  capitalDe?: string;
  /** Total area in km², where the package has another measure (US: land and inland water only). */
  area?: number;
}

export interface CountrySources {
  worldCountries: WorldCountry[];
  isoDe: Record<string, string | string[]>;
  isoEn: Record<string, string | string[]>;
  nationalityDe: Record<string, string>;
  nationalityEn: Record<string, string>;
  cldrTerritoriesDe: Record<string, string>;
  cldrTerritoriesEn: Record<string, string>;
  cldrTerritoryInfo: Record<
    string,
    { _population?: string; _gdp?: string; languagePopulation?: Record<string, { _officialStatus?: string; _populationPercent?: string }> }
  >;
  cldrContainment: Record<string, { _contains: string[]; _grouping?: string }>;
  cldrCurrenciesDe: Record<string, { displayName: string }>;
  cldrCurrenciesEn: Record<string, { displayName: string }>;
  cldrLanguagesDe: Record<string, string>;
  cldrLanguagesEn: Record<string, string>;
  overrides: Record<string, CountryOverride>;
  memberships: Record<string, string[]>;
}

export interface WorldCountry {
  cca2: string;
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string }>;
  capital: string[];
  borders: string[];
  area: number;
  flag: string;
  currencies: Record<string, { name: string }>;
}

/** UN members and observers plus Taiwan and Kosovo; the EU is added from the overrides. */
const EXTRA_MEMBERS = new Set(['VA', 'PS', 'TW', 'XK']);
const CLDR_SOURCE = { label: 'Unicode CLDR 48', url: 'https://cldr.unicode.org/' };
const WORLD_COUNTRIES_SOURCE = { label: 'world-countries 5.1 (mledoze/countries, ODbL)', url: 'https://github.com/mledoze/countries' };
const EDITORS_SOURCE = { label: 'Querverweis editors' };
/** CLDR 48 (2025) takes its population and GDP figures from the CIA World Factbook estimates of that year. */
const CLDR_FIGURES_AS_OF = '2025';

/** The entity id of a country: its QID where we are certain of it, otherwise a stable slug. */
export function countryId(code: string, overrides: Record<string, CountryOverride>): string {
  return overrides[code]?.qid ?? `country:${code.toLowerCase()}`;
}

export function buildCountries(src: CountrySources, facts: FactBuilder): Entity[] {
  const countries = src.worldCountries.filter((c) => c.unMember || EXTRA_MEMBERS.has(c.cca2));
  const byCca3 = new Map(src.worldCountries.map((c) => [c.cca3, c.cca2]));
  const included = new Set(countries.map((c) => c.cca2));
  const id = (code: string) => countryId(code, src.overrides);
  const entities: Entity[] = [];

  for (const c of countries) {
    const code = c.cca2;
    const o = src.overrides[code] ?? {};
    const labelDe = clean(src.cldrTerritoriesDe[code] ?? c.translations.deu?.common ?? c.name.common);
    const labelEn = clean(src.cldrTerritoriesEn[code] ?? c.name.common);
    const names: EntityName[] = [];
    const drop = new Set(o.drop ?? []);
    const add = (text: string | undefined, lang: 'de' | 'en', kind: EntityName['kind']) => {
      // "Korea, Republic of", "Syrien, Arabische Republik": ISO-inverted list forms, never written in news.
      if (!text || drop.has(text) || text.includes(', ')) return;
      pushName(names, { text: clean(text), lang, kind, ambiguous: ambiguityOf(text, o.ambiguous) });
    };
    add(labelDe, 'de', 'canonical');
    add(labelEn, 'en', 'canonical');
    for (const a of o.aliases?.de ?? []) add(a, 'de', 'alias');
    for (const a of o.aliases?.en ?? []) add(a, 'en', 'alias');
    for (const a of o.acronyms ?? []) pushName(names, { text: a, kind: 'acronym', matchCase: true });
    for (const suffix of ['-alt-short', '-alt-variant']) {
      add(src.cldrTerritoriesDe[code + suffix], 'de', 'alias');
      add(src.cldrTerritoriesEn[code + suffix], 'en', 'alias');
    }
    add(c.translations.deu?.common, 'de', 'alias');
    add(c.translations.deu?.official, 'de', 'alias');
    add(c.name.common, 'en', 'alias');
    add(c.name.official, 'en', 'alias');
    for (const [lang, iso] of [
      ['de', src.isoDe[code]],
      ['en', src.isoEn[code]],
    ] as const) {
      for (const a of [iso ?? []].flat()) {
        // Short all-capital aliases are codes ("US", "UK"): only the hand-checked acronym list adds those.
        if (/^[A-Z.]{2,5}$/.test(a)) continue;
        add(a, lang, 'alias');
      }
    }
    for (const stem of o.adjDe ?? germanAdjective(src.nationalityDe[code])) {
      for (const form of adjectiveForms(stem)) add(form, 'de', 'adjective');
    }
    for (const adj of o.adjEn ?? englishAdjective(src.nationalityEn[code])) {
      add(adj, 'en', 'adjective');
      // "Italians", "Iraqis", "Greeks": the people, ambiguous where the adjective is.
      const plural = englishPluralDemonym(adj);
      if (plural && !drop.has(plural))
        pushName(names, {
          text: plural,
          lang: 'en',
          kind: 'demonym',
          ambiguous: ambiguityOf(plural, o.ambiguous) ?? ambiguityOf(adj, o.ambiguous),
        });
    }
    for (const d of o.demonymsEn ?? []) add(d, 'en', 'demonym');
    for (const d of o.demonymsDe ?? []) for (const form of demonymForms(d)) add(form, 'de', 'demonym');

    entities.push({
      id: id(code),
      type: 'country',
      label: { de: labelDe, en: labelEn },
      names,
      flag: c.flag,
      countryId: id(code),
      origin: 'builtin',
    });

    const s = id(code);
    facts.value(s, 'isoCode', code, { source: WORLD_COUNTRIES_SOURCE });
    const capitalEn = c.capital[0];
    if (capitalEn)
      facts.value(s, 'capital', capitalEn, { valueText: { de: o.capitalDe ?? capitalEn, en: capitalEn }, source: WORLD_COUNTRIES_SOURCE });
    const info = src.cldrTerritoryInfo[code];
    if (info?._population) facts.value(s, 'population', Number(info._population), { asOf: CLDR_FIGURES_AS_OF, source: CLDR_SOURCE });
    if (info?._gdp) facts.value(s, 'gdpPpp', Number(info._gdp), { unit: 'USD', asOf: CLDR_FIGURES_AS_OF, source: CLDR_SOURCE });
    const area = o.area ?? c.area;
    if (area > 0) facts.value(s, 'area', area, { unit: 'km²', source: o.area ? EDITORS_SOURCE : WORLD_COUNTRIES_SOURCE });
    for (const cur of Object.keys(c.currencies ?? {})) {
      const de = src.cldrCurrenciesDe[cur]?.displayName;
      const en = src.cldrCurrenciesEn[cur]?.displayName ?? c.currencies[cur]!.name;
      facts.value(s, 'currency', cur, { valueText: { de: de ?? en, en }, source: CLDR_SOURCE });
    }
    for (const lang of officialLanguages(info?.languagePopulation)) {
      const de = src.cldrLanguagesDe[lang];
      const en = src.cldrLanguagesEn[lang];
      if (de && en) facts.value(s, 'language', lang, { valueText: { de, en }, source: CLDR_SOURCE });
    }
    const region = subregionOf(code, src.cldrContainment);
    if (region) {
      facts.value(s, 'region', region, {
        valueText: { de: src.cldrTerritoriesDe[region] ?? region, en: src.cldrTerritoriesEn[region] ?? region },
        source: CLDR_SOURCE,
      });
    }
    // A border is one relation per pair, stored once; the other side sees it as incoming.
    for (const b3 of c.borders) {
      const b = byCca3.get(b3);
      if (b && included.has(b) && code < b) facts.relation(s, 'borders', id(b), { source: WORLD_COUNTRIES_SOURCE });
    }
  }

  return entities;
}

/** Membership relations (country → member of → organisation/EU). */
export function addMemberships(
  memberships: Record<string, string[]>,
  groupIds: Record<string, string>,
  overrides: Record<string, CountryOverride>,
  facts: FactBuilder,
): void {
  for (const [group, members] of Object.entries(memberships)) {
    const object = groupIds[group];
    if (!object) throw new Error(`memberships.json: no entity for group "${group}"`);
    for (const code of members) facts.relation(countryId(code, overrides), 'memberOf', object, { source: EDITORS_SOURCE });
  }
}

/** CLDR uses a curly apostrophe and soft hyphens in a few names. */
function clean(name: string): string {
  return name
    .replace(/\u2019/g, "'")
    .replace(/\u00ad/g, '')
    .trim();
}

/** i18n-nationality's German entry, when it is a plain adjective ("Japanisch" → "japanisch"). */
function germanAdjective(entry: string | undefined): string[] {
  if (!entry || !/^\p{Lu}\p{Ll}+isch$/u.test(entry)) return [];
  return [entry.toLowerCase()];
}

/** i18n-nationality's English entry, when it is a single adjective. */
function englishAdjective(entry: string | undefined): string[] {
  if (!entry || !/^\p{Lu}[\p{Ll}-]+$/u.test(entry)) return [];
  return [entry];
}

function officialLanguages(pop: Record<string, { _officialStatus?: string; _populationPercent?: string }> | undefined): string[] {
  if (!pop) return [];
  const codes = Object.keys(pop);
  const official = codes.filter((l) => /official/.test(pop[l]!._officialStatus ?? '') && !l.includes('_'));
  if (official.length > 0) return official.slice(0, 4);
  // No de-jure official language (the US): take the most spoken one.
  const top = codes.sort((a, b) => Number(pop[b]!._populationPercent ?? 0) - Number(pop[a]!._populationPercent ?? 0))[0];
  return top ? [top] : [];
}

/** The UN M49 sub-region that directly contains the country ("030" Eastern Asia). */
function subregionOf(code: string, containment: CountrySources['cldrContainment']): string | undefined {
  for (const [group, { _contains }] of Object.entries(containment)) {
    if (/^\d{3}$/.test(group) && _contains.includes(code)) return group;
  }
  return undefined;
}

/**
 * The plural of an English nationality adjective that names the people with an -s: "Italian" →
 * "Italians", "Iraqi" → "Iraqis", "Greek" → "Greeks"; none for "Chinese", "British", "Swiss", which
 * are their own plural or take another word ("Britons", in the overrides).
 */
export function englishPluralDemonym(adjective: string): string | undefined {
  return /(?:an|i|ek|ech|ak|akh|ik)$/.test(adjective) ? `${adjective}s` : undefined;
}
