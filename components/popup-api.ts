/**
 * What the popup and the side panel ask of the extension: implemented over messages in
 * entrypoints/popup/api.ts, by a fake in the component tests.
 */
import type { Sighting } from '../lib/db';
import type { Highlight } from '../lib/highlights/model';
import type { Entity, EntitySummary, FactView, SearchHit } from '../lib/kb/types';
import type { FillStatus, PageEntity } from '../lib/protocol';
import type { PageMapData } from '../lib/page-map/layout';
import type { HighlightApi } from './HighlightList';

export interface PopupApi extends HighlightApi {
  search(query: string): Promise<SearchHit[]>;
  /** The first fill of the built-in data, while it runs. */
  fillStatus(): Promise<FillStatus>;
  /** null when the extension does not run on the active tab. */
  pageEntities(): Promise<PageEntity[] | null>;
  entity(id: string): Promise<Entity | null>;
  /** Labels of several entities in one request, in the order asked (null for an unknown id). */
  summaries(ids: string[]): Promise<Array<EntitySummary | null>>;
  facts(id: string): Promise<FactView[]>;
  /** The active tab's site and whether it is marked; null where the extension does not run. */
  siteStatus(): Promise<{ host: string; enabled: boolean; url: string; title: string } | null>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  /** The reader's highlights that mention the entity, from every article. */
  notes(entityId: string): Promise<Highlight[]>;
  /** Pages where the reader met the entity, most recent first. */
  sightings(entityId: string): Promise<Sighting[]>;
  /** Scrolls the tab to the entity's first mention and flashes it. */
  reveal(entityId: string): Promise<unknown>;
  /** The relations among the page's entities and where the map draws each. */
  pageMap(entities: PageEntity[]): Promise<PageMapData>;
  putFact(fact: { id?: string; subject: string; property: string; value: string }): Promise<unknown>;
  deleteFact(id: string): Promise<unknown>;
  /** Entities most often named on the same pages, with labels. */
  coMentions(entityId: string): Promise<Array<{ id: string; pages: number; label?: Entity['label'] }>>;
}
