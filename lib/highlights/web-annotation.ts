/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD with the
 * anno.jsonld context: the note and tags as TextualBody, the entities as semantic tags (Wikidata
 * IRIs where the id is a QID), the colour as a styleClass, the passage as a SpecificResource with
 * quote, position and range selectors.
 */
import type { HighlightSelectors, TextQuoteSelector, XPathPointSelector } from '../anchoring/selectors';
import { MAX_PROBLEMS } from '../kb/validate';
import { COLOR_VALUES, HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const WIKIDATA = 'http://www.wikidata.org/entity/';
const OWN_ENTITY = 'urn:querverweis:entity:';
const CLASS_PREFIX = 'qv-';

type Json = Record<string, unknown>;

export function entityIri(id: string): string {
  return /^Q\d+$/.test(id) ? WIKIDATA + id : OWN_ENTITY + encodeURIComponent(id);
}

export function entityIdOfIri(iri: string): string | undefined {
  if (iri.startsWith(WIKIDATA) && /^Q\d+$/.test(iri.slice(WIKIDATA.length))) return iri.slice(WIKIDATA.length);
  if (iri.startsWith(OWN_ENTITY)) return decodeURIComponent(iri.slice(OWN_ENTITY.length));
  return undefined;
}

/** One stylesheet for every colour, so that each annotation carries the same one. */
const STYLESHEET = HIGHLIGHT_COLORS.map((c) => `.${CLASS_PREFIX}${c} { background-color: ${COLOR_VALUES[c]} }`).join(' ');

const iso = (ms: number) => new Date(ms).toISOString();

export function toAnnotation(h: Highlight): Json {
  const body: Json[] = [];
  if (h.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const id of h.entityIds) body.push({ type: 'SpecificResource', purpose: 'tagging', source: entityIri(id) });
  const { quote, position, range } = h.selectors;
  return {
    '@context': ANNO_CONTEXT,
    id: h.id,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: iso(h.createdAt),
    modified: iso(h.updatedAt),
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: { id: h.url, type: 'Text', format: 'text/html', ...(h.title ? { 'dc:title': h.title } : {}) },
      styleClass: CLASS_PREFIX + h.color,
      selector: [quote, position, ...(range ? [range] : [])],
    },
    stylesheet: { type: 'CssStylesheet', value: STYLESHEET },
  };
}

/** The export file: an AnnotationCollection with its one page embedded. */
export function toAnnotationCollection(highlights: readonly Highlight[], label: string, scopeId: string): string {
  const id = `urn:querverweis:highlights:${encodeURIComponent(scopeId)}`;
  const collection: Json = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: highlights.length,
    ...(highlights.length
      ? { first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) } }
      : {}),
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Reading annotations back.

export class AnnotationError extends Error {}

/** Where a check writes its problems; annotationProblems stops it after MAX_PROBLEMS. */
interface Out {
  push(message: string): void;
}
const STOP = Symbol('stop checking');

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;
const isIri = (v: unknown): v is string => typeof v === 'string' && IRI.test(v);
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const types = (o: Json): string[] => asList(o.type).filter((t): t is string => typeof t === 'string');
const SETS = ['Choice', 'Composite', 'List', 'Independents'];

/**
 * The MUST rules of the model that an annotation breaks, as messages (empty when it conforms).
 * Hand-written rather than a JSON Schema validator: schema validators compile to code with
 * `new Function`, which an extension page's content security policy forbids.
 */
export function annotationProblems(a: unknown): string[] {
  if (!isObj(a)) return ['an annotation must be a JSON object'];
  const found: string[] = [];
  const out: Out = {
    push(message) {
      if (found.length >= MAX_PROBLEMS) throw STOP;
      found.push(message);
    },
  };
  try {
    checkAnnotation(a, out);
  } catch (e) {
    if (e !== STOP) throw e;
    found.push(`… and more: the check stopped after ${MAX_PROBLEMS} problems`);
  }
  return found;
}

