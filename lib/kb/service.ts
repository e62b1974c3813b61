/**
 * The knowledge-base service behind the message API: reads, search and spotting, and the writes
 * that change what those read. It holds the search index and the reader's matcher in memory; every
 * write that can change entities goes through it, so it drops them itself.
 */
import type { AppDB } from '../db';
import { installBuiltin, reinstallBuiltin, type BuiltinData, type FillProgress } from './builtin';
import { buildCard, GENERIC_RELATIONS, type CardData } from './card';
import { addEntity, deleteEntity, importFile, type ImportFormat, type ImportResult, type NewEntity } from './editing';
import { SearchIndex } from './search';
import { SpottingService } from './spotting';
import type { MentionFinder } from '../matcher/layered';
import type { PackedSpots } from '../matcher/packed-spots';
import type { Entity, FactView, Lang, SearchHit } from './types';

export class KbService {
  private index?: Promise<SearchIndex>;
  private readonly spotting: SpottingService;

  /** @param loadMatcher the built-in matcher, read from the build's artefact at the first page. */
  constructor(
    private readonly db: AppDB,
    loadMatcher: () => Promise<MentionFinder>,
  ) {
    this.spotting = new SpottingService(db, loadMatcher);
  }

  entity(id: string): Promise<Entity | undefined> {
    return this.db.entities.get(id);
  }

  /** Every fact about `id`: its own facts and relations, and relations that point to it. */
  async facts(id: string): Promise<FactView[]> {
    const [out, incoming] = await Promise.all([
      this.db.facts.where('subject').equals(id).toArray(),
      this.db.facts.where('object').equals(id).toArray(),
    ]);
    const otherIds = [...new Set([...out.flatMap((f) => (f.object ? [f.object] : [])), ...incoming.map((f) => f.subject)])];
    const others = new Map((await this.db.entities.bulkGet(otherIds)).flatMap((e) => (e ? [[e.id, e.label] as const] : [])));
    return [
      ...out.map((f): FactView => ({ ...f, direction: 'out', otherLabel: f.object ? others.get(f.object) : undefined })),
      ...incoming.map((f): FactView => ({ ...f, direction: 'in', otherLabel: others.get(f.subject) })),
    ];
  }

  /**
   * The relations among a set of entities (those a page mentions together), each once, with both
   * ends' labels; generic ones (borders, memberships) after the specific ones.
   */
  async connections(ids: readonly string[]): Promise<FactView[]> {
    const set = new Set(ids);
    const facts = (
      await this.db.facts
        .where('subject')
        .anyOf([...set])
        .toArray()
    ).filter((f) => f.object !== undefined && set.has(f.object) && f.object !== f.subject);
    const labels = new Map((await this.db.entities.bulkGet([...set])).flatMap((e) => (e ? [[e.id, e.label] as const] : [])));
    return facts
      .map((f): FactView => ({ ...f, direction: 'out', otherLabel: labels.get(f.object!) }))
      .sort((a, b) => Number(GENERIC_RELATIONS.has(a.property)) - Number(GENERIC_RELATIONS.has(b.property)));
  }

  async card(id: string, pageEntityIds: string[]): Promise<CardData | undefined> {
    const entity = await this.entity(id);
    if (!entity) return undefined;
    return buildCard(entity, await this.facts(id), new Set(pageEntityIds));
  }

  async search(query: string, limit?: number): Promise<SearchHit[]> {
    this.index ??= this.db.entities.toArray().then((all) => new SearchIndex(all));
    return (await this.index).search(query, limit);
  }

  /** Spots a page's text blocks (see spotting.ts); mutes of `site` apply. */
  spot(blocks: readonly string[], lang: Lang | undefined, site: string | undefined): Promise<PackedSpots> {
    return this.spotting.spot(blocks, lang, site);
  }

  /** Reads the built-in matcher now, so that the first page does not wait for it. */
  warm(): Promise<unknown> {
    return this.spotting.warm();
  }

  addEntity(input: NewEntity): Promise<Entity> {
    return this.write(() => addEntity(this.db, input));
  }

  deleteEntity(id: string): Promise<void> {
    return this.write(() => deleteEntity(this.db, id));
  }

  importFile(format: ImportFormat, text: string): Promise<ImportResult> {
    return this.write(() => importFile(this.db, format, text));
  }

  /** @returns true when the built-in data was (re)written, false when this version was installed already. */
  installBuiltin(data: BuiltinData, onProgress?: FillProgress): Promise<boolean> {
    return this.write(() => installBuiltin(this.db, data, onProgress));
  }

  reinstallBuiltin(data: BuiltinData): Promise<{ entities: number; facts: number }> {
    return this.write(() => reinstallBuiltin(this.db, data));
  }

  /**
   * Any other write that may change entities (restore, delete all). The caches are dropped once it
   * is done, also when it failed: a transaction that was aborted half-way leaves nothing stale.
   */
  async write<T>(work: (db: AppDB) => Promise<T>): Promise<T> {
    try {
      return await work(this.db);
    } finally {
      this.index = undefined;
      this.spotting.entitiesChanged();
    }
  }
}
