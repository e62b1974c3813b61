/**
 * The knowledge-base service behind the message API: reads, search and spotting, and the writes
 * that change what those read. It holds the search index and the reader's matcher in memory; every
 * write that can change entities goes through it, so it drops them itself.
 */
import type { AppDB } from '../db';
import { installBuiltin, reinstallBuiltin, type BuiltinData, type FillProgress } from './builtin';
import { buildCard, type CardData } from './card';
import { derivedRelations, DERIVING_PROPERTIES, rankRelations, viewFrom } from './relations';
import { addEntity, deleteEntity, importFile, type ImportFormat, type ImportResult, type NewEntity } from './editing';
import { SearchIndex } from './search';
import { allEntities, builtinSummaries, factsAbout, factsOfSubjects, getEntity, kbTables } from './store';
import { SpottingService } from './spotting';
import type { MentionFinder } from '../matcher/layered';
import type { SpotPartReply } from '../matcher/spot-session';
import type { SpotPart } from '../protocol';
import type { Entity, EntitySummary, Fact, FactView, SearchHit } from './types';

export class KbService {
  private readonly index = new CachedRead(async () => new SearchIndex(await allEntities(this.db)));
  private readonly builtinSummaries = new CachedRead(() => builtinSummaries(this.db));
  /** The reader's own entities are few, and a country's relations ask for thousands of ids: all in memory. */
  private readonly ownEntities = new CachedRead(async () => new Map((await this.db.entities.toArray()).map((e) => [e.id, e])));
  /** Counts the writes: a read that began before one does not fill the caches. */
  private generation = 0;
  private readonly summaryCache = new Map<string, EntitySummary | null>();
  private readonly subjectFactsCache = new Map<string, Fact[]>();
  private readonly spotting: SpottingService;

  /** @param loadMatcher the built-in matcher, read from the build's artefact at the first page. */
  constructor(
    private readonly db: AppDB,
    loadMatcher: () => Promise<MentionFinder>,
  ) {
    this.spotting = new SpottingService(db, loadMatcher);
  }

  entity(id: string): Promise<Entity | undefined> {
    return getEntity(this.db, id);
  }

  /**
   * Labels of entities, from a cache of those asked before: the popup, the map and the cards ask for
   * the same few labels again and again, and a country's relations name thousands of companies. The
   * built-in ones are read all at once (one row), the reader's own from their table.
   */
  async summaries(ids: readonly string[]): Promise<Array<EntitySummary | null>> {
    const found = await this.throughCache(this.summaryCache, ids, async (missing) => {
      const [own, builtin] = await Promise.all([this.ownEntities.get(), this.builtinSummaries.get()]);
      return new Map(
        missing.map((id) => {
          const e = own.get(id);
          return [id, e ? { id: e.id, type: e.type, label: e.label, ...(e.flag ? { flag: e.flag } : {}) } : (builtin.get(id) ?? null)];
        }),
      );
    });
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * The values of `ids` from `cache`, the missing ones read (`read` answers each). What a read that
   * began before a write found is right for this answer and stale for the next: it is not kept.
   */
  private async throughCache<V>(
    cache: Map<string, V>,
    ids: readonly string[],
    read: (missing: string[]) => Promise<Map<string, V>>,
  ): Promise<Map<string, V>> {
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      if (cache.has(id)) found.set(id, cache.get(id)!);
      else missing.push(id);
    }
    if (missing.length) {
      const generation = this.generation;
      for (const [id, value] of await read(missing)) {
        found.set(id, value);
        if (generation === this.generation) cache.set(id, value);
      }
    }
    return found;
  }

  /** Every fact about `id`: its own facts and relations, and relations that point to it. */
  async facts(id: string): Promise<FactView[]> {
    const { out, incoming } = await factsAbout(this.db, id);
    const others = await this.labels([...out.flatMap((f) => (f.object ? [f.object] : [])), ...incoming.map((f) => f.subject)]);
    return [
      ...out.map((f): FactView => ({ ...f, direction: 'out', otherLabel: f.object ? others.get(f.object) : undefined })),
      ...incoming.map((f): FactView => ({ ...f, direction: 'in', otherLabel: others.get(f.subject) })),
    ];
  }

  /**
   * The relations among a set of entities (those a page mentions together), each once, with both
   * ends' labels, the most telling first (relations.ts), and the ones derived from shared facts
   * (same index, same industry, same country) after the typed ones of their rank.
   */
  async connections(ids: readonly string[]): Promise<FactView[]> {
    const set = new Set(ids);
    const all = await this.subjectFacts([...set]);
    const typed = all.filter((f) => f.object !== undefined && set.has(f.object) && f.object !== f.subject);
    const facts = [...typed, ...derivedRelations([...set], all)];
    const labels = await this.labels([...set, ...countriesOf(facts)]);
    return rankRelations(facts).map((f): FactView => ({
      ...withCountryName(f, labels),
      direction: 'out',
      otherLabel: labels.get(f.object!),
    }));
  }

