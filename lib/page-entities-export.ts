/** The entities of the current page as a file: CSV (RFC 4180) or JSON, with names and Wikidata links. */
import { toCsv } from './csv';
import type { Entity, Lang } from './kb/types';
import type { PageEntity } from './protocol';

export interface PageEntityRow {
  id: string;
  type: string;
  name: string;
  mentions: number;
  wikidata?: string;
}

export function pageEntityRows(
  list: readonly PageEntity[],
  entities: Readonly<Record<string, Pick<Entity, 'label'>>>,
  lang: Lang,
): PageEntityRow[] {
  return [...list]
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: entities[e.id]?.label[lang] ?? e.id,
      mentions: e.count,
      ...(/^Q\d+$/.test(e.id) ? { wikidata: `https://www.wikidata.org/wiki/${e.id}` } : {}),
    }));
}

export function pageEntitiesFile(rows: readonly PageEntityRow[], format: 'csv' | 'json', page: { url: string; title: string }): string {
  if (format === 'json') return JSON.stringify({ url: page.url, title: page.title, entities: rows }, null, 2) + '\n';
  return (
    '\uFEFF' +
    toCsv([['id', 'type', 'name', 'mentions', 'wikidata'], ...rows.map((r) => [r.id, r.type, r.name, r.mentions, r.wikidata ?? ''])])
  );
}
