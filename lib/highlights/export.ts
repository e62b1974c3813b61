/**
 * Highlights as files the reader takes elsewhere: Markdown (Obsidian-friendly), CSV (RFC 4180,
 * UTF-8) and W3C Web Annotation JSON-LD (web-annotation.ts). Output is deterministic: the same
 * highlights give the same bytes, so exports can be compared and round-tripped.
 */
import { toCsv } from '../csv';
import type { OfferedFile } from '../download';
import type { AppDB } from '../db';
import { entityLabel } from '../kb/format';
import type { Lang } from '../kb/types';
import type { Highlight } from './model';
import { listHighlights, type HighlightScope } from './store';
import { getEntities } from '../kb/store';
import { toAnnotationCollection } from './web-annotation';

export const EXPORT_FORMATS = ['markdown', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export, ready to offer as a download. */
export type ExportedFile = OfferedFile;

/** Entity names for ids; an unknown id is written as the id. */
export type NameOf = (id: string) => string | undefined;

/** Pages in order of their first highlight, highlights in reading order within a page. */
export function byPage(highlights: readonly Highlight[]): { url: string; title: string; items: Highlight[] }[] {
  const pages = new Map<string, Highlight[]>();
  for (const h of [...highlights].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    const list = pages.get(h.url) ?? [];
    list.push(h);
    pages.set(h.url, list);
  }
  return [...pages].map(([url, items]) => ({
    url,
    title: items.find((h) => h.title)?.title ?? url,
    items: items.sort(
      (a, b) => a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
    ),
  }));
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Obsidian tags are one word: spaces become hyphens, characters it rejects go. */
const asTag = (t: string) => '#' + t.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
/**
 * One line of Markdown that its own characters cannot break: emphasis, code (` and ~ fences),
 * links, HTML, headings, tables, Obsidian's strikethrough (~~), math ($) and comments (%%) are
 * escaped, and so are the line starts that make a list, a heading underline or a thematic break.
 */
const escapeMd = (s: string) =>
  s
    .replace(/[\\`*_[\]<>#|~$%=]/g, (c) => `\\${c}`)
    .replace(/^([+-])|^(\d+)([.)])/, (_, sign, n, dot) => (sign ? `\\${sign}` : `${n}\\${dot}`));
/** Markdown's line ends: CRLF, LF and a lone CR (which ends a blockquote line as well). */
const lines = (s: string) => s.split(/\r\n|\r|\n/);
/** Text that must stay on one line (a heading, a list of names). */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** An address in <…>: nothing in it may close the brackets or end the line. */
const mdUrl = (url: string) => url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));

export function toMarkdown(highlights: readonly Highlight[], nameOf: NameOf, heading = 'Highlights'): string {
  const pages = byPage(highlights);
  const single = pages.length === 1;
  const out: string[] = [];
  if (!single) out.push(`# ${heading}`, '');
  for (const page of pages) {
    out.push(`${single ? '#' : '##'} ${escapeMd(oneLine(page.title))}`, '');
    out.push(`- URL: <${mdUrl(page.url)}>`);
    out.push(`- Date: ${day(page.items[0]!.createdAt)}`, '');
    for (const h of page.items) {
      for (const line of lines(h.selectors.quote.exact.trim())) out.push(`> ${escapeMd(line.trim())}`);
      out.push('');
      // Each line trimmed too: four leading spaces would make an indented code block.
      if (h.note.trim()) out.push(...lines(h.note.trim()).map((line) => escapeMd(line.trim())), '');
      const meta: string[] = [];
      if (h.tags.length) meta.push(`Tags: ${h.tags.map(asTag).join(' ')}`);
      if (h.entityIds.length) meta.push(`Entities: ${h.entityIds.map((id) => escapeMd(oneLine(nameOf(id) ?? id))).join(', ')}`);
      if (meta.length) out.push(...meta, '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

export const CSV_COLUMNS = [
  'id',
  'url',
  'title',
  'created',
  'modified',
  'color',
  'quote',
  'prefix',
  'suffix',
  'note',
  'tags',
  'entity_ids',
  'entities',
] as const;

export function toHighlightsCsv(highlights: readonly Highlight[], nameOf: NameOf): string {
  const rows = byPage(highlights)
    .flatMap((p) => p.items)
    .map((h) => [
      h.id,
      h.url,
      h.title,
      new Date(h.createdAt).toISOString(),
      new Date(h.updatedAt).toISOString(),
      h.color,
      h.selectors.quote.exact,
      h.selectors.quote.prefix ?? '',
      h.selectors.quote.suffix ?? '',
      h.note,
      h.tags.join('; '),
      h.entityIds.join('; '),
      h.entityIds.map((id) => nameOf(id) ?? id).join('; '),
    ]);
  // The byte order mark makes spreadsheet programs read UTF-8 (umlauts) correctly; toCsv makes
  // cells that start like a formula safe (quotes come from web pages).
  return '\uFEFF' + toCsv([[...CSV_COLUMNS], ...rows]);
}

const EXTENSIONS: Record<ExportFormat, [string, string]> = {
  markdown: ['md', 'text/markdown;charset=utf-8'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  json: ['jsonld', 'application/ld+json;charset=utf-8'],
};

function scopeName(scope: HighlightScope): string {
  if (scope.entityId) return `entity-${scope.entityId}`;
  if (scope.url) {
    try {
      const u = new URL(scope.url);
      return `page-${(u.hostname + u.pathname)
        .replace(/[^\w.-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80)}`;
    } catch {
      return 'page';
    }
  }
  return 'all';
}

/** The highlights in `scope` as one file, with the entities' names in `lang`. */
export async function exportHighlights(db: AppDB, format: ExportFormat, scope: HighlightScope, lang: Lang): Promise<ExportedFile> {
  const highlights = await listHighlights(db, scope);
  const ids = [...new Set(highlights.flatMap((h) => h.entityIds))];
  const entities = await getEntities(db, ids);
  const names = new Map(ids.map((id, i) => [id, entities[i] ? entityLabel(entities[i]!, lang) : undefined]));
  const nameOf = (id: string) => names.get(id);
  const name = scopeName(scope);
  const heading = lang === 'de' ? 'Markierungen' : 'Highlights';
  const text =
    format === 'markdown'
      ? toMarkdown(highlights, nameOf, heading)
      : format === 'csv'
        ? toHighlightsCsv(highlights, nameOf)
        : toAnnotationCollection(sortForJson(highlights), `Querverweis: ${heading}`, name);
  const [ext, mime] = EXTENSIONS[format];
  return { filename: `querverweis-highlights-${name}.${ext}`, mime, text };
}

/** A stable order: same highlights, same file. */
const sortForJson = (hs: Highlight[]) => [...hs].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
