/**
 * Company entities generated from the open-data extracts in data/open/ (README there):
 * FinanceDatabase (listed companies worldwide), the S&P 500, index constituents, and the Name
 * Suggestion Index's brands and operators with Wikidata ids; names derived with the GLEIF legal
 * forms (company-names.ts) and flagged by the word lists (ambiguity.ts).
 *
 * The hand-written records win: a generated company that is one of them (same Wikidata id, website
 * host, ISIN, listing, or name and country) is dropped, and only facts the record lacks (ISIN,
 * industry, index membership) are added to it. Ids are the Wikidata QID where the data gives it
 * with certainty (the NSI item itself, or FinanceDatabase joined to NSI by website where the names
 * agree), else slug:<name>-<country>; the same data gives the same ids.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldKey } from '../../lib/matcher/chars';
import { LEGAL_FORMS_AS_WRITTEN } from '../../lib/matcher/evidence-words';
import type { Entity, EntityName, Fact } from '../../lib/kb/types';
import { AmbiguityLog, ambiguityRules, fold, isDistinctive, loadWordLists, type Action, type Rule, type WordLists } from './ambiguity';
import { deriveNames, legalFormList, slugify, squash, stripLegalForm, stripNoise, undoCapitals, type LegalFormList } from './company-names';
import { isCompanyDescription } from './nsi-companies';
import type { FactBuilder } from './shared';

const require = createRequire(import.meta.url);

/** Market-capitalisation classes of FinanceDatabase, as ranks; the S&P 500 counts as Large, an NSI brand as unknown. */
const CAP_RANK: Record<string, number> = { Mega: 7, Large: 6, Mid: 5, Small: 4, Micro: 3, Nano: 2, '': 1 };
/** Companies this small (or of unknown size) get no generic or short name of their own. */
const SMALL_RANK = 3;

/** Yahoo-style symbol suffix → the exchange as our records write it, and the countries it is the home market of. */
export const EXCHANGES: Record<string, [label: string, countries: string]> = {
  T: ['TSE', 'JP'],
  SZ: ['SZSE', 'CN'],
  SS: ['SSE', 'CN'],
  HK: ['HKEX', 'HK CN MO'],
  NS: ['NSE', 'IN'],
  BO: ['BSE', 'IN'],
  AX: ['ASX', 'AU'],
  V: ['TSXV', 'CA'],
  TO: ['TSX', 'CA'],
  CN: ['CSE', 'CA'],
  L: ['LSE', 'GB JE GG IM'],
  IL: ['LSE', 'GB'],
  KS: ['KRX', 'KR'],
  KQ: ['KOSDAQ', 'KR'],
  BK: ['SET', 'TH'],
  TW: ['TWSE', 'TW'],
  TWO: ['TPEX', 'TW'],
  ST: ['STO', 'SE'],
  PA: ['EPA', 'FR'],
  JK: ['IDX', 'ID'],
  MX: ['BMV', 'MX'],
  SI: ['SGX', 'SG'],
  DE: ['XETRA', 'DE'],
  SA: ['B3', 'BR'],
  IS: ['BIST', 'TR'],
  TA: ['TASE', 'IL'],
  MI: ['MIL', 'IT'],
  OL: ['OSL', 'NO'],
  JO: ['JSE', 'ZA'],
  SW: ['SIX', 'CH LI'],
  ME: ['MOEX', 'RU'],
  MC: ['BME', 'ES'],
  BA: ['BCBA', 'AR'],
  CO: ['CPH', 'DK'],
  HE: ['HEL', 'FI'],
  SR: ['TADAWUL', 'SA'],
  AT: ['ATHEX', 'GR'],
  SN: ['BCS', 'CL'],
  NZ: ['NZX', 'NZ'],
  BR: ['EBR', 'BE'],
  AS: ['AMS', 'NL'],
  VI: ['VIE', 'AT'],
  QA: ['QSE', 'QA'],
  LS: ['ELI', 'PT'],
  IR: ['ISE', 'IE'],
  PR: ['PSE', 'CZ'],
  BD: ['BUD', 'HU'],
  IC: ['ICE', 'IS'],
  TL: ['TAL', 'EE'],
  RG: ['RIG', 'LV'],
  VS: ['VSE', 'LT'],
  WA: ['WSE', 'PL'],
};
const US_EXCHANGES = new Set(['NYSE', 'NASDAQ']);

