/** A fact's detail: value, as-of date and source (a link where the source has an address). */
import { factDetail } from '../lib/kb/format';
import type { FactView, Lang } from '../lib/kb/types';

export function FactDetail({ fact, lang, withValue }: { fact: FactView; lang: Lang; withValue?: boolean }) {
  const { value, asOf, source } = factDetail(fact, lang, withValue);
  if (!value && !asOf && !source) return null;
  const parts = [value, asOf].filter(Boolean).join(' · ');
  return (
    <span class="qv-detail">
      {parts}
      {source && (
        <>
          {parts ? ' · ' : ''}
          {source.url ? (
            <a class="qv-detail__source" href={source.url} target="_blank" rel="noreferrer">
              {source.label}
            </a>
          ) : (
            <span class="qv-detail__source">{source.label}</span>
          )}
        </>
      )}
    </span>
  );
}
