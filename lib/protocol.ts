/**
 * The one message API between the parts of the extension. Every message has an exact request and
 * reply type. Two maps: what the background answers (`kb/*`, `data/*`, `hl/*`, `ui/*`; it alone
 * owns the database) and what a page's content script answers (`page/*`), so a client for one
 * cannot name a message of the other.
 */
import { isRecord, isString } from './check';
import type { RestoreResult } from './backup';
import type { CardData } from './kb/card';
import type { MuteRow, Sighting } from './db';
import type { CoMention, PageVisit } from './kb/sightings';
import {
  IMPORT_FORMATS,
  KB_EXPORT_SCOPES,
  type FactInput,
  type ImportFormat,
  type ImportResult,
  type KbExportScope,
  type NewEntity,
} from './kb/editing';
import { STEPS, type Step } from './page/mention-cursor';
import type { SpotPartReply } from './matcher/spot-session';
import type { PageMapData } from './page-map/layout';
import { LANGS, type Entity, type EntitySummary, type Fact, type FactView, type Lang, type SearchHit } from './kb/types';
import { EXPORT_FORMATS, type ExportedFile, type ExportFormat } from './highlights/export';
import type { Highlight, HighlightEdit } from './highlights/model';
import { HIGHLIGHT_COLORS, LIMITS } from './highlights/model';
import { isFromFrame, type FromFrame } from './frame-link';
import type { HighlightImportResult } from './highlights/store';

/** The built-in data's fill: rows written of all, while `installing`. */
export interface FillStatus {
  installing: boolean;
  done: number;
  total: number;
}

/** An entity mentioned on a page, with how often. */
export interface PageEntity {
  id: string;
  type: Entity['type'];
  count: number;
}

/**
 * One part of a page's text, in reading order: part 0 opens a session, `last` closes it (a short
 * page is one part that is both). See lib/matcher/spot-session.ts.
 */
export interface SpotPart {
  /** The page's own random id for this reading of it. */
  session: string;
  part: number;
  blocks: string[];
  last: boolean;
  lang?: Lang;
  site?: string;
}

/** What the background answers. */
export interface BackgroundProtocol {
  // Knowledge base
  'kb/entity': { req: { id: string }; res: Entity | null };
  /** Labels of several entities at once (a page's entities): one small message instead of one per entity. */
  'kb/summaries': { req: { ids: string[] }; res: Array<EntitySummary | null> };
  'kb/facts': { req: { id: string }; res: FactView[] };
  'kb/card': { req: { id: string; pageEntityIds: string[] }; res: CardData | null };
  /** The relations among a page's entities and the map of them (popup and side panel). */
  'kb/pageMap': { req: { entities: PageEntity[] }; res: PageMapData };
  'kb/search': { req: { query: string; limit?: number }; res: SearchHit[] };
  /** A part of a page's text blocks, spotted where the knowledge base is (see lib/kb/spotting.ts). */
  'kb/spot': { req: SpotPart; res: SpotPartReply };
  /** A page's spotting session ends without its last part (the pass was stopped). */
  'kb/spotCancel': { req: { session: string }; res: null };
  /** How far the first fill of the built-in data is (popup and options show it). */
  'kb/status': { req: Record<string, never>; res: FillStatus };
  'kb/mute': { req: { name: string; site: string }; res: MuteRow };
  'kb/unmute': { req: { id: string }; res: null };
  'kb/mutes': { req: Record<string, never>; res: MuteRow[] };
  'kb/recordSightings': { req: PageVisit; res: null };
  'kb/sightings': { req: { entityId: string }; res: Sighting[] };
  'kb/clearSightings': { req: Record<string, never>; res: null };
  'kb/coMentions': { req: { entityId: string }; res: CoMention[] };
  'kb/addEntity': { req: { entity: NewEntity }; res: Entity };
  'kb/deleteEntity': { req: { id: string }; res: null };
  'kb/putFact': { req: { fact: FactInput }; res: Fact };
  'kb/deleteFact': { req: { id: string }; res: null };
  'kb/export': { req: { scope: KbExportScope }; res: string };
  'kb/import': { req: { format: ImportFormat; text: string }; res: ImportResult };
  // The reader's data as a whole
  'data/backup': { req: Record<string, never>; res: { filename: string; text: string } };
  'data/restore': { req: { text: string }; res: RestoreResult };
  'data/deleteAll': { req: Record<string, never>; res: null };
  'data/resetBuiltin': { req: Record<string, never>; res: { entities: number; facts: number } };
  // Highlights
  'hl/forPage': { req: { urls: string[] }; res: Highlight[] };
  'hl/list': { req: { url?: string; entityId?: string }; res: Highlight[] };
  'hl/create': { req: { highlight: Highlight }; res: Highlight };
  'hl/edit': { req: HighlightEdit; res: Highlight };
  'hl/delete': { req: { id: string }; res: null };
  'hl/export': { req: { format: ExportFormat; url?: string; entityId?: string; lang: Lang }; res: ExportedFile };
  'hl/import': { req: { text: string }; res: HighlightImportResult };
  // Extension UI
  'ui/showEntity': { req: { id: string }; res: null };
  /** From an extension frame in a tab: passed on to that tab's content script as page/frameEvent. */
  'ui/frameEvent': { req: { secret: string; event: FromFrame }; res: null };
}

