/**
 * Shape checks for entities and facts that come from outside the built-in data: the reader's own
 * edits and every import. Each problem names where it is and which field, so an import can say
 * "entities[3].names[0].text: must not be empty" and write nothing.
 */
import { isRecord, isText } from '../check';
import { shown } from '../shown';

export interface Problem {
  /** Where in the input: "line 4", "entities[3]", "bindings[0]". */
  where: string;
  field: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(
    readonly problems: Problem[],
    /** The check stopped at MAX_PROBLEMS: there are more. */
    readonly stopped = false,
  ) {
    super(formatProblems(problems, stopped));
  }
}

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 20;

/**
 * Imports are read whole, in the background: a bigger file is refused before it is read. A reader's
 * export or backup of 10 000 highlights is some 25 MB (the quote, its context and its selectors
 * each); 48 MB takes about 19 000 and stays below what a message carries (the protocol's 50 M
 * characters, Chromium's 64 MiB).
 */
export const MAX_IMPORT_CHARS = 48_000_000;

/**
 * Checks of an import stop after this many problems: the reader mends the first ones first, and a
 * huge file of small mistakes must cost no more than a few (millions of problems had taken
 * seconds and gigabytes, and failed with "Invalid string length").
 */
export const MAX_PROBLEMS = 20;

export function formatProblems(problems: readonly Problem[], stopped = false): string {
  const lines = problems.slice(0, MAX_LISTED).map((p) => `${p.where}${p.field ? `, ${p.field}` : ''}: ${p.message}`);
  if (problems.length > MAX_LISTED) lines.push(`… and ${problems.length - MAX_LISTED} more`);
  if (stopped) lines.push(`… and more: the check stopped after ${problems.length} problems`);
  return lines.join('\n');
}

/**
 * The problems an import check finds, up to MAX_PROBLEMS: one more stops the check there with a
 * ValidationError that says so.
 */
export class Problems {
  readonly list: Problem[] = [];

  get length(): number {
    return this.list.length;
  }

  push(...found: Problem[]): void {
    for (const p of found) {
      if (this.list.length >= MAX_PROBLEMS) throw new ValidationError(this.list, true);
      this.list.push(p);
    }
  }

  /** Adds the problems of a nested check's ValidationError, under `prefix`; rethrows anything else. */
  absorb(e: unknown, prefix = ''): void {
    if (!(e instanceof ValidationError)) throw e;
    this.push(...e.problems.map((p) => ({ ...p, where: `${prefix}${p.where}` })));
    if (e.stopped) throw new ValidationError(this.list, true);
  }

  /** Throws a ValidationError with the problems found, if there are any. */
  check(): void {
    if (this.list.length) throw new ValidationError(this.list);
  }
}

/** @throws ValidationError when `text` is longer than MAX_IMPORT_CHARS, before anything reads it. */
export function checkImportSize(text: string): void {
  if (text.length <= MAX_IMPORT_CHARS) return;
  const mb = (n: number) => `${(Math.ceil(n / 100_000) / 10).toFixed(1)} MB`;
  throw new ValidationError([
    { where: 'file', field: '', message: `is too large to import (${mb(text.length)}; at most ${mb(MAX_IMPORT_CHARS)})` },
  ]);
}

export const ENTITY_ID = /^(Q[1-9]\d{0,11}|slug:[a-z0-9][a-z0-9-]{0,80}|country:[a-z]{2}|user:[a-z0-9-]{1,80})$/;
const TYPES = new Set(['company', 'country', 'organisation']);
const ORIGINS = new Set(['builtin', 'user', 'import']);
const KINDS = new Set(['canonical', 'alias', 'short', 'acronym', 'adjective', 'demonym']);
const PROPERTY = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;
const ENTITY_KEYS = new Set(['id', 'type', 'label', 'names', 'description', 'flag', 'countryId', 'origin']);
const NAME_KEYS = new Set(['text', 'lang', 'kind', 'matchCase', 'ambiguous', 'noMatch']);
const FACT_KEYS = new Set(['id', 'subject', 'property', 'value', 'valueText', 'object', 'unit', 'asOf', 'source', 'origin']);
const SOURCE_KEYS = new Set(['label', 'url']);

