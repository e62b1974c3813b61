/** Integrity checks on the generated data: unique ids, relations that point somewhere. */
import type { Entity, Fact } from '../../lib/kb/types';

export function checkBuiltin({ entities, facts }: { entities: Entity[]; facts: Fact[] }): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) problems.push(`entity id "${e.id}" is used twice`);
    ids.add(e.id);
  }
  const factIds = new Set<string>();
  for (const f of facts) {
    if (factIds.has(f.id)) problems.push(`fact id "${f.id}" is used twice`);
    factIds.add(f.id);
    if (!ids.has(f.subject)) problems.push(`fact ${f.id}: no subject "${f.subject}"`);
    if (f.object !== undefined && !ids.has(f.object)) problems.push(`fact ${f.id}: no object "${f.object}"`);
  }
  if (problems.length) throw new Error(`built-in data has ${problems.length} problems:\n${problems.slice(0, 20).join('\n')}`);
}
