/**
 * Record types of the knowledge base. They are plain data so that the same shapes travel through
 * Dexie, the message API, the JSON export and the tests.
 */

export type EntityType = 'company' | 'country' | 'organisation';
/** Where a record came from: shipped with the extension, written by the reader, or imported. */
/** Where a row comes from; "derived" relations are computed for display (relations.ts), never stored. */
export type Origin = 'builtin' | 'user' | 'import' | 'derived';
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** One surface form of an entity's name, as the matcher and the search see it. */
export interface EntityName {
  text: string;
  lang?: Lang;
  /** canonical, alias, short form, acronym/ticker, adjective stem or demonym. */
  kind: 'canonical' | 'alias' | 'short' | 'acronym' | 'adjective' | 'demonym';
  /** Match only in exactly this case (acronyms and tickers: "US", "SAP"). */
  matchCase?: boolean;
  /**
   * A common word too ("Allianz", "Shell"): marked only with evidence on the page. A language
   * limits it to pages in that language ("Island" is Iceland in German, but a common English word).
   */
  ambiguous?: boolean | Lang;
  /** Searchable and shown, but never marked on pages. */
  noMatch?: boolean;
}

export interface Entity {
  /** Wikidata QID where certain, otherwise a stable slug such as "slug:rapidus". */
  id: string;
  type: EntityType;
  /** Display names; both languages are always filled (the other one as fallback). */
  label: Record<Lang, string>;
  names: EntityName[];
  description?: Partial<Record<Lang, string>>;
  /** Flag emoji for countries, shown in cards and lists. */
  flag?: string;
  /** Headquarters or own country, for search results and cards. */
  countryId?: string;
  origin: Origin;
}

/** A fact is either a literal value or a relation to another entity (`object`). */
export interface Fact {
  /** Stable id: "b:<subject>:<property>[:<n>]" for built-in facts, a random UUID otherwise. */
  id: string;
  subject: string;
  property: string;
  value?: string | number;
  /** How a literal value reads in each language ("Tokio" / "Tokyo"), where it differs from `value`. */
  valueText?: Partial<Record<Lang, string>>;
  /** The related entity's id, for relations. */
  object?: string;
  unit?: string;
  /** ISO date or year the value holds for. */
  asOf?: string;
  source?: { label: string; url?: string };
  origin: Origin;
}

/** What a list or a map of entities needs: no names, no description (a page's entities in one small message). */
export type EntitySummary = Pick<Entity, 'id' | 'type' | 'label' | 'flag'>;

/** A fact as seen from one entity: incoming relations are those where it is the object. */
export interface FactView extends Fact {
  direction: 'out' | 'in';
  /** Label of the entity at the other end of a relation. */
  otherLabel?: Record<Lang, string>;
}

/** What the content script needs to mark a page: one entry per matchable surface form. */
export interface DictionaryEntry {
  text: string;
  entityId: string;
  type: EntityType;
  kind: EntityName['kind'];
  /** The name's language: where two entities share a name, the page's language picks. */
  lang?: Lang;
  matchCase?: boolean;
  ambiguous?: boolean | Lang;
  /** The form is a name plus an English possessive ("Germany's", "Barclays'"), which the mark leaves out. */
  possessive?: true;
}

export interface SearchHit {
  id: string;
  type: EntityType;
  label: Record<Lang, string>;
  /** The name that matched, when it is not the label. */
  matched: string;
  flag?: string;
  countryId?: string;
  /** The flag of the entity's country, for companies and organisations. */
  countryFlag?: string;
  score: number;
}