function checkAnnotation(a: Json, out: Out): void {
  const ctx = a['@context'];
  if (!(ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT))))
    out.push(`@context must be (or include) ${ANNO_CONTEXT}`);
  if (!isIri(a.id)) out.push('id must be exactly one IRI');
  if (!types(a).includes('Annotation')) out.push('type must be "Annotation"');
  if (a.target === undefined) out.push('target is missing');
  if (a.body !== undefined && a.bodyValue !== undefined) out.push('body and bodyValue must not both be present');
  if (a.bodyValue !== undefined && typeof a.bodyValue !== 'string') out.push('bodyValue must be one string');
  for (const key of ['created', 'modified', 'generated']) checkDate(a, key, key, out);
  checkIris(a, '', out);
  for (const key of ['creator', 'generator']) {
    for (const agent of asList(a[key])) if (!isIri(agent) && !isObj(agent)) out.push(`${key} must be an IRI or an agent object`);
  }
  asList(a.body).forEach((b, i) => checkResource(b, `body[${i}]`, 'body', out));
  if (a.target !== undefined) {
    const targets = asList(a.target);
    if (targets.length === 0) out.push('target must not be empty');
    targets.forEach((t, i) => checkResource(t, `target[${i}]`, 'target', out));
  }
}

function checkDate(o: Json, key: string, where: string, out: Out) {
  if (o[key] !== undefined && !(typeof o[key] === 'string' && DATETIME.test(o[key] as string)))
    out.push(`${where} must be one xsd:dateTime`);
}

function checkIris(o: Json, where: string, out: Out) {
  if (o.canonical !== undefined && !isIri(o.canonical)) out.push(`${where}canonical must be one IRI`);
  for (const key of ['rights', 'via']) if (o[key] !== undefined && !asList(o[key]).every(isIri)) out.push(`${where}${key} must be IRIs`);
}

/** Resources and selectors are an IRI or an object: checks that, and returns the object to look into. */
function iriOrObject(x: unknown, where: string, noun: string, depth: number, out: Out): Json | undefined {
  if (depth > 8) return void out.push(`${where} is nested too deeply`);
  if (typeof x === 'string') {
    if (!isIri(x)) out.push(`${where} must be an IRI or ${noun}`);
    return undefined;
  }
  if (!isObj(x)) return void out.push(`${where} must be an IRI or ${noun}`);
  return x;
}

function checkResource(resource: unknown, where: string, role: 'body' | 'target', out: Out, depth = 0): void {
  const r = iriOrObject(resource, where, 'an object', depth, out);
  if (!r) return;
  const t = types(r);
  const set = t.filter((x) => SETS.includes(x));
  if (r.id !== undefined && !isIri(r.id)) out.push(`${where}.id must be one IRI`);
  if (set.length > 1) out.push(`${where} can be only one of ${SETS.join(', ')}`);
  if (set.length === 1) {
    if (!Array.isArray(r.items)) out.push(`${where}.items must list the ${set[0]}'s resources`);
    if (r.value !== undefined) out.push(`${where}: a ${set[0]} has no value`);
    if (r.source !== undefined) out.push(`${where}: a ${set[0]} has no source`);
    asList(r.items).forEach((x, i) => checkResource(x, `${where}.items[${i}]`, role, out, depth + 1));
    return;
  }
  if (r.items !== undefined) out.push(`${where} has items but is no Choice, Composite, List or Independents`);
  const textual = t.includes('TextualBody') || (r.value !== undefined && r.source === undefined);
  if (textual) {
    if (role === 'target' && t.includes('TextualBody')) out.push(`${where}: a target cannot be a TextualBody`);
    if (typeof r.value !== 'string') out.push(`${where}.value must be one string`);
    if (r.source !== undefined) out.push(`${where}: a TextualBody has no source`);
  }
  if (
    t.includes('SpecificResource') ||
    r.source !== undefined ||
    r.selector !== undefined ||
    r.state !== undefined ||
    r.styleClass !== undefined
  ) {
    if (r.source === undefined) out.push(`${where}.source is missing (a SpecificResource needs one)`);
    else if (!isIri(r.source) && !(isObj(r.source) && (r.source.id === undefined || isIri(r.source.id))))
      out.push(`${where}.source must be an IRI or a resource`);
    if (r.value !== undefined && !textual) out.push(`${where}: a SpecificResource has no value`);
    asList(r.selector).forEach((s, i) => checkSelector(s, `${where}.selector[${i}]`, out, depth + 1));
    if (r.styleClass !== undefined && !asList(r.styleClass).every((c) => typeof c === 'string'))
      out.push(`${where}.styleClass must be strings`);
  }
  if (r.format !== undefined && typeof r.format !== 'string' && !(Array.isArray(r.format) && r.format.every((f) => typeof f === 'string')))
    out.push(`${where}.format must be text`);
  if (r.language !== undefined && !asList(r.language).every((l) => typeof l === 'string')) out.push(`${where}.language must be text`);
  if (r.processingLanguage !== undefined && typeof r.processingLanguage !== 'string')
    out.push(`${where}.processingLanguage must be one language`);
  if (r.textDirection !== undefined && !['ltr', 'rtl', 'auto'].includes(r.textDirection as string))
    out.push(`${where}.textDirection must be ltr, rtl or auto`);
  for (const key of ['created', 'modified']) checkDate(r, key, `${where}.${key}`, out);
  checkIris(r, `${where}.`, out);
}

