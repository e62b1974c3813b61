/**
 * Highlights as files the reader takes elsewhere: Markdown (Obsidian-friendly), CSV (RFC 4180,
 * UTF-8) and W3C Web Annotation JSON-LD (web-annotation.ts). Output is deterministic: the same
 * highlights give the same bytes, so exports can be compared and round-tripped.
 */
import { toCsv } from '../csv';
import type { Highlight } from './model';

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
    items: items.sort((a, b) => a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
  }));
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Obsidian tags are one word: spaces become hyphens, characters it rejects go. */
const asTag = (t: string) => '#' + t.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
/** Markdown that the quote's own characters cannot break: line starts and HTML are escaped. */
const escapeMd = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

export function toMarkdown(highlights: readonly Highlight[], nameOf: NameOf, heading = 'Highlights'): string {
  const pages = byPage(highlights);
  const single = pages.length === 1;
  const lines: string[] = [];
  if (!single) lines.push(`# ${heading}`, '');
  for (const page of pages) {
    lines.push(`${single ? '#' : '##'} ${escapeMd(page.title)}`, '');
    lines.push(`- URL: <${page.url.replace(/>/g, '%3E')}>`);
    lines.push(`- Date: ${day(page.items[0]!.createdAt)}`, '');
    for (const h of page.items) {
      for (const line of h.selectors.quote.exact.trim().split(/\r?\n/)) lines.push(`> ${escapeMd(line.trim())}`);
      lines.push('');
      if (h.note.trim()) lines.push(...h.note.trim().split(/\r?\n/).map(escapeMd), '');
      const meta: string[] = [];
      if (h.tags.length) meta.push(`Tags: ${h.tags.map(asTag).join(' ')}`);
      if (h.entityIds.length) meta.push(`Entities: ${h.entityIds.map((id) => escapeMd(nameOf(id) ?? id)).join(', ')}`);
      if (meta.length) lines.push(...meta, '');
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

export const CSV_COLUMNS = ['id', 'url', 'title', 'created', 'modified', 'color', 'quote', 'prefix', 'suffix', 'note', 'tags', 'entity_ids', 'entities'] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, @, or - before a letter) gets a leading
 * apostrophe: quotes come from web pages, and a page must not put a formula into the reader's sheet.
 */
const defuse = (s: string) => (/^[=+@\t\r]|^-(?![\d\s])/.test(s) ? `'${s}` : s);

export function toHighlightsCsv(highlights: readonly Highlight[], nameOf: NameOf): string {
  const rows = byPage(highlights).flatMap((p) => p.items).map((h) => [
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
  ].map(defuse));
  // The byte order mark makes spreadsheet programs read UTF-8 (umlauts) correctly.
  return '\uFEFF' + toCsv([[...CSV_COLUMNS], ...rows]);
}
