/**
 * Relations written by hand in data/relations/*.jsonl. Each one names the public page that states
 * it and the date it held, so a reader can check it and knows how old it is: a line without either
 * fails the build, as does a property outside RELATION_PROPERTIES or an id the KB does not have.
 */
import { isPublicSourceUrl } from './records';
import type { FactBuilder } from './shared';

/** The properties a curated relation may have, with what each line must say beyond subject and object. */
export const RELATION_PROPERTIES = {
  /** Subject holds shares in object; `share` in percent of the capital (or votes, said in the note). */
  holdsStakeIn: { share: 'optional' },
  /** Subject is a subsidiary or brand of object (beyond the companies' `parent` field). */
  subsidiaryOf: { share: 'optional' },
  /** Subject is a joint venture that object is a partner in. */
  jointVentureOf: { share: 'optional' },
  /** Subject bought object (all or a controlling part); `year` the deal closed (or was agreed, see note). */
  acquires: { year: 'required' },
  /** Subject and object compete in a market (the note names it); symmetric. */
  competesWith: {},
  /** Subject supplies object (the note says what). */
  supplies: {},
  /** A partnership, alliance or joint project (the note says what); symmetric. */
  cooperatesWith: {},
  /** Subject invests in object (a country or a company's project); value and unit optional. */
  investsIn: {},
  /** Subject operates object (a fund, a plant, a network). */
  operates: {},
  /** Subject licenses its technology to object. */
  technologyPartnerOf: {},
} as const satisfies Record<string, { share?: 'optional'; year?: 'required' }>;

export type RelationProperty = keyof typeof RELATION_PROPERTIES;

export interface CuratedRelation {
  subject: string;
  property: RelationProperty;
  object: string;
  /** Percent, 0 < share ≤ 100. */
  share?: number;
  year?: number;
  value?: number;
  unit?: string;
  /** When the source said it held: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** https address of a public page stating the relation. */
  source: string;
  note?: { de?: string; en?: string };
}

/** Sites that copy other sites' text (encyclopedia mirrors, document scrapers): a source is the page that says it. */
const MIRROR_HOSTS = /(^|\.)(hmong\.ru|stringtranslate\.com|pdfslide\.(us|net)|8350\.org)$/;

const FIELDS = new Set(['subject', 'property', 'object', 'share', 'year', 'value', 'unit', 'asOf', 'source', 'note']);
const AS_OF = /^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The problems of one line; `known` holds every entity id the build made. */
export function validateRelation(r: CuratedRelation, known: ReadonlySet<string>, today = new Date()): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(r)) if (!FIELDS.has(key)) errors.push(`unknown field "${key}"`);
  const rule = (RELATION_PROPERTIES as Record<string, { share?: string; year?: string }>)[r.property];
  if (!rule) errors.push(`property: "${r.property}" is not one of ${Object.keys(RELATION_PROPERTIES).join(', ')}`);
  if (!known.has(r.subject)) errors.push(`subject: no entity "${r.subject}"`);
  if (!known.has(r.object)) errors.push(`object: no entity "${r.object}"`);
  if (r.subject === r.object) errors.push('object: the subject itself');
  if (typeof r.source !== 'string' || !isPublicSourceUrl(r.source)) errors.push(`source: "${r.source}" is not a public https address`);
  else if (MIRROR_HOSTS.test(new URL(r.source).hostname))
    errors.push(`source: ${new URL(r.source).hostname} copies other sites' text; cite the original`);
  if (typeof r.asOf !== 'string' || !AS_OF.test(r.asOf)) errors.push(`asOf: "${r.asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  else if (r.asOf.slice(0, 4) > String(today.getFullYear())) errors.push(`asOf: ${r.asOf} is in the future`);
  if (r.share !== undefined && (rule?.share === undefined || typeof r.share !== 'number' || !(r.share > 0 && r.share <= 100)))
    errors.push(rule?.share === undefined ? `share: ${r.property} has no share` : `share: ${r.share} is not a percentage`);
  if (rule?.year === 'required' && r.year === undefined) errors.push(`year: ${r.property} needs the year`);
  if (r.year !== undefined && (!Number.isInteger(r.year) || r.year < 1800 || r.year > today.getFullYear()))
    errors.push(`year: ${r.year} is not a plausible year`);
  if (r.value !== undefined && typeof r.value !== 'number') errors.push('value: not a number');
  if (r.unit !== undefined && r.value === undefined) errors.push('unit: without a value');
  if (r.note !== undefined && (typeof r.note !== 'object' || !(r.note.de || r.note.en))) errors.push('note: needs de or en text');
  return errors;
}

/**
 * Adds the lines of every file as facts; throws on the first file with problems, naming each line.
 * The same relation twice in one file is a mistake; in two files (written apart, by region), the
 * one with the later as-of date is kept and the other reported through `log`.
 */
export function buildCuratedRelations(
  files: ReadonlyArray<{ file: string; lines: Array<{ line: number; record: CuratedRelation }> }>,
  known: ReadonlySet<string>,
  facts: FactBuilder,
  log: (line: string) => void = () => undefined,
): number {
  const kept = new Map<string, { at: string; r: CuratedRelation }>();
  for (const { file, lines } of files) {
    const problems: string[] = [];
    const inFile = new Map<string, number>();
    for (const { line, record: r } of lines) {
      const errors = validateRelation(r, known);
      const key = `${r.subject} ${r.property} ${r.object}`;
      const earlierLine = inFile.get(key);
      if (earlierLine !== undefined) errors.push(`the same relation as line ${earlierLine}`);
      inFile.set(key, line);
      if (errors.length) {
        problems.push(`${file}:${line}: ${errors.join('; ')}`);
        continue;
      }
      const other = kept.get(key);
      if (other) {
        const newer = r.asOf > other.r.asOf;
        log(`kb: ${key} in ${other.at} and ${file}:${line}; kept ${newer ? `${file}:${line}` : other.at} (later as-of date)`);
        if (!newer) continue;
      }
      kept.set(key, { at: `${file}:${line}`, r });
    }
    if (problems.length) throw new Error(`curated relations:\n${problems.join('\n')}`);
  }
  for (const { r } of kept.values()) {
    facts.relation(r.subject, r.property, r.object, {
      // A relation's one value: the share, the deal's year, or an amount.
      ...(r.share !== undefined
        ? { value: r.share, unit: '%' }
        : r.year !== undefined
          ? { value: r.year, unit: 'year' }
          : r.value !== undefined
            ? { value: r.value, ...(r.unit ? { unit: r.unit } : {}) }
            : {}),
      asOf: r.asOf,
      ...(r.note ? { valueText: r.note } : {}),
      source: { label: new URL(r.source).hostname.replace(/^www\./, ''), url: r.source },
    });
  }
  return kept.size;
}
