/** How facts read in the UI: numbers in the reader's language, relation arrows, sources. */
import { propertyLabel } from './properties';
import type { Entity, FactView, Lang } from './types';

const COMPACT_UNITS = new Set(['USD', undefined]);
/** Units as each language writes them. */
const UNITS: Record<string, Record<Lang, string>> = {
  'bn USD': { de: 'Mrd. USD', en: 'bn USD' },
  'bn EUR': { de: 'Mrd. EUR', en: 'bn EUR' },
};

/** The locale numbers and dates are written in for a reader of `lang`. */
export function localeOf(lang: Lang): string {
  return lang === 'de' ? 'de-DE' : 'en-GB';
}

export function formatValue(fact: FactView, lang: Lang): string {
  const text = fact.valueText?.[lang];
  if (fact.property === 'founded' || fact.property === 'dissolved') return String(fact.value);
  if (fact.property === 'city' && text) return text;
  // A deal's year, not a number to group ("2.016").
  if (fact.unit === 'year') return String(fact.value);
  if (fact.unit === '%' && typeof fact.value === 'number') {
    const share = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 }).format(fact.value / 100);
    return text ? `${share} (${text})` : share;
  }
  if (typeof fact.value === 'number') {
    const locale = localeOf(lang);
    const compact = COMPACT_UNITS.has(fact.unit) && Math.abs(fact.value) >= 1e6;
    const n = new Intl.NumberFormat(
      locale,
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 },
    ).format(fact.value);
    const unit = fact.unit ? ` ${UNITS[fact.unit]?.[lang] ?? fact.unit}` : '';
    return text ? `${n}${unit} (${text})` : `${n}${unit}`;
  }
  if (text && fact.value !== undefined && text !== String(fact.value) && fact.object) return `${fact.value}, ${text}`;
  return text ?? (fact.value === undefined ? '' : String(fact.value));
}

/** "investiert in", seen from the entity whose card or page shows the fact. */
export function factLabel(fact: FactView, lang: Lang): string {
  return propertyLabel(fact.property, fact.direction, lang);
}

/** The other end of a relation, or undefined for a literal fact. */
export function otherEnd(fact: FactView): string | undefined {
  return fact.direction === 'out' ? fact.object : fact.subject;
}

export function entityLabel(entity: Pick<Entity, 'label'>, lang: Lang): string {
  return entity.label[lang] || entity.label.en;
}

/** "Stand 03/2025" / "as of Mar 2025": when a fact held, in the reader's language. */
export function asOfLabel(asOf: string | undefined, lang: Lang): string | undefined {
  if (!asOf) return undefined;
  const [y, m, d] = asOf.split('-').map(Number);
  const locale = localeOf(lang);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const text = d
    ? date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    : m
      ? date.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
      : String(y);
  return lang === 'de' ? `Stand ${text}` : `as of ${text}`;
}

/**
 * What follows a fact's value or a relation's other end, for the card, the popup and the details
 * alike: the value of a relation (a share, a year, an amount, a note), when it held, and where it
 * is from.
 */
export interface FactDetail {
  value?: string;
  asOf?: string;
  source?: { label: string; url?: string };
}

export function factDetail(fact: FactView, lang: Lang, withValue = Boolean(fact.object)): FactDetail {
  const value = withValue ? formatValue({ ...fact, direction: 'out' }, lang) : '';
  return {
    ...(value ? { value } : {}),
    ...(fact.asOf ? { asOf: asOfLabel(fact.asOf, lang) } : {}),
    ...(fact.source ? { source: fact.source } : {}),
  };
}