/** What the content script of a page answers (the popup, the side panel and the background ask). */
export interface PageProtocol {
  'page/entities': { req: Record<string, never>; res: PageEntity[] };
  'page/info': { req: Record<string, never>; res: { host: string; enabled: boolean; url: string; title: string } };
  'page/reveal': { req: { id: string }; res: boolean };
  /** Highlights the reader's current selection (context menu, keyboard shortcut). */
  'page/highlightSelection': { req: Record<string, never>; res: boolean };
  /** The page's highlights and whether each was found in the page (false: an orphan). */
  'page/highlights': { req: Record<string, never>; res: { urls: string[]; statuses: { id: string; anchored: boolean }[] } };
  /** Highlights changed elsewhere (popup): read them again. */
  'page/syncHighlights': { req: Record<string, never>; res: null };
  /** Scrolls to a highlight and flashes it. */
  'page/revealHighlight': { req: { id: string }; res: boolean };
  /** What the reader did in one of the extension's frames on the page (the card, the editor). */
  'page/frameEvent': { req: { secret: string; event: FromFrame }; res: null };
  /** Moves the keyboard to the next or previous mention and opens its card (keyboard shortcut). */
  'page/step': { req: { direction: Step }; res: boolean };
}

export type Protocol = BackgroundProtocol & PageProtocol;
export type MessageType = keyof Protocol;
export type BackgroundMessage = keyof BackgroundProtocol;
export type PageMessage = keyof PageProtocol;
export type Request<T extends MessageType> = Protocol[T]['req'];
export type Response<T extends MessageType> = Protocol[T]['res'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

/**
 * Why a request failed, where the reader needs a different message than the error's text:
 * `storage-full` when the browser refused a write for lack of space (nothing was written);
 * `spot-session-lost` when a page's later part met no session (a restarted service worker): the
 * page sends what it read again as a new one.
 */
export type ProblemCode = 'storage-full' | 'spot-session-lost';

/** An error whose reply carries its ProblemCode. */
export class ProblemError extends Error {
  constructor(
    message: string,
    readonly code: ProblemCode,
  ) {
    super(message);
    this.name = 'ProblemError';
  }
}

export type Reply<T extends MessageType = MessageType> =
  { ok: true; value: Response<T> } | { ok: false; error: string; code?: ProblemCode };

type Check = (payload: Record<string, unknown>) => boolean;
/** Imports are read whole; 50 MB of text is far above any real knowledge-base file. */
const MAX_IMPORT_CHARS = 50_000_000;
/** A page's text goes to spotting in parts; 20 MB of text is far more than any news page has, in one part or in all. */
const MAX_SPOT_CHARS = 20_000_000;
const MAX_SPOT_BLOCKS = 200_000;
const isSpotText = (blocks: unknown[]) => {
  let total = 0;
  for (const b of blocks) {
    if (typeof b !== 'string') return false;
    total += b.length;
  }
  return total <= MAX_SPOT_CHARS;
};
const isOptionalLimit = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) > 0 && (v as number) <= 200);
const isEmpty: Check = (p) => Object.keys(p).length === 0;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);
const ENTITY_TYPES: ReadonlyArray<Entity['type']> = ['company', 'country', 'organisation'];
const isPageEntity = (e: unknown) =>
  isRecord(e) && isString(e.id, 200) && isOneOf(ENTITY_TYPES, e.type) && Number.isInteger(e.count) && (e.count as number) >= 0;

/**
 * Payload checks per message: messages cross a trust boundary (a content script runs beside page
 * code), so the receiver checks shape and size before doing anything.
 */