  /** The hover card: key facts, and this entity's relations to the page's other entities, typed and derived. */
  async card(id: string, pageEntityIds: string[]): Promise<CardData | undefined> {
    const entity = await this.entity(id);
    if (!entity) return undefined;
    const others = pageEntityIds.filter((p) => p !== id);
    const [facts, theirs] = await Promise.all([this.facts(id), this.derivingFacts(others)]);
    const derived = derivedRelations([id, ...others], [...facts.filter((f) => f.direction === 'out'), ...theirs], id);
    const hq = facts.find((f) => f.property === 'headquarteredIn' && f.direction === 'out')?.object;
    const [labels, [country]] = await Promise.all([this.labels([...others, ...countriesOf(derived)]), this.summaries(hq ? [hq] : [])]);
    const views = derived.map((f) => viewFrom(id, withCountryName(f, labels), labels.get(f.subject === id ? f.object! : f.subject)));
    const card = buildCard(entity, [...facts, ...views], new Set(pageEntityIds));
    const flag = entity.flag ?? country?.flag;
    return flag ? { ...card, flag } : card;
  }

  /** The facts whose subject is one of `ids`, in one transaction: one per query would cost a round trip each. */
  private async factsOfAll(ids: readonly string[]): Promise<Fact[]> {
    return this.db.transaction('r', kbTables(this.db), () => factsOfSubjects(this.db, ids));
  }

  /**
   * The facts whose subject is one of `ids`, kept from one request to the next until a write: every
   * card on a page asks for the same entities' index, industry and headquarters, and the popup and
   * the side panel for the relations among the same entities each time they open.
   */
  private async subjectFacts(ids: readonly string[]): Promise<Fact[]> {
    const found = await this.throughCache(this.subjectFactsCache, ids, async (missing) => {
      const bySubject = new Map(missing.map((id): [string, Fact[]] => [id, []]));
      for (const f of await this.factsOfAll(missing)) bySubject.get(f.subject)!.push(f);
      return bySubject;
    });
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** The facts derived relations come from (index, industry, headquarters) of a page's entities. */
  private async derivingFacts(ids: readonly string[]): Promise<Fact[]> {
    return (await this.subjectFacts(ids)).filter((f) => (DERIVING_PROPERTIES as readonly string[]).includes(f.property));
  }

  private async labels(ids: readonly string[]): Promise<Map<string, Entity['label']>> {
    return new Map((await this.summaries(ids)).flatMap((e) => (e ? [[e.id, e.label] as const] : [])));
  }

  async search(query: string, limit?: number): Promise<SearchHit[]> {
    return (await this.index.get()).search(query, limit);
  }

  /** Spots a part of a page's text blocks (see spotting.ts); mutes of its site apply. */
  spot(part: SpotPart): Promise<SpotPartReply> {
    const reply = this.spotting.spot(part);
    // A marked page asks for cards next: the built-in labels are read once its marks are answered.
    if (part.last) void reply.then(() => this.builtinSummaries.get()).catch(() => undefined);
    return reply;
  }

  /** Forgets a page's spotting session that ends without its last part. */
  cancelSpot(session: string): void {
    this.spotting.cancel(session);
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
      this.generation++;
      this.index.clear();
      this.builtinSummaries.clear();
      this.ownEntities.clear();
      this.summaryCache.clear();
      this.subjectFactsCache.clear();
      this.spotting.entitiesChanged();
    }
  }
}

/** A read kept until the next write; a failed one is tried again at the next request, not remembered. */
class CachedRead<T> {
  private value?: Promise<T>;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.value) {
      const load: Promise<T> = this.read().catch((e: unknown) => {
        if (this.value === load) this.value = undefined;
        throw e;
      });
      this.value = load;
    }
    return this.value;
  }

  clear(): void {
    this.value = undefined;
  }
}

/** The countries "same country" relations name in their value. */
function countriesOf(facts: readonly Fact[]): string[] {
  return facts.flatMap((f) => (f.property === 'sameCountry' ? [String(f.value)] : []));
}

/** A "same country" relation reads with the country's name, not its id. */
function withCountryName<T extends Fact>(f: T, labels: ReadonlyMap<string, Entity['label']>): T {
  const label = f.property === 'sameCountry' ? labels.get(String(f.value)) : undefined;
  return label ? { ...f, valueText: label } : f;
}
