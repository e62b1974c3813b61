/**
 * Spotting where the knowledge base lives: a page sends its text blocks, the background answers
 * with spots. The built-in matcher is the artefact compiled at build time (read once, not compiled
 * here); the reader's own entities get a small matcher of their own, made again after they change;
 * the reader's muted names apply at once, per site. A page never holds the dictionary.
 */
import type { AppDB } from '../db';
import { LayeredFinder, type MentionFinder } from '../matcher/layered';
import { Matcher } from '../matcher/matcher';
import { packSpots, type PackedSpots } from '../matcher/packed-spots';
import { spotBlocks } from '../matcher/spot';
import { buildDictionary } from './dictionary';
import { mutedOn } from './mutes';
import type { Lang } from './types';

export class SpottingService {
  private builtin?: Promise<MentionFinder>;
  private own?: Promise<MentionFinder | undefined>;

  constructor(
    private readonly db: AppDB,
    /** The built-in matcher (the artefact), loaded at the first request. */
    private readonly loadBuiltin: () => Promise<MentionFinder>,
  ) {}

  /** Spots the blocks of one page on `site`, with page-wide evidence across them. */
  async spot(blocks: readonly string[], lang: Lang | undefined, site: string | undefined): Promise<PackedSpots> {
    const [layers, muted] = await Promise.all([this.layers(), mutedOn(this.db, site)]);
    return packSpots(spotBlocks(new LayeredFinder(layers, muted), blocks, lang));
  }

  /** The reader's entities changed: their matcher is made again at the next request. */
  entitiesChanged(): void {
    this.own = undefined;
  }

  /** Loads the built-in matcher ahead of the first page (a worker that just woke up). */
  warm(): Promise<unknown> {
    return this.layers();
  }

  private async layers(): Promise<MentionFinder[]> {
    // A failed load is tried again at the next request, not remembered.
    this.builtin ??= this.loadBuiltin().catch((e: unknown) => {
      this.builtin = undefined;
      throw e;
    });
    this.own ??= this.db.entities
      .where('origin')
      .anyOf('user', 'import')
      .toArray()
      .then((own) => (own.length ? Matcher.compile(buildDictionary(own)) : undefined));
    const [builtin, own] = await Promise.all([this.builtin, this.own]);
    return own ? [builtin, own] : [builtin];
  }
}
