/**
 * Spotting where the knowledge base lives: a page sends its text blocks in parts, the background
 * answers each with spots (see lib/matcher/spot-session.ts). The built-in matcher is the artefact compiled at build time (read once, not compiled
 * here); the reader's own entities get a small matcher of their own, made again after they change;
 * the reader's muted names apply at once, per site. A page never holds the dictionary.
 */
import type { AppDB } from '../db';
import { LayeredFinder, type MentionFinder } from '../matcher/layered';
import { Matcher } from '../matcher/matcher';
import { SpotSession, type SpotPartReply } from '../matcher/spot-session';
import { ProblemError, type SpotPart } from '../protocol';
import { buildDictionary } from './dictionary';
import { mutedOn } from './mutes';
import type { Lang } from './types';

/** How much the background holds of pages being read. */
export interface SessionLimits {
  /** A page that never sends its last part (its tab closed, its pass aborted) is forgotten after this long. */
  ms: number;
  /** Pages read at once, at most; the oldest is forgotten first. */
  sessions: number;
  /** A page's text over all its parts. */
  sessionChars: number;
  /** The text of all open sessions together: past it, the oldest others are forgotten. */
  openChars: number;
}

const LIMITS: SessionLimits = { ms: 60_000, sessions: 32, sessionChars: 20_000_000, openChars: 40_000_000 };

interface OpenSession {
  session: Promise<SpotSession>;
  /** The parts in order: each waits for the one before. */
  queue: Promise<unknown>;
  next: number;
  chars: number;
  opened: number;
}

export class SpottingService {
  private builtin?: Promise<MentionFinder>;
  private own?: Promise<MentionFinder | undefined>;
  private readonly sessions = new Map<string, OpenSession>();

  constructor(
    private readonly db: AppDB,
    /** The built-in matcher (the artefact), loaded at the first request. */
    private readonly loadBuiltin: () => Promise<MentionFinder>,
    private readonly limits: SessionLimits = LIMITS,
  ) {}

  /** Forgets a page's session that ends without its last part. */
  cancel(id: string): void {
    this.sessions.delete(id);
  }

  /**
   * Spots one part of a page on `site`; the page-wide evidence comes with the last part. The
   * matcher and the mutes are those of the moment the page's first part came.
   */
  spot({ session: id, part, blocks, last, lang, site }: SpotPart): Promise<SpotPartReply> {
    if (part === 0) this.open(id, lang, site);
    const open = this.sessions.get(id);
    if (!open || open.next !== part) {
      this.sessions.delete(id);
      return Promise.reject(new ProblemError('this page was not being spotted (the background restarted)', 'spot-session-lost'));
    }
    open.next++;
    for (const text of blocks) open.chars += text.length;
    this.forgetBeyondBudget(id);
    if (last || open.chars > this.limits.sessionChars) this.sessions.delete(id);
    if (open.chars > this.limits.sessionChars) return Promise.reject(new Error('the page has too much text to spot'));
    const reply = open.queue.then(async () => (await open.session).part(blocks, last));
    open.queue = reply.catch(() => undefined);
    return reply;
  }

  /** The reader's entities changed: their matcher is made again at the next request. */
  entitiesChanged(): void {
    this.own = undefined;
  }

  /** Loads the built-in matcher ahead of the first page (a worker that just woke up). */
  warm(): Promise<unknown> {
    return this.layers();
  }

  /** Forgets sessions whose page stopped sending (a tab closed, a pass aborted), and the oldest past the budget. */
  private forgetBeyondBudget(keep: string): void {
    const now = Date.now();
    let total = 0;
    for (const [key, open] of this.sessions) {
      if (key !== keep && now - open.opened > this.limits.ms) this.sessions.delete(key);
      else total += open.chars;
    }
    // Map order is insertion order: the oldest first.
    for (const [key, open] of this.sessions) {
      if (total <= this.limits.openChars) break;
      if (key === keep) continue;
      this.sessions.delete(key);
      total -= open.chars;
    }
  }

  private open(id: string, lang: Lang | undefined, site: string | undefined): void {
    this.forgetBeyondBudget(id);
    // Map order is insertion order: the first key is the oldest session.
    while (this.sessions.size >= this.limits.sessions) this.sessions.delete(this.sessions.keys().next().value!);
    const now = Date.now();
    const session = Promise.all([this.layers(), mutedOn(this.db, site)]).then(
      ([layers, muted]) => new SpotSession(new LayeredFinder(layers, muted), lang),
    );
    this.sessions.delete(id);
    this.sessions.set(id, { session, queue: Promise.resolve(), next: 0, chars: 0, opened: now });
  }

  private async layers(): Promise<MentionFinder[]> {
    // A failed load is tried again at the next request, not remembered.
    this.builtin ??= this.loadBuiltin().catch((e: unknown) => {
      this.builtin = undefined;
      throw e;
    });
    // The entities table holds the reader's own only (the built-in ones are packed, kb/store.ts).
    this.own ??= this.db.entities.toArray().then((own) => (own.length ? Matcher.compile(buildDictionary(own)) : undefined));
    const [builtin, own] = await Promise.all([this.builtin, this.own]);
    return own ? [builtin, own] : [builtin];
  }
}