export const PAYLOAD_CHECKS: Record<MessageType, Check> = {
  'kb/entity': (p) => isString(p.id, 200),
  'kb/summaries': (p) => Array.isArray(p.ids) && p.ids.length <= 1000 && p.ids.every((x) => isString(x, 200)),
  'kb/facts': (p) => isString(p.id, 200),
  'kb/card': (p) =>
    isString(p.id, 200) &&
    Array.isArray(p.pageEntityIds) &&
    p.pageEntityIds.length <= 5000 &&
    p.pageEntityIds.every((x) => isString(x, 200)),
  'kb/search': (p) => isString(p.query, 200) && isOptionalLimit(p.limit),
  'kb/pageMap': (p) => Array.isArray(p.entities) && p.entities.length <= 1000 && p.entities.every(isPageEntity),
  'kb/spot': (p) =>
    isString(p.session, 64) &&
    Number.isInteger(p.part) &&
    (p.part as number) >= 0 &&
    typeof p.last === 'boolean' &&
    Array.isArray(p.blocks) &&
    p.blocks.length <= MAX_SPOT_BLOCKS &&
    isSpotText(p.blocks) &&
    (p.lang === undefined || isOneOf(LANGS, p.lang)) &&
    (p.site === undefined || isString(p.site, 253)),
  'kb/spotCancel': (p) => isString(p.session, 64),
  'kb/status': isEmpty,
  'kb/mute': (p) => isString(p.name, 200) && isString(p.site, 253),
  'kb/unmute': (p) => isString(p.id, 500),
  'kb/mutes': isEmpty,
  'kb/recordSightings': (p) =>
    isString(p.url, 4000) &&
    isString(p.title, 2000) &&
    Array.isArray(p.entities) &&
    p.entities.length <= 5000 &&
    p.entities.every((e) => isRecord(e) && isString(e.id, 200) && Number.isInteger(e.count) && (e.count as number) > 0),
  'kb/sightings': (p) => isString(p.entityId, 200),
  'kb/clearSightings': isEmpty,
  'kb/coMentions': (p) => isString(p.entityId, 200),
  'kb/addEntity': (p) => isRecord(p.entity) && isString(p.entity.name, 200),
  'kb/deleteEntity': (p) => isString(p.id, 200),
  'kb/putFact': (p) => isRecord(p.fact) && isString(p.fact.subject, 200) && isString(p.fact.property, 64),
  'kb/deleteFact': (p) => isString(p.id, 200),
  'kb/export': (p) => isOneOf(KB_EXPORT_SCOPES, p.scope),
  'data/backup': isEmpty,
  'data/restore': (p) => isString(p.text, MAX_IMPORT_CHARS),
  'data/deleteAll': isEmpty,
  'data/resetBuiltin': isEmpty,
  'kb/import': (p) => isOneOf(IMPORT_FORMATS, p.format) && isString(p.text, MAX_IMPORT_CHARS),
  'hl/forPage': (p) => Array.isArray(p.urls) && p.urls.length <= 4 && p.urls.every((u) => isString(u, 4000)),
  'hl/list': (p) => (p.url === undefined || isString(p.url, 4000)) && (p.entityId === undefined || isString(p.entityId, 200)),
  // The record itself is checked by the store (highlightProblem) before it is written.
  'hl/create': (p) => isRecord(p.highlight),
  'hl/edit': (p) =>
    isString(p.id, 200) &&
    (p.color === undefined || isOneOf(HIGHLIGHT_COLORS, p.color)) &&
    (p.note === undefined || isString(p.note, LIMITS.note)) &&
    (p.tags === undefined || (Array.isArray(p.tags) && p.tags.length <= LIMITS.tags && p.tags.every((t) => isString(t, LIMITS.tag)))),
  'hl/delete': (p) => isString(p.id, 200),
  'hl/export': (p) =>
    isOneOf(EXPORT_FORMATS, p.format) &&
    isOneOf(LANGS, p.lang) &&
    (p.url === undefined || isString(p.url, 4000)) &&
    (p.entityId === undefined || isString(p.entityId, 200)),
  'hl/import': (p) => isString(p.text, MAX_IMPORT_CHARS),
  'ui/showEntity': (p) => isString(p.id, 200),
  'page/entities': isEmpty,
  'page/info': isEmpty,
  'page/reveal': (p) => isString(p.id, 200),
  'page/highlightSelection': isEmpty,
  'page/highlights': isEmpty,
  'page/syncHighlights': isEmpty,
  'page/revealHighlight': (p) => isString(p.id, 200),
  'page/step': (p) => isOneOf(STEPS, p.direction),
  'page/frameEvent': (p) => isString(p.secret, 64) && isFromFrame(p.event),
  'ui/frameEvent': (p) => isString(p.secret, 64) && isFromFrame(p.event),
};

export function isEnvelope(msg: unknown): msg is Envelope {
  if (typeof msg !== 'object' || msg === null) return false;
  const { type, payload } = msg as { type?: unknown; payload?: unknown };
  return (
    typeof type === 'string' &&
    Object.hasOwn(PAYLOAD_CHECKS, type) &&
    typeof payload === 'object' &&
    payload !== null &&
    !Array.isArray(payload) &&
    PAYLOAD_CHECKS[type as MessageType](payload as Record<string, unknown>)
  );
}
