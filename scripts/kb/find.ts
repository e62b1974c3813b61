/**
 * Looks names up in the built knowledge base (lib/kb/generated/builtin.json), for whoever writes
 * data/relations or company records: `npx tsx scripts/kb/find.ts "Porsche SE" Volkswagen`.
 * Prints id, type, label, country, sector and parent of every entity with a name containing the
 * query (case-insensitive), exact names first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, Fact } from '../../lib/kb/types';

const kb = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lib/kb/generated/builtin.json'), 'utf8')) as {
  entities: Entity[];
  facts: Fact[];
};
const byId = new Map(kb.entities.map((e) => [e.id, e]));
const first = (subject: string, property: string) => kb.facts.find((f) => f.subject === subject && f.property === property);

for (const query of process.argv.slice(2)) {
  const q = query.toLowerCase();
  const hits = kb.entities
    .map((e) => {
      const names = e.names.map((n) => n.text.toLowerCase());
      const rank = names.includes(q) ? 0 : names.some((n) => n.includes(q)) ? 1 : -1;
      return { e, rank };
    })
    .filter((h) => h.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 15);
  console.log(`== ${query}: ${hits.length ? '' : 'nothing'}`);
  for (const { e } of hits) {
    const country = first(e.id, 'headquarteredIn')?.object;
    const parent = first(e.id, 'subsidiaryOf')?.object;
    const sector = first(e.id, 'sector')?.value;
    console.log(
      [e.id, e.type, e.label.en, country && byId.get(country)?.label.en, sector, parent && `parent ${parent} ${byId.get(parent)?.label.en}`]
        .filter(Boolean)
        .join(' | '),
    );
  }
}