/** Territories whose companies the KB files under the sovereign state (the KB has countries only). */
const SOVEREIGN: Record<string, string> = {
  HK: 'CN',
  MO: 'CN',
  BM: 'GB',
  KY: 'GB',
  VG: 'GB',
  JE: 'GB',
  GG: 'GB',
  IM: 'GB',
  GI: 'GB',
  PR: 'US',
  CW: 'NL',
  GL: 'DK',
  GF: 'FR',
};

const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky
  Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico
  New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont
  Virginia Washington West_Virginia Wisconsin Wyoming District_of_Columbia D.C. Washington_D.C.`
    .split(/\s+/)
    .map((s) => s.replace(/_/g, ' ')),
);

interface Candidate {
  source: 'fd' | 'sp500' | 'nsi';
  /** FinanceDatabase or S&P symbol, NSI QID: a stable key for sorting and ids. */
  key: string;
  qid?: string;
  /** Registered or display name as the source writes it. */
  rawName: string;
  /** More names (NSI's names and matchNames, Latin script only). */
  extraNames: string[];
  country?: string;
  city?: string;
  host?: string;
  sector?: string;
  industry?: string;
  rank: number;
  isin?: string;
  listing?: string;
  founded?: number;
  indices: string[];
  description?: string;
  parent?: string;
}

export interface OpenCompanyInput {
  dataDir: string;
  /** Entities built so far (countries, organisations, hand-written companies): they win. */
  existing: readonly Entity[];
  facts: FactBuilder;
  /** ISO alpha-2 → country entity id, undefined where the KB has no such country. */
  countryIdOf: (code: string) => string | undefined;
  log?: (line: string) => void;
}

export interface OpenCompanyResult {
  entities: Entity[];
  log: AmbiguityLog;
  /** Generated companies dropped as duplicates of hand-written ones, by key. */
  mergedIntoHandWritten: number;
  lists: WordLists;
  legalForms: LegalFormList;
}

const readTsv = (dir: string, path: string): Record<string, string>[] => {
  const [head, ...lines] = readFileSync(join(dir, path), 'utf8').replace(/\n$/, '').split('\n');
  const cols = head!.split('\t');
  return lines.map((l) => {
    const f = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, f[i] ?? '']));
  });
};

/** "SIE.DE" → "XETRA:SIE" where the exchange is the company's home market; undefined otherwise. */
export function homeListing(symbol: string, country: string | undefined): string | undefined {
  const m = /^(.+)\.([A-Z]+)$/.exec(symbol);
  if (!m || !country) return undefined;
  const ex = EXCHANGES[m[2]!];
  if (!ex || !ex[1].split(' ').includes(country)) return undefined;
  return `${ex[0]}:${m[1]}`;
}

/** A listing as a comparable key: "XETRA:SIE" and the symbol "SIE.DE" are both "SIE.DE"; US tickers stay bare. */
function listingKey(listing: string): string | undefined {
  const [exchange, ticker] = listing.split(':');
  if (!exchange || !ticker) return undefined;
  const t = ticker.split(' ')[0]!;
  if (US_EXCHANGES.has(exchange)) return t;
  const suffix = Object.entries(EXCHANGES).find(([, [label]]) => label === exchange)?.[0];
  return suffix ? `${t}.${suffix}` : undefined;
}

function nationalityCodes(): Map<string, string> {
  const en = require('i18n-nationality/langs/en.json').nationalities as Record<string, string>;
  const out = new Map<string, string>();
  for (const [code, adj] of Object.entries(en)) {
    const a = adj.replace(/\s*\(.*\)$/, '').trim();
    if (a && !out.has(a)) out.set(a, code);
  }
  out.set('American', 'US');
  out.set('British', 'GB');
  out.set('Dutch', 'NL');
  out.set('South Korean', 'KR');
  out.set('Swiss', 'CH');
  return out;
}

/** "German multinational conglomerate" → DE: the first nationality adjective ("South Korean" before "Korean"). */
function countryFromDescription(description: string, adjectives: Map<string, string>, pattern: RegExp): string | undefined {
  const m = pattern.exec(description);
  return m ? adjectives.get(m[1]!) : undefined;
}

function adjectivePattern(adjectives: Map<string, string>): RegExp {
  const alternatives = [...adjectives.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(${alternatives.join('|')})(?![\\p{L}])`, 'u');
}

