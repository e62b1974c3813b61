/**
 * The knowledge base as one versioned JSON document (format described in docs/kb-format.md).
 * Output is canonical: records sorted by id, object keys sorted, so export → import → export
 * gives the same bytes.
 */
import type { Entity, Fact } from '../types';
import { Problems, readJsonObject, validateEntity, validateFact, ValidationError, type Problem } from '../validate';
import { shown } from '../../shown';

export const KB_FORMAT = 'querverweis-kb';
export const KB_FORMAT_VERSION = 1;

export interface KbBundle {
  entities: Entity[];
  facts: Fact[];
}

/** Serialises entities and facts; the caller decides which (all, or only the reader's own). */
export function serializeKb({ entities, facts }: KbBundle): string {
  const doc = {
    format: KB_FORMAT,
    version: KB_FORMAT_VERSION,
    entities: [...entities].sort(byId).map(canonical),
    facts: [...facts].sort(byId).map(canonical),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Parses and validates a knowledge-base document.
 * @throws ValidationError listing the problems (at most MAX_PROBLEMS); nothing is returned then.
 */
export function parseKb(text: string): KbBundle {
  const d = readJsonObject(text);
  const problems: Problem[] = [];
  if (d.format !== KB_FORMAT) problems.push({ where: 'file', field: 'format', message: `must be "${KB_FORMAT}"` });
  if (d.version !== KB_FORMAT_VERSION)
    problems.push({
      where: 'file',
      field: 'version',
      message: `version ${shown(d.version)} is not supported (this is ${KB_FORMAT_VERSION})`,
    });
  if (!Array.isArray(d.entities)) problems.push({ where: 'file', field: 'entities', message: 'must be a list' });
  if (!Array.isArray(d.facts)) problems.push({ where: 'file', field: 'facts', message: 'must be a list' });
  if (problems.length) throw new ValidationError(problems);
  return checkKbRecords(d.entities as unknown[], d.facts as unknown[]);
}

/**
 * Checks entity and fact records, from a knowledge-base file or a backup: each record's fields,
 * then ids used twice.
 * @throws ValidationError listing the problems, stopping after MAX_PROBLEMS.
 */
export function checkKbRecords(entities: readonly unknown[], facts: readonly unknown[]): KbBundle {
  const problems = new Problems();
  entities.forEach((e, i) => problems.push(...validateEntity(e, `entities[${i}]`)));
  facts.forEach((f, i) => problems.push(...validateFact(f, `facts[${i}]`)));
  // Duplicates only among valid records: an invalid one (null, a number) has no id to compare.
  problems.check();
  duplicates(entities as Entity[], 'entities', problems);
  duplicates(facts as Fact[], 'facts', problems);
  problems.check();
  return { entities: entities as Entity[], facts: facts as Fact[] };
}

function duplicates(list: Array<{ id: string }>, name: string, problems: Problems): void {
  const seen = new Map<string, number>();
  list.forEach((x, i) => {
    const first = seen.get(x.id);
    if (first !== undefined)
      problems.push({ where: `${name}[${i}]`, field: 'id', message: `"${x.id}" is already used by ${name}[${first}]` });
    else seen.set(x.id, i);
  });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A copy with object keys sorted at every level and undefined values dropped. */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out as T;
}