type Check = (where: string, field: string, message: string) => void;

/**
 * Adds to one record's problems, up to one more than a check lists (a record with a million bad
 * names or keys would otherwise give a million problems before the check could stop).
 */
const capped =
  (problems: Problem[]): Check =>
  (where, field, message) => {
    if (problems.length <= MAX_PROBLEMS) problems.push({ where, field, message });
  };

/** Each field of `x` that is not in `allowed`, as an "unknown field" problem. */
export function unknownFieldProblems(x: Record<string, unknown>, allowed: ReadonlySet<string>, where: string): Problem[] {
  const problems: Problem[] = [];
  for (const field of Object.keys(x)) {
    if (!allowed.has(field)) problems.push({ where, field, message: 'unknown field' });
    // One more than a check lists: enough for it to stop and say so.
    if (problems.length > MAX_PROBLEMS) break;
  }
  return problems;
}

function checkKeys(x: Record<string, unknown>, allowed: ReadonlySet<string>, where: string, add: Check): void {
  for (const key of Object.keys(x)) if (!allowed.has(key)) add(where, key, 'unknown field');
}

function checkLangText(x: unknown, where: string, field: string, add: Check, max: number, required: boolean): void {
  if (x === undefined && !required) return;
  if (!isRecord(x)) return add(where, field, 'must be an object with "de" and/or "en"');
  for (const key of Object.keys(x)) {
    if (key !== 'de' && key !== 'en') add(where, `${field}.${key}`, 'only "de" and "en" are allowed');
    else if (!isText(x[key], max)) add(where, `${field}.${key}`, `must be text of 1 to ${max} characters`);
  }
  if (required && (!isText(x.de, max) || !isText(x.en, max))) add(where, field, 'needs both "de" and "en"');
}

export function validateEntity(x: unknown, where: string): Problem[] {
  const problems: Problem[] = [];
  const add = capped(problems);
  if (!isRecord(x)) return [{ where, field: '', message: 'must be an object' }];
  checkKeys(x, ENTITY_KEYS, where, add);
  if (typeof x.id !== 'string' || !ENTITY_ID.test(x.id)) add(where, 'id', `${shown(x.id)} is not a QID, slug:…, country:xx or user:… id`);
  if (!TYPES.has(x.type as string)) add(where, 'type', 'must be company, country or organisation');
  if (!ORIGINS.has(x.origin as string)) add(where, 'origin', 'must be builtin, user or import');
  checkLangText(x.label, where, 'label', add, 200, true);
  checkLangText(x.description, where, 'description', add, 500, false);
  if (x.flag !== undefined && !isText(x.flag, 16)) add(where, 'flag', 'must be short text');
  if (x.countryId !== undefined && (typeof x.countryId !== 'string' || !ENTITY_ID.test(x.countryId)))
    add(where, 'countryId', 'must be an entity id');
  if (!Array.isArray(x.names) || x.names.length > 500) add(where, 'names', 'must be a list of at most 500 names');
  else x.names.forEach((n: unknown, i: number) => validateName(n, where, `names[${i}]`).forEach((p) => add(p.where, p.field, p.message)));
  return problems;
}

function validateName(n: unknown, where: string, field: string): Problem[] {
  const problems: Problem[] = [];
  const add = capped(problems);
  if (!isRecord(n)) return [{ where, field, message: 'must be an object' }];
  checkKeys(n, NAME_KEYS, where, (w, f, m) => add(w, `${field}.${f}`, m));
  if (!isText(n.text, 200)) add(where, `${field}.text`, 'must be text of 1 to 200 characters');
  if (!KINDS.has(n.kind as string)) add(where, `${field}.kind`, `must be one of ${[...KINDS].join(', ')}`);
  if (n.lang !== undefined && n.lang !== 'de' && n.lang !== 'en') add(where, `${field}.lang`, 'must be "de" or "en"');
  for (const flag of ['matchCase', 'noMatch'] as const) {
    if (n[flag] !== undefined && typeof n[flag] !== 'boolean') add(where, `${field}.${flag}`, 'must be true or false');
  }
  if (n.ambiguous !== undefined && typeof n.ambiguous !== 'boolean' && n.ambiguous !== 'de' && n.ambiguous !== 'en') {
    add(where, `${field}.ambiguous`, 'must be true, false, "de" or "en"');
  }
  return problems;
}