/** Whether two names are the same company's: one's squashed first word starts the other. */
function namesAgree(a: string, b: string): boolean {
  const sa = squash(a);
  const sb = squash(b);
  if (!sa || !sb) return false;
  const first = (s: string) => squash(s.split(/\s+/)[0] ?? '');
  return sa.startsWith(sb) || sb.startsWith(sa) || first(a) === first(b);
}

function loadCandidates(dir: string, lf: LegalFormList, adjectives: Map<string, string>) {
  const pattern = adjectivePattern(adjectives);
  const fdQid = new Map(readTsv(dir, 'nsi-wikidata/financedatabase-wikidata.tsv').map((r) => [r.symbol!, r]));
  const indexOf = new Map<string, string[]>();
  const indexByName = new Map<string, string[]>();
  for (const r of readTsv(dir, 'index-constituents/constituents.tsv')) {
    indexOf.set(r.symbol!, [...(indexOf.get(r.symbol!) ?? []), r.index!]);
    if (r.name) {
      const k = squash(stripLegalForm(stripNoise(r.name), lf).name);
      indexByName.set(k, [...(indexByName.get(k) ?? []), r.index!]);
    }
  }
  const fd: Candidate[] = readTsv(dir, 'financedatabase/companies.tsv').map((r) => {
    const join = fdQid.get(r.symbol!);
    const qid = join && namesAgree(stripLegalForm(undoCapitals(r.name!), lf).name, join.label!) ? join.qid : undefined;
    return {
      source: 'fd',
      key: r.symbol!,
      qid,
      rawName: r.name!,
      extraNames: [],
      country: r.country || undefined,
      city: r.city || undefined,
      host: r.host || undefined,
      sector: r.sector || undefined,
      industry: r.industry || undefined,
      rank: CAP_RANK[r.cap!] ?? 1,
      isin: r.isin || undefined,
      listing: homeListing(r.symbol!, r.country),
      indices: indexOf.get(r.symbol!) ?? [],
    };
  });
  const nasdaq100 = new Set(
    readTsv(dir, 'index-constituents/constituents.tsv')
      .filter((r) => r.index === 'Nasdaq-100')
      .map((r) => r.symbol!),
  );
  const sp: Candidate[] = readTsv(dir, 'sp500/constituents.tsv').map((r) => {
    const parts = r.headquarters!.split(',').map((p) => p.trim());
    const last = parts[parts.length - 1] ?? '';
    const isoCountries = require('i18n-iso-countries') as { getAlpha2Code(name: string, lang: string): string | undefined };
    const country = US_STATES.has(last) ? 'US' : last === 'UK' ? 'GB' : (isoCountries.getAlpha2Code(last, 'en') ?? 'US');
    return {
      source: 'sp500',
      key: r.symbol!,
      rawName: r.name!,
      extraNames: [],
      country,
      city: parts[0] || undefined,
      sector: r.sector || undefined,
      industry: r.industry || undefined,
      rank: CAP_RANK.Large!,
      listing: nasdaq100.has(r.symbol!) ? `NASDAQ:${r.symbol!.replace('.', '-')}` : undefined,
      founded: r.founded ? Number(r.founded) : undefined,
      indices: ['S&P 500', ...(indexOf.get(r.symbol!) ?? [])],
    };
  });
  const nsi: Candidate[] = [];
  for (const r of readTsv(dir, 'nsi-wikidata/brands-operators.tsv')) {
    if (!r.label || !isCompanyDescription(r.description!)) continue;
    const countries = r.countries ? r.countries.split('|') : [];
    // The nationality in the description, else the one country of its location set (Jersey counts as Britain).
    const sovereigns = [...new Set(countries.map((c) => SOVEREIGN[c] ?? c))];
    const country = countryFromDescription(r.description!, adjectives, pattern) ?? (sovereigns.length === 1 ? sovereigns[0] : undefined);
    nsi.push({
      source: 'nsi',
      key: r.qid!,
      qid: r.qid!,
      rawName: r.label!,
      extraNames: r.names ? r.names.split('|') : [],
      country,
      host: r.host || undefined,
      rank: CAP_RANK['']!,
      indices: indexByName.get(squash(r.label!)) ?? [],
      description: r.description || undefined,
    });
  }
  return { fd, sp, nsi, fdQid };
}

