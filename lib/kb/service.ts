/**
 * The knowledge-base service behind the message API: reads, search and the matcher dictionary.
 * It holds the search index and the dictionary in memory and drops them on every write.
 */
import { buildCard, type CardData } from './card';
import type { KbDB } from './db';
import { buildDictionary } from './dictionary';
import { SearchIndex } from './search';
import type { DictionaryEntry, Entity, FactView, SearchHit } from './types';

export class KbService {
  private index?: Promise<SearchIndex>;
  private dictionary?: Promise<DictionaryEntry[]>;

  constructor(private readonly db: KbDB) {}

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

  async card(id: string, pageEntityIds: string[]): Promise<CardData | undefined> {
    const entity = await this.entity(id);
    if (!entity) return undefined;
    return buildCard(entity, await this.facts(id), new Set(pageEntityIds));
  }

  async search(query: string, limit?: number): Promise<SearchHit[]> {
    this.index ??= this.db.entities.toArray().then((all) => new SearchIndex(all));
    return (await this.index).search(query, limit);
  }

  getDictionary(): Promise<DictionaryEntry[]> {
    this.dictionary ??= this.db.entities.toArray().then((all) => buildDictionary(all));
    return this.dictionary;
  }

  /** Call after any write to entities. */
  invalidate(): void {
    this.index = undefined;
    this.dictionary = undefined;
  }

}
