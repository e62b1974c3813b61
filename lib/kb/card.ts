/**
 * What a hover card shows: a handful of key facts chosen by entity type, and the relations between
 * this entity and the other entities on the same page.
 */
import { rankRelations } from './relations';
import type { Entity, FactView } from './types';

export interface CardData {
  entity: Entity;
  keyFacts: FactView[];
  /** The entity's flag, or for a company its headquarters country's. */
  flag?: string;
  /** Relations whose other end is mentioned on the same page, the most telling first (relations.ts). */
  relations: FactView[];
}

const KEY_FACTS: Record<Entity['type'], string[]> = {
  company: ['headquarteredIn', 'city', 'sector', 'founded', 'listing'],
  country: ['capital', 'population', 'gdpPpp', 'currency'],
  organisation: ['headquarteredIn', 'founded'],
};
const MAX_KEY_FACTS = 6;
const MAX_RELATIONS = 6;

export function buildCard(entity: Entity, facts: FactView[], pageEntityIds: ReadonlySet<string>): CardData {
  const keyFacts: FactView[] = [];
  const hq = facts.find((f) => f.property === 'headquarteredIn' && f.direction === 'out');
  const city = facts.find((f) => f.property === 'city' && f.direction === 'out');
  for (const property of KEY_FACTS[entity.type]) {
    // City and country of the headquarters read as one line: "Sitz: Redmond, Vereinigte Staaten".
    if (property === 'headquarteredIn' && hq && city) continue;
    if (property === 'city' && hq && city) {
      const where = (lang: 'de' | 'en') => [city.valueText?.[lang] ?? String(city.value), hq.otherLabel?.[lang]].filter(Boolean).join(', ');
      keyFacts.push({ ...city, valueText: { de: where('de'), en: where('en') } });
      continue;
    }
    // One value each (the first listing, the first currency), outgoing only.
    const fact = facts.find((f) => f.property === property && f.direction === 'out');
    if (fact) keyFacts.push(fact);
    if (keyFacts.length === MAX_KEY_FACTS) break;
  }
  const onPage = rankRelations(
    facts.filter((f) => {
      const other = f.direction === 'out' ? f.object : f.subject;
      return other !== undefined && other !== entity.id && pageEntityIds.has(other);
    }),
  );
  // The most telling typed relations; derived ones all, as the card shows them grouped (one line per index or industry).
  const relations = [
    ...onPage.filter((f) => f.origin !== 'derived').slice(0, MAX_RELATIONS),
    ...onPage.filter((f) => f.origin === 'derived'),
  ];
  return { entity, keyFacts, relations };
}