interface HandIndex {
  byQid: Map<string, string>;
  byHost: Map<string, string>;
  byIsin: Map<string, string>;
  byListing: Map<string, string>;
  byNameCountry: Map<string, string>;
  countryOf: Map<string, string | undefined>;
}

function indexHandWritten(companies: readonly Entity[], facts: readonly Fact[]): HandIndex {
  const ix: HandIndex = {
    byQid: new Map(),
    byHost: new Map(),
    byIsin: new Map(),
    byListing: new Map(),
    byNameCountry: new Map(),
    countryOf: new Map(),
  };
  const ids = new Set(companies.map((c) => c.id));
  for (const c of companies) {
    if (/^Q\d+$/.test(c.id)) ix.byQid.set(c.id, c.id);
    ix.countryOf.set(c.id, c.countryId);
    for (const n of c.names) if (n.kind !== 'acronym' && !n.noMatch) ix.byNameCountry.set(`${squash(n.text)}|${c.countryId ?? ''}`, c.id);
  }
  for (const f of facts) {
    if (!ids.has(f.subject) || f.value === undefined) continue;
    const v = String(f.value);
    if (f.property === 'website') ix.byHost.set(v.replace(/^www\./, '').toLowerCase(), f.subject);
    if (f.property === 'isin') ix.byIsin.set(v, f.subject);
    if (f.property === 'listing') {
      const k = listingKey(v);
      if (k) ix.byListing.set(k, f.subject);
    }
  }
  return ix;
}

