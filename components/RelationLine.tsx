/** "Porsche SE → beteiligt an → Volkswagen · 53 % · Stand März 2025 · kurier.at", from the relation's own direction. */
import { factLabel } from '../lib/kb/format';
import type { FactView, Lang } from '../lib/kb/types';
import { FactDetail } from './FactDetail';

export function RelationLine({ fact, self, lang }: { fact: FactView; self: string; lang: Lang }) {
  const other = fact.otherLabel?.[lang] ?? (fact.direction === 'out' ? fact.object : fact.subject) ?? '';
  const [from, to] = fact.direction === 'out' ? [self, other] : [other, self];
  return (
    <span class={`qv-relation${fact.origin === 'derived' ? ' qv-relation--derived' : ''}`}>
      {from} → {factLabel({ ...fact, direction: 'out' }, lang)} → {to}
      <span class="qv-relation__detail">
        {' '}
        <FactDetail fact={fact} lang={lang} />
      </span>
    </span>
  );
}
