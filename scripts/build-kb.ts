/**
 * Generates the built-in knowledge base, lib/kb/generated/builtin.json, from npm packages and the
 * hand-written files in data/. Runs before every build and test run (npm run kb), so a fresh clone
 * gets the same file; it is not committed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltinData } from '../lib/kb/builtin';
import type { Fact } from '../lib/kb/types';
import { addMemberships, buildCountries, countryId, type CountryOverride } from './kb/countries';
import { buildOrgs, checkOrgReferences, parseJsonLines, type OrgRecord } from './kb/records';
import { FactBuilder } from './kb/shared';
import { buildCuratedRelations, type CuratedRelation } from './kb/curated-relations';
import { checkBuiltin } from './kb/check';
import { buildOpenCompanies } from './kb/open-companies';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'lib/kb/generated/builtin.json');
const require = createRequire(import.meta.url);

const pkg = (path: string): any => JSON.parse(readFileSync(require.resolve(path), 'utf8'));
const data = (path: string): string => readFileSync(join(ROOT, 'data', path), 'utf8');

export interface BuildOptions {
  /** Where the build log goes (flag counts, a sample of flagged names); silent by default. */
  log?: (line: string) => void;
}

export function buildBuiltin(options: BuildOptions = {}): BuiltinData {
  const overrides = JSON.parse(data('countries/overrides.json')) as Record<string, CountryOverride>;
  // German capital names live in their own file; an override's capitalDe wins.
  for (const [code, capitalDe] of Object.entries(JSON.parse(data('countries/capitals-de.json')) as Record<string, string>)) {
    overrides[code] = { capitalDe, ...overrides[code] };
  }
  const memberships = JSON.parse(data('countries/memberships.json')) as Record<string, string[]>;
  const cldr = (locale: string, file: string, ...path: string[]) =>
    path.reduce(
      (o, k) => o[k],
      pkg(`cldr-${file.startsWith('currencies') ? 'numbers' : 'localenames'}-full/main/${locale}/${file}.json`).main[locale],
    );
  const facts = new FactBuilder();

  const countries = buildCountries(
    {
      worldCountries: pkg('world-countries/countries.json'),
      isoDe: pkg('i18n-iso-countries/langs/de.json').countries,
      isoEn: pkg('i18n-iso-countries/langs/en.json').countries,
      nationalityDe: pkg('i18n-nationality/langs/de.json').nationalities,
      nationalityEn: pkg('i18n-nationality/langs/en.json').nationalities,
      cldrTerritoriesDe: cldr('de', 'territories', 'localeDisplayNames', 'territories'),
      cldrTerritoriesEn: cldr('en', 'territories', 'localeDisplayNames', 'territories'),
      cldrTerritoryInfo: pkg('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo,
      cldrContainment: pkg('cldr-core/supplemental/territoryContainment.json').supplemental.territoryContainment,
      cldrCurrenciesDe: cldr('de', 'currencies', 'numbers', 'currencies'),
      cldrCurrenciesEn: cldr('en', 'currencies', 'numbers', 'currencies'),
      cldrLanguagesDe: cldr('de', 'languages', 'localeDisplayNames', 'languages'),
      cldrLanguagesEn: cldr('en', 'languages', 'localeDisplayNames', 'languages'),
      overrides,
      memberships,
    },
    facts,
  );
  const eu = euEntity(overrides);
  const countryIdOf = (code: string) => countryId(code, overrides);

  const orgs = buildOrgs(
    parseJsonLines<OrgRecord>(data('organisations.jsonl'), 'organisations.jsonl'),
    'data/organisations.jsonl',
    'organisation',
    countryIdOf,
    facts,
  );
  const companyFiles = readdirSync(join(ROOT, 'data/companies'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const companies = companyFiles.flatMap((f) =>
    buildOrgs(parseJsonLines<OrgRecord>(data(`companies/${f}`), f), `data/companies/${f}`, 'company', countryIdOf, facts),
  );
  const handWritten = [...countries, eu, ...orgs, ...companies];
  // Companies from the open data in data/open/; the hand-written records above win.
  const open = buildOpenCompanies({
    dataDir: join(ROOT, 'data/open'),
    existing: handWritten,
    facts,
    countryIdOf,
    log: options.log,
  });
  if (options.log) logFlags(open.log, options.log);
  const entities = [...handWritten, ...open.entities];
  checkOrgReferences(entities, facts);

  const groupIds: Record<string, string> = { EU: eu.id };
  for (const o of orgs) groupIds[o.label.en] = o.id;
  addMemberships(memberships, groupIds, overrides, facts);
  const relationFiles = readdirSync(join(ROOT, 'data/relations'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({ file: `data/relations/${f}`, lines: parseJsonLines<CuratedRelation>(data(`relations/${f}`), f) }));
  const curated = buildCuratedRelations(relationFiles, new Set(entities.map((e) => e.id)), facts, options.log);
  options.log?.(`kb: ${curated} curated relations from ${relationFiles.length} files in data/relations/`);

  const body = { entities, facts: withGermanLabels(facts.all()) };
  checkBuiltin(body);
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}

function logFlags(log: ReturnType<typeof buildOpenCompanies>['log'], say: (line: string) => void): void {
  say(
    `kb: names flagged per rule: ${[...log.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  say('kb: a sample of 50 flagged names (seeded), for review:');
  for (const line of log.sample(50)) say(`  ${line}`);
}

/**
 * Sectors and industries are written in English (by hand and in the open data); their German names
 * come from data/labels/, and a build fails on a sector that has none, so a German card never shows
 * an English one.
 */
function withGermanLabels(all: Fact[]): Fact[] {
  const labels: Record<string, Record<string, string>> = {
    sector: JSON.parse(data('labels/sectors-de.json')),
    industry: JSON.parse(data('labels/industries-de.json')),
  };
  const missing = new Set<string>();
  for (const f of all) {
    const de = labels[f.property]?.[String(f.value)];
    if (!labels[f.property] || f.valueText) continue;
    if (de) f.valueText = { de, en: String(f.value) };
    else missing.add(`${f.property} "${f.value}"`);
  }
  if (missing.size) throw new Error(`no German name in data/labels/ for ${[...missing].join(', ')}`);
  return all;
}

/** The EU is not in the country packages; it is a country-like entity in news ("EU-Kommission"). */
function euEntity(overrides: Record<string, CountryOverride>) {
  const o = overrides.EU!;
  return {
    id: o.qid!,
    type: 'country' as const,
    label: { de: 'Europäische Union', en: 'European Union' },
    names: [
      { text: 'Europäische Union', lang: 'de' as const, kind: 'canonical' as const },
      { text: 'European Union', lang: 'en' as const, kind: 'canonical' as const },
      ...(o.acronyms ?? []).map((text) => ({ text, kind: 'acronym' as const, matchCase: true })),
    ],
    description: { de: 'Staatenverbund von 27 europäischen Ländern', en: 'Union of 27 European states' },
    flag: '🇪🇺',
    origin: 'builtin' as const,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const built = buildBuiltin({ log: (line) => console.log(line) });
  mkdirSync(dirname(OUT), { recursive: true });
  const json = JSON.stringify(built);
  writeFileSync(OUT, json);
  const ms = Math.round(performance.now() - started);
  console.log(
    `kb: ${built.entities.length} entities, ${built.facts.length} facts, ${(json.length / 1024).toFixed(0)} KiB, version ${built.version} (${ms} ms)`,
  );
}