function checkSelector(selector: unknown, where: string, out: Out, depth: number): void {
  const s = iriOrObject(selector, where, 'a selector', depth, out);
  if (!s) return;
  const t = types(s);
  const nonNegInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  if (t.some((x) => ['FragmentSelector', 'CssSelector', 'XPathSelector'].includes(x)) && typeof s.value !== 'string')
    out.push(`${where}.value must be one string`);
  if (t.includes('TextQuoteSelector')) {
    if (typeof s.exact !== 'string') out.push(`${where}.exact must be one string`);
    for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') out.push(`${where}.${k} must be one string`);
  }
  if (t.includes('TextPositionSelector') || t.includes('DataPositionSelector')) {
    if (!nonNegInt(s.start) || !nonNegInt(s.end)) out.push(`${where}.start and .end must be non-negative integers`);
  }
  if (t.includes('SvgSelector') && s.value === undefined && s.id === undefined) out.push(`${where} needs a value or an id`);
  if (t.includes('RangeSelector')) {
    if (!isObj(s.startSelector) || !isObj(s.endSelector)) out.push(`${where} needs a startSelector and an endSelector`);
    else {
      checkSelector(s.startSelector, `${where}.startSelector`, out, depth + 1);
      checkSelector(s.endSelector, `${where}.endSelector`, out, depth + 1);
    }
  }
  if (s.refinedBy !== undefined) asList(s.refinedBy).forEach((x, i) => checkSelector(x, `${where}.refinedBy[${i}]`, out, depth + 1));
}

/** The annotations of an export file: one annotation, a list, an AnnotationPage or a collection with its page embedded. */
export function annotationsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObj(doc)) throw new AnnotationError('The file holds no annotation: expected a JSON object or list.');
  const t = types(doc);
  if (t.includes('AnnotationCollection')) {
    if (doc.first === undefined) return [];
    if (!isObj(doc.first)) throw new AnnotationError('The collection’s pages are not in the file (first is a link); export them embedded.');
    if (doc.first.next !== undefined)
      throw new AnnotationError('The collection has more than one page; only single-page collections can be read.');
    if (!Array.isArray(doc.first.items)) throw new AnnotationError('The collection’s page has no items list.');
    return doc.first.items;
  }
  if (t.includes('AnnotationPage')) {
    if (!Array.isArray(doc.items)) throw new AnnotationError('The annotation page has no items list.');
    return doc.items;
  }
  return [doc];
}

