/**
 * A highlight: a passage of a page the reader kept, with a colour, a note, tags and the entities
 * inside it. Stored with the W3C Web Annotation selectors that find the passage again.
 */
import { isRecord, isString } from '../check';
import type { HighlightSelectors, XPathPointSelector } from '../anchoring/selectors';
import { isWebUrl } from '../kb/validate';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Background colours, light enough to read black text on. */
export const COLOR_VALUES: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
};

export interface Highlight {
  /** urn:uuid:… — the same id in the exported annotation. */
  id: string;
  /** The page address, normalised (canonical link, no tracking parameters, no fragment). */
  url: string;
  title: string;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** Entities marked inside the passage when it was highlighted. */
  entityIds: string[];
  selectors: HighlightSelectors;
}

/** What the reader changes on an existing highlight. */
export interface HighlightEdit {
  id: string;
  color?: HighlightColor;
  note?: string;
  tags?: string[];
}

export const LIMITS = { quote: 20_000, note: 20_000, tag: 100, tags: 50, title: 2_000, url: 4_000, entities: 500 } as const;

export const newHighlightId = (): string => `urn:uuid:${crypto.randomUUID()}`;

/** A highlight the reader just made: yellow, no note or tags yet, a fresh id. */
export function newHighlight(o: {
  url: string;
  title: string;
  entityIds: string[];
  selectors: HighlightSelectors;
  now?: number;
}): Highlight {
  const now = o.now ?? Date.now();
  return {
    id: newHighlightId(),
    url: o.url,
    title: o.title.slice(0, LIMITS.title),
    createdAt: now,
    updatedAt: now,
    color: 'yellow',
    note: '',
    tags: [],
    entityIds: o.entityIds,
    selectors: o.selectors,
  };
}