/** The generated companies: entities and their facts (added to `facts`), with the ambiguity log. */
export function buildOpenCompanies(input: OpenCompanyInput): OpenCompanyResult {
  const { dataDir, existing, facts, countryIdOf } = input;
  const say = input.log ?? (() => {});
  const entityIds = new Set(existing.map((e) => e.id));
  const countryEntity = (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    const id = countryIdOf(SOVEREIGN[code] ?? code);
    return id && entityIds.has(id) ? id : undefined;
  };

  // Word lists, with the places the data itself names: headquarters cities and the KB's countries.
  const fdRows = readTsv(dataDir, 'financedatabase/companies.tsv');
  const places = new Set<string>();
  for (const r of fdRows) if (r.city) places.add(r.city);
  for (const r of readTsv(dataDir, 'sp500/constituents.tsv')) places.add(r.headquarters!.split(',')[0]!.trim());
  for (const e of existing) {
    if (e.type !== 'country') continue;
    for (const n of e.names) if (n.kind === 'canonical' || n.kind === 'alias' || n.kind === 'short') places.add(n.text);
  }
  for (const f of facts.all())
    if (f.property === 'capital') for (const t of [f.value, f.valueText?.de, f.valueText?.en]) if (typeof t === 'string') places.add(t);
  const lists = loadWordLists(places);
  const legalForms = legalFormList(
    readTsv(dataDir, 'gleif-elf/legal-forms.tsv').map((r) => [r.country!, r.name!, r.transliterated!, r.abbreviations!]),
    (w) => lists.english.has(fold(w)) && !['limited', 'company', 'corporation', 'incorporated'].includes(fold(w)),
  );
  const adjectives = nationalityCodes();
  const { fd, sp, nsi } = loadCandidates(dataDir, legalForms, adjectives);

  const hand = existing.filter((e) => e.type === 'company');
  const handIx = indexHandWritten(hand, facts.all());
  const factsBySubject = new Map<string, Set<string>>();
  for (const f of facts.all()) {
    if (!factsBySubject.has(f.subject)) factsBySubject.set(f.subject, new Set());
    factsBySubject.get(f.subject)!.add(f.property);
  }

  const derivedCache = new Map<Candidate, ReturnType<typeof deriveNames>>();
  const names = (c: Candidate) => {
    let d = derivedCache.get(c);
    if (!d) derivedCache.set(c, (d = deriveNames(c.rawName, legalForms, (t) => isDistinctive(t, lists, c.rank >= 6 ? 4 : 5))));
    return d;
  };
  const countryKey = (c: Candidate) => countryEntity(c.country) ?? '';

  // 1. Candidates that are a hand-written company: add what the record lacks, then drop.
  let merged = 0;
  const handMatch = (c: Candidate): { id: string; subsidiary: boolean } | undefined => {
    if (c.qid && handIx.byQid.has(c.qid)) return { id: handIx.byQid.get(c.qid)!, subsidiary: false };
    if (c.isin && handIx.byIsin.has(c.isin)) return { id: handIx.byIsin.get(c.isin)!, subsidiary: false };
    const lk = c.source === 'sp500' ? c.key.replace('.', '-') : c.source === 'fd' ? c.key : undefined;
    if (lk && handIx.byListing.has(lk)) return { id: handIx.byListing.get(lk)!, subsidiary: false };
    const derived = names(c).forms;
    for (const n of [...derived, ...c.extraNames]) {
      const id = handIx.byNameCountry.get(`${squash(n)}|${countryKey(c)}`);
      if (id) return { id, subsidiary: false };
    }
    if (c.host && handIx.byHost.has(c.host)) {
      const id = handIx.byHost.get(c.host)!;
      // The same website in another country is a subsidiary or a foreign listing of the record's company.
      const same = handIx.countryOf.get(id) === countryEntity(c.country) || !countryEntity(c.country);
      return { id, subsidiary: !same };
    }
    return undefined;
  };
  const addToHand = (id: string, c: Candidate) => {
    const has = factsBySubject.get(id) ?? new Set<string>();
    factsBySubject.set(id, has);
    const add = (property: string, value: string | number | undefined) => {
      if (value === undefined || value === '' || has.has(property)) return;
      facts.value(id, property, value);
      has.add(property);
    };
    if (c.isin && !handIx.byIsin.has(c.isin)) {
      add('isin', c.isin);
      handIx.byIsin.set(c.isin, id);
    }
    add('industry', c.industry);
    const idx = [...new Set(c.indices)].sort();
    if (idx.length && !has.has('indexMember')) {
      for (const i of idx) facts.value(id, 'indexMember', i);
      has.add('indexMember');
    }
  };

  // FinanceDatabase first (largest first), then the S&P 500, then NSI; a later one that is an
  // earlier generated company is merged into it.
  const byRank = (a: Candidate, b: Candidate) => b.rank - a.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const kept: Candidate[] = [];
  const genByIsin = new Map<string, Candidate>();
  const genByHost = new Map<string, Candidate[]>();
  const genByQid = new Map<string, Candidate>();
  const genByNameCountry = new Map<string, Candidate>();
  const remember = (c: Candidate) => {
    kept.push(c);
    if (c.isin) genByIsin.set(c.isin, c);
    if (c.host) genByHost.set(c.host, [...(genByHost.get(c.host) ?? []), c]);
    if (c.qid) genByQid.set(c.qid, c);
    for (const n of names(c).forms) genByNameCountry.set(`${squash(n)}|${countryKey(c)}`, c);
  };
  const mergeInto = (into: Candidate, c: Candidate) => {
    into.indices = [...new Set([...into.indices, ...c.indices])];
    into.founded ??= c.founded;
    into.isin ??= c.isin;
    into.listing ??= c.listing;
    into.city ??= c.city;
    into.industry ??= c.industry;
    into.sector ??= c.sector;
    into.host ??= c.host;
    into.description ??= c.description;
    if (c.source === 'nsi') {
      into.qid ??= c.qid;
      into.extraNames.push(c.rawName, ...c.extraNames);
    }
  };

  for (const c of [...fd].sort(byRank)) {
    const h = handMatch(c);
    if (h && !h.subsidiary) {
      addToHand(h.id, c);
      merged++;
      continue;
    }
    if (h?.subsidiary) {
      // Named like the parent ("Siemens Aktiengesellschaft" listed in India): a foreign row of the same company.
      const parentNames = new Set(hand.find((e) => e.id === h.id)!.names.map((n) => squash(n.text)));
      if (names(c).forms.some((n) => parentNames.has(squash(n)))) {
        merged++;
        continue;
      }
      c.parent = h.id;
    }
    const same = (c.isin && genByIsin.get(c.isin)) || genByNameCountry.get(`${squash(names(c).forms[0]!)}|${countryKey(c)}`);
    if (same) {
      mergeInto(same, c);
      continue;
    }
    remember(c);
  }
  for (const c of sp) {
    const h = handMatch(c);
    if (h && !h.subsidiary) {
      addToHand(h.id, c);
      merged++;
      continue;
    }
    const same =
      genByNameCountry.get(`${squash(names(c).forms[0]!)}|${countryKey(c)}`) ??
      names(c)
        .forms.map((n) => genByNameCountry.get(`${squash(n)}|${countryKey(c)}`))
        .find(Boolean);
    if (same) {
      mergeInto(same, c);
      same.rank = Math.max(same.rank, c.rank);
      same.founded ??= c.founded;
      continue;
    }
    remember(c);
  }
  for (const c of [...nsi].sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)))) {
    const h = handMatch(c);
    if (h) {
      if (!h.subsidiary) merged++;
      continue;
    }
    const joined = genByQid.get(c.qid!);
    if (joined) {
      mergeInto(joined, c);
      continue;
    }
    // Same website as a listed company without a certain join: the brand of a company we have.
    if (c.host && genByHost.has(c.host)) continue;
    const same = genByNameCountry.get(`${squash(stripLegalForm(c.rawName, legalForms).name)}|${countryKey(c)}`);
    if (same) {
      if (same.source === 'nsi') continue;
      if (!same.qid) mergeInto(same, c);
      continue;
    }
    remember(c);
  }
  say(
    `open companies: ${fd.length} FinanceDatabase, ${sp.length} S&P 500, ${nsi.length} NSI companies → ${kept.length} kept, ${merged} merged into hand-written records`,
  );

  // 2. Names and flags.
  const log = new AmbiguityLog();
  const existingKeys = new Set<string>();
  for (const e of existing) for (const n of e.names) existingKeys.add(foldKey(n.text));
  const built = kept.map((c) => ({ c, ...namesOf(c) }));

  function namesOf(c: Candidate): { label: string; names: EntityName[]; legalName?: string } {
    const d = c.source === 'nsi' ? { forms: [stripLegalForm(c.rawName, legalForms).name || c.rawName], legalName: c.rawName } : names(c);
    const small = c.rank <= SMALL_RANK;
    const large = c.rank >= 6;
    const out: EntityName[] = [];
    const push = (text: string, kind: EntityName['kind']) => {
      const t = text.trim();
      if (!t || out.some((n) => n.text === t)) return;
      // A name with its legal form ("Zeta Inc.") says it is the company; only length counts then.
      const withForm = stripLegalForm(t, legalForms).name !== t;
      const rules = ambiguityRules(t, lists).filter((r) => !withForm || r === 'too-short');
      const letters = (t.match(/\p{L}/gu) ?? []).length;
      const caps = /^[\p{Lu}\d&]+$/u.test(t) && letters <= 5;
      const name: EntityName = { text: t, kind };
      if (caps) {
        name.kind = 'acronym';
        name.matchCase = true;
      }
      const flag = (rule: Rule | Action, how: 'noMatch' | 'ambiguous') => {
        if (how === 'noMatch') name.noMatch = true;
        else name.ambiguous = true;
        log.add(rule, t, how);
      };
      if (rules.includes('too-short')) {
        // One or two letters: only an exact-case acronym of a large company.
        if (!(caps && large)) flag('too-short', 'noMatch');
      } else if (letters <= 4 && !withForm && (small || (!caps && !large))) {
        flag('short', 'noMatch');
      } else if (rules.length) {
        // An ordinary word, a first name or surname, or a place: only a large company's name is
        // marked at all (with evidence); a smaller company is not given it alone.
        flag(rules[0]!, large ? 'ambiguous' : 'noMatch');
      }
      out.push(name);
    };
    const forms = [...d.forms].reverse();
    for (const [i, f] of forms.entries()) push(f, i === 0 ? 'canonical' : 'alias');
    // NSI's matchNames are often lower case ("sun store"): a name is taken as capitalised text only.
    for (const n of c.extraNames) if (/\p{Lu}/u.test(n)) push(stripNoise(n), 'alias');
    // The registered name, unless it is a name plus a legal form the matcher takes into the mark
    // itself ("Samsung Electronics" + "Co., Ltd."), which needs the name to be marked.
    const rebuilt = d.forms.some((f) =>
      LEGAL_FORMS_AS_WRITTEN.some((lf) => d.legalName === `${f} ${lf}` && out.some((n) => n.text === f && !n.noMatch)),
    );
    if (d.legalName && d.legalName !== d.forms[0] && !rebuilt) push(d.legalName, 'alias');
    // A small company's legal name is its distinctive form: keep it matchable unless it is generic too.
    // The label is the shortest name as news writes it, also where it is not marked alone ("DeNA",
    // whose registered name "DeNA Co., Ltd." is then the name to mark); one or two letters are no label.
    const label = (out.find((n) => (n.text.match(/\p{L}/gu) ?? []).length > 2 || n.matchCase) ?? out.find((n) => !n.noMatch) ?? out[0])!
      .text;
    out.sort((a, b) => Number(b.text === label) - Number(a.text === label));
    if (out[0]) out[0].kind = out[0].kind === 'acronym' ? 'acronym' : 'canonical';
    for (const n of out.slice(1)) if (n.kind === 'canonical') n.kind = 'alias';
    return { label, names: out, legalName: d.legalName };
  }

  // 3. One owner per name: the hand-written data and countries first, then the larger company;
  // a name two generated companies of the same size share is marked for neither.
  const owners = new Map<string, Array<{ i: number; rank: number }>>();
  built.forEach((b, i) =>
    b.names.forEach((n) => {
      if (n.noMatch) return;
      const k = foldKey(n.text);
      owners.set(k, [...(owners.get(k) ?? []), { i, rank: b.c.rank }]);
    }),
  );
  for (const [k, list] of owners) {
    let winner: number | undefined;
    if (!existingKeys.has(k)) {
      const sorted = [...new Set(list.map((o) => o.i))].map((i) => ({ i, rank: built[i]!.c.rank })).sort((a, b) => b.rank - a.rank);
      if (sorted.length === 1 || sorted[0]!.rank > sorted[1]!.rank) winner = sorted[0]!.i;
    }
    for (const { i } of list) {
      if (i === winner) continue;
      for (const n of built[i]!.names) {
        if (!n.noMatch && foldKey(n.text) === k) {
          n.noMatch = true;
          delete n.ambiguous;
          log.add('clash', n.text, 'noMatch');
        }
      }
    }
  }
  // A company that lost its short name to a namesake keeps its registered name ("Kontron AG"), if that is its own.
  const allKeys = new Set([...existingKeys, ...owners.keys()]);
  for (const b of built) {
    if (!b.legalName || b.names.some((n) => n.text === b.legalName) || b.names.some((n) => !n.noMatch && n.kind !== 'acronym')) continue;
    if (allKeys.has(foldKey(b.legalName)) || stripLegalForm(b.legalName, legalForms).name === b.legalName) continue;
    b.names.push({ text: b.legalName, kind: 'alias' });
    allKeys.add(foldKey(b.legalName));
  }

  // 4. Ids, entities and facts.
  const taken = new Set(existing.map((e) => e.id));
  const entities: Entity[] = [];
  const order = built.map((b, i) => i).sort((a, b) => (built[a]!.c.key < built[b]!.c.key ? -1 : 1));
  const idOf = new Map<number, string>();
  for (const i of order) {
    const { c, label } = built[i]!;
    let id = c.qid && /^Q[1-9]\d*$/.test(c.qid) && !taken.has(c.qid) ? c.qid : undefined;
    if (!id) {
      const base = `slug:${slugify(label) || slugify(c.key) || 'company'}${c.country ? `-${c.country.toLowerCase()}` : ''}`;
      id = taken.has(base) ? `${base}-${slugify(c.key)}` : base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    }
    taken.add(id);
    idOf.set(i, id);
  }
  let unmarkable = 0;
  built.forEach(({ c, label, names: ns }, i) => {
    const id = idOf.get(i)!;
    // A small company none of whose names may be marked is of no use on a page: left out.
    if (c.rank < 4 && ns.every((n) => n.noMatch)) {
      unmarkable++;
      return;
    }
    const countryId = countryEntity(c.country);
    // A brand of unknown country and size: too little to show or to tell it from its namesakes.
    if (c.source === 'nsi' && !countryId) {
      unmarkable++;
      return;
    }
    // Names withheld from marking stay only as the label (search finds it there): the file stays small.
    const names = ns.filter((n, j) => j === 0 || !n.noMatch);
    const entity: Entity = { id, type: 'company', label: { de: label, en: label }, names, origin: 'builtin' };
    if (countryId) entity.countryId = countryId;
    entities.push(entity);
    // Facts by news value, to keep builtin.json small: the full profile for mid and large caps and
    // index members, headquarters country, sector and listing for mid caps, the country alone below.
    const tier = c.rank >= 6 || c.indices.length ? 3 : c.rank === 5 ? 2 : 1;
    if (countryId && tier >= 2) facts.relation(id, 'headquarteredIn', countryId);
    if (c.city && tier >= 3) facts.value(id, 'city', c.city);
    if (c.sector && tier >= 2) facts.value(id, 'sector', c.sector);
    if (c.industry && tier >= 3) facts.value(id, 'industry', c.industry);
    if (c.founded) facts.value(id, 'founded', c.founded);
    if (c.listing && tier >= 2) facts.value(id, 'listing', c.listing);
    if (c.isin && tier >= 3) facts.value(id, 'isin', c.isin);
    if (c.host && tier >= 3) facts.value(id, 'website', c.host);
    for (const idx of [...new Set(c.indices)].sort()) facts.value(id, 'indexMember', idx);
    if (c.parent) facts.relation(id, 'subsidiaryOf', c.parent);
  });
  say(`open companies: ${entities.length} entities (${unmarkable} left out: small with no name to mark, or a brand of no known country)`);
  return { entities, log, mergedIntoHandWritten: merged, lists, legalForms };
}
