/**
 * Which relations say the most, and the ones worth computing rather than typing: a card or a map
 * has room for a few, and "Porsche SE holds 53 % of Volkswagen" says more than "both are in Germany".
 */
import type { Fact, FactView } from './types';

/**
 * Rank of a relation by how much it says (lower first): ownership, then deals, then markets and
 * partners, then shared memberships, then places. Reader-made properties rank with partnerships.
 */
const RANK: Record<string, number> = {
  holdsStakeIn: 0,
  subsidiaryOf: 0,
  jointVentureOf: 0,
  acquires: 1,
  successor: 1,
  competesWith: 2,
  supplies: 2,
  technologyPartnerOf: 2,
  cooperatesWith: 3,
  investsIn: 3,
  operates: 3,
  sameIndex: 4,
  sameIndustry: 5,
  memberOf: 6,
  headquarteredIn: 6,
  borders: 7,
  sameCountry: 8,
};
const UNRANKED = 3;

export function relationRank(property: string): number {
  return RANK[property] ?? UNRANKED;
}

/** Most telling first; among equals, the larger share, then the more recent as-of date. */
export function rankRelations<T extends Fact>(facts: readonly T[]): T[] {
  return [...facts].sort(
    (a, b) => relationRank(a.property) - relationRank(b.property) || shareOf(b) - shareOf(a) || (b.asOf ?? '').localeCompare(a.asOf ?? ''),
  );
}

function shareOf(f: Fact): number {
  return f.unit === '%' && typeof f.value === 'number' ? f.value : 0;
}

/** The properties derived relations come from: literal facts every generated company has. */
export const DERIVING_PROPERTIES = ['indexMember', 'industry', 'headquarteredIn'] as const;

/**
 * Relations that follow from facts two entities share: the same index, the same industry, the
 * same headquarters country (companies only; every country has many). Each pair once, subject
 * first in `ids` order; origin "derived", no source of its own: the facts it comes from have one.
 * With `around`, only the pairs of that entity (a card needs no pairs among the others).
 */
export function derivedRelations(ids: readonly string[], facts: readonly Fact[], around?: string): Fact[] {
  const byEntity = new Map<string, { index: Set<string>; industry?: string; country?: string }>();
  for (const id of ids) byEntity.set(id, { index: new Set() });
  for (const f of facts) {
    const e = byEntity.get(f.subject);
    if (!e) continue;
    if (f.property === 'indexMember' && f.value !== undefined) e.index.add(String(f.value));
    else if (f.property === 'industry' && f.value !== undefined) e.industry ??= String(f.value);
    else if (f.property === 'headquarteredIn' && f.object) e.country ??= f.object;
  }
  const out: Fact[] = [];
  const valueTextOf = new Map(facts.filter((f) => f.property === 'industry').map((f) => [String(f.value), f.valueText]));
  for (let i = 0; i < ids.length; i++) {
    const a = byEntity.get(ids[i]!)!;
    for (let j = i + 1; j < ids.length; j++) {
      if (around !== undefined && ids[i] !== around && ids[j] !== around) continue;
      const b = byEntity.get(ids[j]!)!;
      const pair = (property: string, value: string, valueText?: Fact['valueText']): Fact => ({
        id: `d:${ids[i]}:${property}:${ids[j]}`,
        subject: ids[i]!,
        property,
        object: ids[j]!,
        value,
        ...(valueText ? { valueText } : {}),
        origin: 'derived',
      });
      const shared = [...a.index].filter((x) => b.index.has(x)).sort();
      if (shared.length) out.push(pair('sameIndex', shared.join(', ')));
      if (a.industry && a.industry === b.industry) out.push(pair('sameIndustry', a.industry, valueTextOf.get(a.industry)));
      else if (a.country && a.country === b.country) out.push(pair('sameCountry', a.country));
    }
  }
  return out;
}

/** A relation as seen from `id` (for derived pairs that the entity is the object of). */
export function viewFrom(id: string, fact: Fact, otherLabel?: FactView['otherLabel']): FactView {
  return { ...fact, direction: fact.subject === id ? 'out' : 'in', otherLabel };
}

/** Entities that share one index, industry or country: many derived pairs read as one line. */
export interface DerivedGroup {
  property: string;
  value: string;
  valueText?: Fact['valueText'];
  /** The entities in the group (without `self` when one is given), in the order the pairs name them. */
  members: Array<{ id: string; label?: FactView['otherLabel'] }>;
}

/**
 * Splits relations into the typed ones and groups of the derived ones with the same property and
 * value: "Im selben Index (DAX): SAP, Siemens, Allianz" instead of three pairs. With `self`, only
 * the groups `self` belongs to, listing the others.
 */
export function groupDerived<T extends Fact & { otherLabel?: FactView['otherLabel']; direction?: FactView['direction'] }>(
  facts: readonly T[],
  self?: string,
  labelOf: (id: string) => FactView['otherLabel'] = () => undefined,
): { typed: T[]; groups: DerivedGroup[] } {
  const typed: T[] = [];
  const groups = new Map<string, DerivedGroup & { seen: Set<string> }>();
  for (const f of facts) {
    if (f.origin !== 'derived') {
      typed.push(f);
      continue;
    }
    if (self !== undefined && f.subject !== self && f.object !== self) continue;
    const key = `${f.property}\u0000${f.value}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { property: f.property, value: String(f.value), valueText: f.valueText, members: [], seen: new Set() }));
    for (const id of [f.subject, f.object!]) {
      if (id === self || g.seen.has(id)) continue;
      g.seen.add(id);
      g.members.push({ id, label: labelOf(id) ?? carriedLabel(f, id) });
    }
  }
  const ordered = [...groups.values()]
    .map(({ seen: _seen, ...g }) => g)
    .sort((a, b) => relationRank(a.property) - relationRank(b.property) || b.members.length - a.members.length);
  return { typed, groups: ordered };
}

/** The groups `self` belongs to, each listing the others: the map's words for its entity in focus. */
export function groupsOf(groups: readonly DerivedGroup[], self: string): DerivedGroup[] {
  return groups.filter((g) => g.members.some((m) => m.id === self)).map((g) => ({ ...g, members: g.members.filter((m) => m.id !== self) }));
}

/** The label a fact view carries for one of its ends: the object's when read outward, the subject's inward. */
function carriedLabel(f: Fact & { otherLabel?: FactView['otherLabel']; direction?: FactView['direction'] }, id: string) {
  const end = f.direction === 'in' ? f.subject : f.object;
  return id === end ? f.otherLabel : undefined;
}