/** Tags as the reader means them: trimmed, no empty ones, no duplicates, in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, '').replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** "wirtschaft, japan #zölle" → ["wirtschaft", "japan", "zölle"] */
export function parseTagInput(input: string): string[] {
  return cleanTags(input.split(/[,;\n]|\s(?=#)/));
}

const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

const HIGHLIGHT_KEYS = ['id', 'url', 'title', 'createdAt', 'updatedAt', 'color', 'note', 'tags', 'entityIds', 'selectors'];
const SELECTORS_KEYS = ['quote', 'position', 'range'];
const QUOTE_KEYS = ['type', 'exact', 'prefix', 'suffix'];
const POSITION_KEYS = ['type', 'start', 'end'];
const RANGE_KEYS = ['type', 'startSelector', 'endSelector'];
const POINT_KEYS = ['type', 'value', 'refinedBy'];

/** The first field of `x` that a highlight does not have, as "selectors.quote.junk". */
function unknownField(x: Record<string, unknown>, known: readonly string[], path: string): string | undefined {
  const extra = Object.keys(x).find((k) => !known.includes(k));
  return extra === undefined ? undefined : `unknown field ${path}${extra}`;
}

function unknownSelectorField(s: Record<string, unknown>): string | undefined {
  const nested: Array<[unknown, readonly string[], string]> = [
    [s.quote, QUOTE_KEYS, 'selectors.quote.'],
    [s.position, POSITION_KEYS, 'selectors.position.'],
  ];
  if (isRecord(s.range)) {
    nested.push([s.range, RANGE_KEYS, 'selectors.range.']);
    for (const end of ['startSelector', 'endSelector'] as const) {
      const point = s.range[end];
      nested.push([point, POINT_KEYS, `selectors.range.${end}.`]);
      if (isRecord(point)) nested.push([point.refinedBy, POSITION_KEYS, `selectors.range.${end}.refinedBy.`]);
    }
  }
  for (const [x, known, path] of nested) {
    const problem = isRecord(x) ? unknownField(x, known, path) : undefined;
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Why a record is not a valid highlight, or undefined when it is. Every write goes through this:
 * highlights come from content scripts (beside page code) and from imported files. A field a
 * highlight does not have is a problem too: nothing unknown gets into the database (and from
 * there into every backup).
 */
export function highlightProblem(h: unknown): string | undefined {
  if (!isRecord(h)) return 'not an object';
  const r = h;
  const extra = unknownField(r, HIGHLIGHT_KEYS, '');
  if (extra) return extra;
  if (!isString(r.id, 200) || !/^urn:uuid:[0-9a-f-]{36}$/i.test(r.id)) return 'id must be urn:uuid:…';
  if (!isWebUrl(r.url, LIMITS.url)) return 'url must be an http(s) address';
  if (!isString(r.title, LIMITS.title)) return 'title must be text';
  if (!isInt(r.createdAt) || !isInt(r.updatedAt)) return 'createdAt and updatedAt must be times';
  if (!HIGHLIGHT_COLORS.includes(r.color as HighlightColor)) return `color must be one of ${HIGHLIGHT_COLORS.join(', ')}`;
  if (!isString(r.note, LIMITS.note)) return 'note must be text';
  if (!Array.isArray(r.tags) || r.tags.length > LIMITS.tags || !r.tags.every((t) => isString(t, LIMITS.tag) && t.trim() !== ''))
    return 'tags must be a list of short texts';
  if (!Array.isArray(r.entityIds) || r.entityIds.length > LIMITS.entities || !r.entityIds.every((t) => isString(t, 200)))
    return 'entityIds must be a list of ids';
  if (!isRecord(r.selectors)) return 'selectors missing';
  const s = r.selectors as Record<string, Record<string, unknown>>;
  const extraSelector = unknownField(s, SELECTORS_KEYS, 'selectors.') ?? unknownSelectorField(s);
  if (extraSelector) return extraSelector;
  const q = s.quote;
  if (!q || q.type !== 'TextQuoteSelector' || !isString(q.exact, LIMITS.quote) || q.exact === '') return 'a text quote is needed';
  if ((q.prefix !== undefined && !isString(q.prefix, 200)) || (q.suffix !== undefined && !isString(q.suffix, 200)))
    return 'quote prefix and suffix must be short texts';
  const p = s.position;
  if (!p || p.type !== 'TextPositionSelector' || !isInt(p.start) || !isInt(p.end) || p.end < p.start) return 'a text position is needed';
  if (s.range !== undefined) {
    const g = s.range;
    const point = (x: unknown) => {
      const o = x as Record<string, unknown> | undefined;
      const ref = o?.refinedBy as Record<string, unknown> | undefined;
      return (
        o?.type === 'XPathSelector' && isString(o.value, 2000) && ref?.type === 'TextPositionSelector' && isInt(ref.start) && isInt(ref.end)
      );
    };
    if (g?.type !== 'RangeSelector' || !point(g.startSelector) || !point(g.endSelector)) return 'range selector malformed';
  }
  return undefined;
}

/**
 * A copy of a checked highlight built from its known fields only, so that whatever else the
 * object carries (or an older record kept) is not written.
 */
export function highlightRecord(h: Highlight): Highlight {
  const { quote, position, range } = h.selectors;
  const point = (p: XPathPointSelector): XPathPointSelector => ({
    type: 'XPathSelector',
    value: p.value,
    refinedBy: { type: 'TextPositionSelector', start: p.refinedBy.start, end: p.refinedBy.end },
  });
  return {
    id: h.id,
    url: h.url,
    title: h.title,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    color: h.color,
    note: h.note,
    tags: [...h.tags],
    entityIds: [...h.entityIds],
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        ...(quote.prefix !== undefined ? { prefix: quote.prefix } : {}),
        ...(quote.suffix !== undefined ? { suffix: quote.suffix } : {}),
      },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
      ...(range
        ? { range: { type: 'RangeSelector', startSelector: point(range.startSelector), endSelector: point(range.endSelector) } }
        : {}),
    },
  };
}
