/** Derived relations as one line per shared index, industry or country ("Im selben Index (DAX): SAP, Siemens"). */
import type { Translate } from '../lib/i18n/strings';
import type { DerivedGroup } from '../lib/kb/relations';
import type { FactView, Lang } from '../lib/kb/types';

const TITLE = { sameIndex: 'derivedSameIndex', sameIndustry: 'derivedSameIndustry', sameCountry: 'derivedSameCountry' } as const;

export interface DerivedGroupLineProps {
  group: DerivedGroup;
  lang: Lang;
  t: Translate;
  /** Names the view already has (the popup's labels), for members the group carries none for. */
  labelOf?: (id: string) => FactView['otherLabel'];
}

export function DerivedGroupLine({ group, lang, t, labelOf }: DerivedGroupLineProps) {
  const key = TITLE[group.property as keyof typeof TITLE];
  const value = group.valueText?.[lang] ?? group.value;
  const title = key ? t(key).replace('{value}', value) : `${group.property} (${value})`;
  return (
    <span class="qv-relation qv-relation--derived">
      {title}: {group.members.map((m) => (m.label ?? labelOf?.(m.id))?.[lang] ?? m.id).join(', ')}
    </span>
  );
}