/** Reads a conforming annotation as a highlight; a string says why it cannot be one. */
export function highlightOf(a: Json, now: number): Highlight | string {
  const target = asList(a.target).find((t): t is Json => isObj(t) && sourceUrl(t) !== undefined && quoteOf(t.selector) !== undefined);
  if (!target) return 'it selects no text on a web page (a TextQuoteSelector on an http(s) source is needed)';
  const selectors = asList(target.selector);
  const quote = quoteOf(target.selector)!;
  const position = selectors.find((s): s is Json => isObj(s) && types(s).includes('TextPositionSelector'));
  const range = selectors.find(
    (s): s is Json => isObj(s) && types(s).includes('RangeSelector') && isPointSelector(s.startSelector) && isPointSelector(s.endSelector),
  );
  const hlSelectors: HighlightSelectors = {
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix !== undefined ? { prefix: quote.prefix } : {}),
      ...(quote.suffix !== undefined ? { suffix: quote.suffix } : {}),
    },
    // Without a position the quote alone finds the passage: a zero-length hint never matches.
    position: position
      ? { type: 'TextPositionSelector', start: position.start as number, end: position.end as number }
      : { type: 'TextPositionSelector', start: 0, end: 0 },
    // Rebuilt from the fields a highlight has: whatever else another tool put there stays out.
    ...(range
      ? {
          range: {
            type: 'RangeSelector',
            startSelector: pointOf(range.startSelector as Json),
            endSelector: pointOf(range.endSelector as Json),
          },
        }
      : {}),
  };
  const bodies = asList(a.body).filter(isObj);
  const textOf = (purpose: string) =>
    bodies
      .filter(
        (b) =>
          typeof b.value === 'string' && (asList(b.purpose).includes(purpose) || (purpose === 'commenting' && b.purpose === undefined)),
      )
      .map((b) => b.value as string);
  const notes = [...textOf('commenting'), ...(typeof a.bodyValue === 'string' ? [a.bodyValue] : [])];
  const entityIds = bodies
    .filter((b) => b.source !== undefined)
    .map((b) =>
      entityIdOfIri(
        typeof b.source === 'string' ? b.source : typeof (b.source as Json).id === 'string' ? ((b.source as Json).id as string) : '',
      ),
    )
    .filter((id): id is string => id !== undefined);
  const styleClass = asList(target.styleClass).find((c) => typeof c === 'string' && c.startsWith(CLASS_PREFIX)) as string | undefined;
  const color = styleClass?.slice(CLASS_PREFIX.length);
  const created = typeof a.created === 'string' ? Date.parse(a.created) : NaN;
  const modified = typeof a.modified === 'string' ? Date.parse(a.modified) : NaN;
  const source = target.source;
  const title = isObj(source) && typeof source['dc:title'] === 'string' ? source['dc:title'] : '';
  return {
    id: ownId(a.id as string),
    url: sourceUrl(target)!,
    title,
    createdAt: Number.isFinite(created) ? created : Number.isFinite(modified) ? modified : now,
    updatedAt: Number.isFinite(modified) ? modified : Number.isFinite(created) ? created : now,
    color: HIGHLIGHT_COLORS.includes(color as HighlightColor) ? (color as HighlightColor) : 'yellow',
    note: notes.join('\n\n'),
    tags: textOf('tagging'),
    entityIds: [...new Set(entityIds)],
    selectors: hlSelectors,
  };
}

function sourceUrl(t: Json): string | undefined {
  const s = isObj(t.source) ? t.source.id : t.source;
  return typeof s === 'string' && /^https?:\/\/\S+$/.test(s) ? s : undefined;
}

/** A TextQuoteSelector among the selectors, or refining one of them. */
function quoteOf(selector: unknown, depth = 0): TextQuoteSelector | undefined {
  for (const s of asList(selector)) {
    if (!isObj(s)) continue;
    if (types(s).includes('TextQuoteSelector') && typeof s.exact === 'string' && s.exact !== '') return s as unknown as TextQuoteSelector;
    if (depth < 4 && s.refinedBy !== undefined) {
      const inner = quoteOf(s.refinedBy, depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** A point selector that passed isPointSelector, with its known fields only. */
function pointOf(s: Json): XPathPointSelector {
  const r = s.refinedBy as Json;
  return {
    type: 'XPathSelector',
    value: s.value as string,
    refinedBy: { type: 'TextPositionSelector', start: r.start as number, end: r.end as number },
  };
}

function isPointSelector(s: unknown): boolean {
  if (!isObj(s) || !types(s).includes('XPathSelector') || typeof s.value !== 'string') return false;
  const r = s.refinedBy;
  return isObj(r) && types(r).includes('TextPositionSelector') && Number.isInteger(r.start) && Number.isInteger(r.end);
}

/**
 * Our ids are urn:uuid:…; another tool's annotation IRI becomes a name-based uuid of that IRI, so
 * importing the same file twice updates rather than duplicates.
 */
function ownId(iri: string): string {
  if (/^urn:uuid:[0-9a-f-]{36}$/i.test(iri)) return iri.toLowerCase();
  // Four FNV-1a lanes with different seeds give 128 bits, formatted as a version-8 (custom) uuid.
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < iri.length; i++) h = Math.imul(h ^ iri.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  });
  const hex = lanes.join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