export function validateFact(x: unknown, where: string): Problem[] {
  const problems: Problem[] = [];
  const add = capped(problems);
  if (!isRecord(x)) return [{ where, field: '', message: 'must be an object' }];
  checkKeys(x, FACT_KEYS, where, add);
  if (!isText(x.id, 200)) add(where, 'id', 'must be text of 1 to 200 characters');
  if (typeof x.subject !== 'string' || !ENTITY_ID.test(x.subject)) add(where, 'subject', 'must be an entity id');
  if (typeof x.property !== 'string' || !PROPERTY.test(x.property)) add(where, 'property', 'must be a name of letters and digits');
  if (!ORIGINS.has(x.origin as string)) add(where, 'origin', 'must be builtin, user or import');
  if (x.object !== undefined && (typeof x.object !== 'string' || !ENTITY_ID.test(x.object))) add(where, 'object', 'must be an entity id');
  const valueOk =
    x.value === undefined ||
    (typeof x.value === 'string' && x.value.length <= 1000) ||
    (typeof x.value === 'number' && Number.isFinite(x.value));
  if (!valueOk) add(where, 'value', 'must be text (up to 1000 characters) or a finite number');
  if (x.value === undefined && x.object === undefined) add(where, 'value', 'a fact needs a value or an object');
  checkLangText(x.valueText, where, 'valueText', add, 1000, false);
  if (x.unit !== undefined && !isText(x.unit, 32)) add(where, 'unit', 'must be short text');
  if (x.asOf !== undefined && !isText(x.asOf, 32)) add(where, 'asOf', 'must be a date or year');
  if (x.source !== undefined) {
    if (!isRecord(x.source) || !isText(x.source.label, 200)) add(where, 'source', 'must have a label');
    else {
      checkKeys(x.source, SOURCE_KEYS, where, (w, f, m) => add(w, `source.${f}`, m));
      if (x.source.url !== undefined && !isHttpUrl(x.source.url)) add(where, 'source.url', 'must be an http(s) address');
    }
  }
  return problems;
}

/**
 * A page address as it is stored (a highlight's page, a history row): text of at most `max`
 * characters, starting http:// or https://, that parses as a URL, without whitespace or control characters (which
 * URL parsing would silently drop or encode, so the stored text would not be the address).
 */
export function isWebUrl(x: unknown, max = 4000): x is string {
  if (typeof x !== 'string' || x.length > max || !/^https?:\/\//i.test(x) || /[\s\u0000-\u001f\u007f]/.test(x)) return false;
  try {
    const u = new URL(x);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function isHttpUrl(x: unknown): boolean {
  if (typeof x !== 'string' || x.length > 2000) return false;
  try {
    const u = new URL(x);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A stable id for a reader's entity from its name: "Meine Firma GmbH" → "user:meine-firma-gmbh". */
export function slugId(prefix: 'user' | 'slug', name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${prefix}:${slug || 'unnamed'}`;
}

/**
 * A file's text as a JSON object, or a ValidationError saying why not; the start of every
 * versioned JSON format (knowledge base, backup).
 */
export function readJsonObject(text: string): Record<string, unknown> {
  checkImportSize(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ValidationError([{ where: 'file', field: '', message: `not JSON: ${(e as Error).message}` }]);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new ValidationError([{ where: 'file', field: '', message: 'must be a JSON object' }]);
  return doc as Record<string, unknown>;
}
